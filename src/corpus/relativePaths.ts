import * as path from 'node:path';

/** Deepest folder holding every file: record paths are relative to it. */
export function commonRoot(files: readonly string[]): string {
  const dirs = files.map((f) => path.resolve(path.dirname(f)).split(path.sep));
  const first = dirs[0] ?? [];
  let n = first.length;
  for (const d of dirs) {
    let k = 0;
    while (k < n && k < d.length && d[k] === first[k]) k++;
    n = k;
  }
  return first.slice(0, n).join(path.sep) || path.sep;
}

/** `file` relative to `root` with '/' separators, as records and split hashes name it on every OS. */
export function relativePath(root: string, file: string): string {
  return path.relative(root, path.resolve(file)).split(path.sep).join('/');
}
