import { OffsetMap } from '../../core/offsets';

/** Code-point ranges of every non-overlapping occurrence of `needle` in `text`. */
export function findOccurrences(text: string, needle: string): Array<{ start: number; end: number }> {
  if (!needle) return [];
  const map = new OffsetMap(text);
  const out: Array<{ start: number; end: number }> = [];
  for (let u = text.indexOf(needle); u !== -1; u = text.indexOf(needle, u + needle.length)) {
    if (map.splitsPair(u)) continue;
    out.push({ start: map.toCodePoint(u), end: map.toCodePoint(u + needle.length) });
  }
  return out;
}

