import { CharSet } from './charSet';

/**
 * A character trie over a fixed phrase list, for dictionary lookups in one pass over the text:
 * each lookup walks only as far as the phrases go, so a scan stays linear in the text length.
 * Nodes are numbers and all edges live in one open-addressing table of typed arrays: a trie
 * built for each article (the names it has found) is then a few small arrays, not a Map per
 * node, and a step is a multiply and a probe.
 */
class Edges {
  /** [from node, unit, to node] per slot; from = -1 marks a free slot. */
  private slots = new Int32Array(3 * 16).fill(-1);
  private used = 0;

  /** The node reached from `from` by `unit`, or -1. */
  get(from: number, unit: number): number {
    const slots = this.slots;
    const mask = slots.length / 3 - 1;
    for (let i = hash(from, unit) & mask; ; i = (i + 1) & mask) {
      const f = slots[3 * i]!;
      if (f === -1) return -1;
      if (f === from && slots[3 * i + 1] === unit) return slots[3 * i + 2]!;
    }
  }

  set(from: number, unit: number, to: number): void {
    if (2 * (this.used + 1) > this.slots.length / 3) this.grow();
    this.put(this.slots, from, unit, to);
    this.used++;
  }

  private put(slots: Int32Array, from: number, unit: number, to: number): void {
    const mask = slots.length / 3 - 1;
    let i = hash(from, unit) & mask;
    while (slots[3 * i] !== -1) i = (i + 1) & mask;
    slots[3 * i] = from;
    slots[3 * i + 1] = unit;
    slots[3 * i + 2] = to;
  }

  private grow(): void {
    const old = this.slots;
    this.slots = new Int32Array(old.length * 2).fill(-1);
    for (let i = 0; i < old.length; i += 3) if (old[i] !== -1) this.put(this.slots, old[i]!, old[i + 1]!, old[i + 2]!);
  }
}

const hash = (from: number, unit: number): number => Math.imul(from, 0x9e3779b1) ^ Math.imul(unit, 0x85ebca6b);

/** Full-width ASCII (ｃｅｏ, Ｈｕａｗｅｉ) matches its half-width form in every trie, and a bullet, a katakana dot or a dot operator the middle dot (德勤•关黄陈方). */
const narrow = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c === 0x2022 || c === 0x30fb || c === 0x2027 ? 0xb7 : c);
/** The characters `narrow` changes. */
const NARROWED = /[\uff01-\uff5e\u2022\u30fb\u2027]/g;
/** `text` as every trie reads it: ＴＣＬ as TCL, 德勤•关黄陈方 as 德勤·关黄陈方. */
export const narrowText = (text: string): string => (NARROWED_ANY.test(text) ? text.replace(NARROWED, (c) => String.fromCharCode(narrow(c.charCodeAt(0)))) : text);
/** Whether a text has one (a test before replace, which does more work even where nothing changes). */
const NARROWED_ANY = /[\uff01-\uff5e\u2022\u30fb\u2027]/;
/** ASCII upper case to lower case as well, for tries that ignore the case of Latin names (visa, VISA). */
const fold = (c: number): number => {
  const n = narrow(c);
  return n >= 65 && n <= 90 ? n + 32 : n;
};

export class PhraseTrie {
  private readonly edges = new Edges();
  /** 1 where a phrase ends at the node; node 0 is the root. */
  private terminal = new Uint8Array(16);
  private nodes = 1;
  /**
   * The units phrases begin with (end with, if reversed): most positions cannot start a match,
   * and this test is far cheaper than a first step from the root.
   */
  private readonly first = new CharSet();
  /**
   * A bit per hashed pair of a phrase's first two units (last two, if reversed): most walks that
   * pass `first` stop at the second unit, and this small table answers that without a probe of
   * `edges`, whose megabytes for a big dictionary miss the CPU caches (and push nodejieba's
   * dictionary out of them). False positives only walk on; it never refuses a phrase.
   */
  private readonly pairs: Uint32Array;
  /** A multiplicative hash keeps its high bits: 32 minus the table's bits. */
  private readonly pairShift: number;
  /** The phrases of one unit, if any, which a walk refused at its second unit still finds. */
  private single?: CharSet;
  private readonly reversed: boolean;
  private readonly key: (c: number) => number;

