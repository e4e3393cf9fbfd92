/**
 * The matches of a global regex in `text`, from the regex object itself. String.matchAll clones
 * the regex on every call, and V8 runs each fresh clone in its slow regexp interpreter until it
 * warms up: on article-sized texts that made the scan several times slower.
 */
export function* scan(re: RegExp, text: string): Generator<RegExpExecArray> {
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    yield m;
    if (!m[0]) re.lastIndex++; // an empty match would otherwise repeat forever
  }
}
