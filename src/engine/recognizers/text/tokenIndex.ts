import type { Token } from '../../segmenter/segmenter';

const built = new WeakMap<readonly Token[], TokenIndex>();

/** Constant-time questions about the segmenter's tokens by UTF-16 position. */
export class TokenIndex {
  /** The index of `tokens`, built once however many recognizers ask for it. */
  static of(tokens: readonly Token[], length: number): TokenIndex {
    let idx = built.get(tokens);
    if (!idx) built.set(tokens, (idx = new TokenIndex(tokens, length)));
    return idx;
  }

  /** 1 where a token starts, and at the end of the text. */
  private readonly boundary: Uint8Array;
  /** Index of the token covering each UTF-16 unit. */
  private readonly covering: Int32Array;

  private constructor(
    readonly tokens: readonly Token[],
    length: number,
  ) {
    this.boundary = new Uint8Array(length + 1);
    this.covering = new Int32Array(length);
    this.boundary[length] = 1;
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      this.boundary[t.start] = 1;
      for (let k = t.start; k < t.end; k++) this.covering[k] = i;
    }
  }

  /** A bound function, passed as it is where a position must be accepted (no closure per call). */
  readonly isBoundary = (pos: number): boolean => this.boundary[pos] === 1;

  /** The token covering position `pos` (undefined outside the text). */
  at(pos: number): Token | undefined {
    return pos >= 0 && pos < this.covering.length ? this.tokens[this.covering[pos]!] : undefined;
  }

  /** Index of the token covering position `pos`, or -1. */
  indexAt(pos: number): number {
    return pos >= 0 && pos < this.covering.length ? this.covering[pos]! : -1;
  }
}
