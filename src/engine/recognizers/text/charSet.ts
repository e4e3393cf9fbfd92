/**
 * A set of characters (UTF-16 units) looked up by position in a text: a bit test, where
 * `set.has(text[i])` would make a one-character string and hash it, in loops run at every token.
 */
export class CharSet {
  private readonly bits = new Uint32Array(0x10000 >> 5);

  constructor(chars = '') {
    for (const ch of chars) {
      if (ch.length !== 1) throw new Error(`CharSet holds UTF-16 units, not ${ch}`);
      this.add(ch.charCodeAt(0));
    }
  }

  add(unit: number): void {
    this.bits[unit >> 5]! |= 1 << (unit & 31);
  }

  addAll(other: CharSet): void {
    for (let i = 0; i < this.bits.length; i++) this.bits[i]! |= other.bits[i]!;
  }

  /** Whether the unit at `i` of `text` is in the set (false outside the text). */
  at(text: string, i: number): boolean {
    if (i < 0 || i >= text.length) return false;
    const c = text.charCodeAt(i);
    return ((this.bits[c >> 5]! >>> (c & 31)) & 1) === 1;
  }

  /** The units in the set, in order; at most `limit` of them (undefined if there are more). */
  units(limit = Infinity): number[] | undefined {
    const out: number[] = [];
    for (let w = 0; w < this.bits.length; w++) {
      for (let word = this.bits[w]!; word !== 0; word &= word - 1) {
        if (out.length === limit) return undefined;
        out.push((w << 5) | (31 - Math.clz32(word & -word)));
      }
    }
    return out;
  }
}
