import { CharSet } from './charSet';

/**
 * A character trie over a fixed phrase list, for dictionary lookups in one pass over the text:
 * each lookup walks only as far as the phrases go, so a scan stays linear in the text length.
 */
interface Node {
  next: Map<number, Node>;
  /** Set when a phrase ends here. */
  terminal: boolean;
}

const node = (): Node => ({ next: new Map(), terminal: false });

/** Full-width ASCII (ｃｅｏ, Ｈｕａｗｅｉ) matches its half-width form in every trie. */
const narrow = (c: number): number => (c >= 0xff01 && c <= 0xff5e ? c - 0xfee0 : c);
/** ASCII upper case to lower case as well, for tries that ignore the case of Latin names (visa, VISA). */
const fold = (c: number): number => {
  const n = narrow(c);
  return n >= 65 && n <= 90 ? n + 32 : n;
};

export class PhraseTrie {
  private readonly root = node();
  /**
   * The units phrases begin with (end with, if reversed): most positions cannot start a match,
   * and this test is far cheaper than a first step through the root's Map.
   */
  private readonly first = new CharSet();
  private readonly reversed: boolean;
  private readonly key: (c: number) => number;

  /**
   * `reversed` builds the trie over reversed phrases, for matches that end at a position;
   * `foldCase` ignores the case of ASCII letters. Full-width ASCII always matches half-width.
   */
  constructor(phrases: Iterable<string>, options: { reversed?: boolean; foldCase?: boolean } = {}) {
    this.reversed = options.reversed ?? false;
    this.key = options.foldCase ? fold : narrow;
    for (const p of phrases) this.add(p);
  }

  add(phrase: string): void {
    let n = this.root;
    const len = phrase.length;
    if (len) this.markFirst(this.key(phrase.charCodeAt(this.reversed ? len - 1 : 0)));
    for (let i = 0; i < len; i++) {
      const c = this.key(phrase.charCodeAt(this.reversed ? len - 1 - i : i));
      let m = n.next.get(c);
      if (!m) n.next.set(c, (m = node()));
      n = m;
    }
    n.terminal = true;
  }

  /** Marks every unit whose key is `k`: itself, its full-width form, and with foldCase its upper cases. */
  private markFirst(k: number): void {
    for (const c of [k, k + 0xfee0, k - 32, k - 32 + 0xfee0]) if (c >= 0 && c < 0x10000 && this.key(c) === k) this.first.add(c);
  }

  /**
   * End of the longest phrase that starts at `start` and whose end `accept`s, or -1
   * (forward tries only).
   */
  longestFrom(text: string, start: number, accept?: (end: number) => boolean): number {
    if (!this.first.at(text, start)) return -1;
    let best = -1;
    let n: Node | undefined = this.root;
    for (let i = start; i < text.length; i++) {
      n = n.next.get(this.key(text.charCodeAt(i)));
      if (!n) break;
      if (n.terminal && (!accept || accept(i + 1))) best = i + 1;
    }
    return best;
  }

  /** Whether some phrase starts with the character at `pos` (forward tries only). */
  startsAt(text: string, pos: number): boolean {
    return this.first.at(text, pos);
  }

  /** Start of the longest phrase that ends at `end`, or -1 (reversed tries only). */
  longestEndingAt(text: string, end: number): number {
    if (!this.first.at(text, end - 1)) return -1;
    let best = -1;
    let n: Node | undefined = this.root;
    for (let i = end - 1; i >= 0; i--) {
      n = n.next.get(this.key(text.charCodeAt(i)));
      if (!n) break;
      if (n.terminal) best = i;
    }
    return best;
  }
}
