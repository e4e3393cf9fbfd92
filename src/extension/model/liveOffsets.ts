import { LazyShiftList } from './lazyShiftList';

/**
 * OffsetMap for a document that is being edited: the UTF-16 positions of its astral characters
 * (the only place where UTF-16 and code-point offsets differ), kept up to date edit by edit
 * instead of rescanning a 1 MB text on every keystroke.
 */
export class LiveOffsets {
  private readonly astral = new LazyShiftList<{ u: number }>(
    (a) => a.u,
    (a, d) => {
      a.u += d;
    },
  );

  constructor(text: string) {
    this.astral.reset(astralPositions(text, 0));
  }

  /** Code-point offset of UTF-16 offset `u` (a position inside a pair counts as its start). */
  toCodePoint(u: number): number {
    return u - this.astral.lowerBound(u);
  }

  /** UTF-16 offset of code-point offset `cp`. */
  toUtf16(cp: number): number {
    // The k-th astral char sits at code point u_k - k; count those before cp.
    let lo = 0;
    let hi = this.astral.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.astral.position(mid) - mid < cp) lo = mid + 1;
      else hi = mid;
    }
    return cp + lo;
  }

  /**
   * Applies one edit given in UTF-16 (as VS Code reports it): `length` units at `offset` were
   * replaced by `inserted`. Call before looking at offsets after the edit.
   */
  applyEdit(offset: number, length: number, inserted: string): void {
    const first = this.astral.lowerBound(offset);
    const last = this.astral.lowerBound(offset + length);
    const added = astralPositions(inserted, offset);
    this.astral.splice(first, last, added);
    this.astral.shiftFrom(first + added.length, inserted.length - length);
  }
}

function astralPositions(text: string, base: number): Array<{ u: number }> {
  const out: Array<{ u: number }> = [];
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push({ u: base + i });
        i++;
      }
    }
  }
  return out;
}