  /**
   * `reversed` builds the trie over reversed phrases, for matches that end at a position;
   * `foldCase` ignores the case of ASCII letters. Full-width ASCII always matches half-width.
   */
  constructor(phrases: Iterable<string>, options: { reversed?: boolean; foldCase?: boolean } = {}) {
    this.reversed = options.reversed ?? false;
    this.key = options.foldCase ? fold : narrow;
    const pairs = new Set<number>();
    for (const p of phrases) {
      const pair = this.add(p);
      if (pair >= 0) pairs.add(pair);
    }
    // About 16 bits per pair: one in twenty unknown pairs walks on.
    let bits = 1 << 10;
    while (bits < 16 * pairs.size) bits *= 2;
    this.pairs = new Uint32Array(bits >> 5);
    this.pairShift = 32 - Math.log2(bits);
    for (const pair of pairs) this.markPair(pair);
  }

  /** Adds a phrase; returns its first two keys as one number (see `pairs`), or -1 for a phrase of one unit. */
  private add(phrase: string): number {
    let n = 0;
    const len = phrase.length;
    if (len) this.markEvery(this.key(phrase.charCodeAt(this.reversed ? len - 1 : 0)));
    const unit = (i: number): number => this.key(phrase.charCodeAt(this.reversed ? len - 1 - i : i));
    if (len === 1) this.markEvery(unit(0), (this.single ??= new CharSet()));
    for (let i = 0; i < len; i++) {
      const c = unit(i);
      let m = this.edges.get(n, c);
      if (m < 0) this.edges.set(n, c, (m = this.newNode()));
      n = m;
    }
    this.terminal[n] = 1;
    return len > 1 ? unit(0) * 0x10000 + unit(1) : -1;
  }

  private markPair(pair: number): void {
    const h = this.pairHash(pair);
    this.pairs[h >>> 5]! |= 1 << (h & 31);
  }

  private pairHash(pair: number): number {
    return Math.imul(pair, 0x9e3779b1) >>> this.pairShift;
  }

  /** Whether some phrase may start with the keys of units `a` and `b`, in the order it is walked. */
  private mayPair(a: number, b: number): boolean {
    const h = this.pairHash(this.key(a) * 0x10000 + this.key(b));
    return ((this.pairs[h >>> 5]! >>> (h & 31)) & 1) === 1;
  }

  private newNode(): number {
    if (this.nodes === this.terminal.length) {
      const grown = new Uint8Array(this.nodes * 2);
      grown.set(this.terminal);
      this.terminal = grown;
    }
    return this.nodes++;
  }

  /** Marks every unit whose key is `k`: itself, its full-width form, and with foldCase its upper cases. */
  private markEvery(k: number, set: CharSet = this.first): void {
    for (const c of [k, k + 0xfee0, k - 32, k - 32 + 0xfee0]) if (c >= 0 && c < 0x10000 && this.key(c) === k) set.add(c);
  }

  /**
   * End of the longest phrase that starts at `start` and whose end `accept`s, or -1
   * (forward tries only).
   */
  longestFrom(text: string, start: number, accept?: (end: number) => boolean): number {
    if (!this.first.at(text, start)) return -1;
    if (start + 1 < text.length && !this.mayPair(text.charCodeAt(start), text.charCodeAt(start + 1))) return this.single?.at(text, start) === true && (!accept || accept(start + 1)) ? start + 1 : -1;
    let best = -1;
    for (let i = start, n = 0; i < text.length; i++) {
      n = this.edges.get(n, this.key(text.charCodeAt(i)));
      if (n < 0) break;
      if (this.terminal[n] === 1 && (!accept || accept(i + 1))) best = i + 1;
    }
    return best;
  }

  /** Whether some phrase starts (in a reversed trie: ends) with the character at `pos`: a bit test. */
  edgeAt(text: string, pos: number): boolean {
    return this.first.at(text, pos);
  }

  /** Start of the longest phrase that ends at `end`, or -1 (reversed tries only). */
  longestEndingAt(text: string, end: number): number {
    if (!this.first.at(text, end - 1)) return -1;
    if (end >= 2 && !this.mayPair(text.charCodeAt(end - 1), text.charCodeAt(end - 2))) return this.single?.at(text, end - 1) ? end - 1 : -1;
    let best = -1;
    for (let i = end - 1, n = 0; i >= 0; i--) {
      n = this.edges.get(n, this.key(text.charCodeAt(i)));
      if (n < 0) break;
      if (this.terminal[n] === 1) best = i;
    }
    return best;
  }
}
