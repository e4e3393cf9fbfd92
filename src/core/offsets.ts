// Spans are stored in Unicode code points (Python's str indexing); JavaScript strings and the
// editor count UTF-16 code units. The two differ only after characters outside the BMP, so a
// map records where those are and converts in O(log n).

/** Number of code points in `s`. */
export function codePointLength(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n--;
        i++;
      }
    }
  }
  return n;
}

export class OffsetMap {
  /** UTF-16 index of each astral (surrogate pair) character, ascending. */
  private readonly astral: number[] = [];
  readonly utf16Length: number;
  readonly length: number;

  constructor(readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
        const d = text.charCodeAt(i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) {
          this.astral.push(i);
          i++;
        }
      }
    }
    this.utf16Length = text.length;
    this.length = text.length - this.astral.length;
  }

  /** UTF-16 offset of code-point offset `cp` (0..length). */
  toUtf16(cp: number): number {
    if (!Number.isInteger(cp) || cp < 0 || cp > this.length) {
      throw new RangeError(`code-point offset ${cp} outside 0..${this.length}`);
    }
    // The k-th astral char sits at code point astral[k] - k; count those before cp.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /** Code-point offset of UTF-16 offset `u`; an offset inside a surrogate pair is an error. */
  toCodePoint(u: number): number {
    if (!Number.isInteger(u) || u < 0 || u > this.utf16Length) {
      throw new RangeError(`UTF-16 offset ${u} outside 0..${this.utf16Length}`);
    }
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral[mid] < u) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0 && this.astral[lo - 1] + 1 === u) {
      throw new RangeError(`UTF-16 offset ${u} splits a surrogate pair`);
    }
    return u - lo;
  }

  /** True when `u` falls between the two halves of a surrogate pair. */
  splitsPair(u: number): boolean {
    const c = this.text.charCodeAt(u - 1);
    const d = this.text.charCodeAt(u);
    return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff;
  }

  /** The text between two code-point offsets. */
  slice(start: number, end: number): string {
    return this.text.slice(this.toUtf16(start), this.toUtf16(end));
  }
}
