// Plain-text tables for benchmark output (exported so other benches, e.g. editor latency, print alike).

export type Cell = string | number;

/** Display width: CJK and full-width characters take two columns in a terminal. */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{20000}-\u{3fffd}]/u.test(ch) ? 2 : 1;
  return w;
}

/** Formats a number with thousands separators and at most `digits` decimals. */
export function num(n: number, digits = 0): string {
  return n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

/** A table with a header rule; numbers (and numeric-looking strings) align right, text left. */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly Cell[]>): string {
  const text = rows.map((r) => r.map(String));
  const widths = headers.map((h, i) => Math.max(width(h), ...text.map((r) => width(r[i] ?? ''))));
  const right = headers.map((_, i) => rows.every((r) => typeof r[i] === 'number' || /^[\d.,%x× -]+$/.test(String(r[i] ?? ''))) && rows.length > 0);
  const pad = (s: string, i: number) => {
    const fill = ' '.repeat(widths[i] - width(s));
    return right[i] ? fill + s : s + fill;
  };
  const line = (cells: readonly string[]) => cells.map(pad).join('  ').trimEnd();
  return [line(headers), widths.map((w) => '-'.repeat(w)).join('  '), ...text.map(line)].join('\n');
}
