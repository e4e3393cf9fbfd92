/**
 * A regex for scan(): `source`, tried only where the text has a character of `first`, a character
 * class that every match starts with. V8 tries a global regex at every position of the text; a
 * table lookup skips the positions that cannot start a match (most of a Chinese text) and a sticky
 * regex is tried at the others: the same matches in about half the time.
 */
export class ScanPattern {
  readonly re: RegExp;
  private readonly first = new Uint8Array(0x10000);

  constructor(first: string, source: string) {
    this.re = new RegExp(source, 'y');
    const starts = new RegExp(`^${first}$`);
    for (let c = 0; c < 0x10000; c++) if (starts.test(String.fromCharCode(c))) this.first[c] = 1;
  }

  /** Whether a match may start at `i`. */
  mayStartAt(text: string, i: number): boolean {
    return this.first[text.charCodeAt(i)] === 1;
  }
}

/**
 * The matches of `pattern` in `text`, left to right, each search starting where the last match
 * ended, as a global regex's. The pattern's regex object is reused: String.matchAll clones a
 * regex on every call, and V8 runs each fresh clone in its slow regexp interpreter until it warms up.
 */
export function* scan(pattern: ScanPattern, text: string): Generator<RegExpExecArray> {
  const re = pattern.re;
  for (let i = 0; i < text.length; i++) {
    if (!pattern.mayStartAt(text, i)) continue;
    re.lastIndex = i;
    const m = re.exec(text);
    if (!m) continue;
    yield m;
    if (m[0]) i += m[0].length - 1; // an empty match moves on by one, as a global regex does
  }
}
