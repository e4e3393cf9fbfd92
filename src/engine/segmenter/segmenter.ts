import { SegmenterPool, type PoolOptions } from './pool';

/** A segmenter token; offsets are UTF-16 (tokens concatenate back to the input exactly). */
export interface Token {
  word: string;
  start: number;
  end: number;
  /** Part-of-speech tag, when tagged. */
  tag?: string;
}

export interface Segmenter {
  cut(text: string): Promise<Token[]>;
  tag(text: string): Promise<Token[]>;
  /** Adds words to the dictionary (e.g. what the annotator accepted). */
  insertWords(words: ReadonlyArray<{ word: string; tag: string }>): Promise<void>;
  dispose(): Promise<void>;
}

/** Offsets from a running sum of token lengths. */
export function withOffsets(words: ReadonlyArray<{ word: string; tag?: string }>): Token[] {
  let pos = 0;
  return words.map(({ word, tag }) => {
    const token: Token = { word, start: pos, end: (pos += word.length) };
    if (tag !== undefined) token.tag = tag;
    return token;
  });
}

/**
 * The segmenter service: nodejieba in worker threads (pool.ts), loaded on first use. `size` is
 * the pool size: 1 for the extension host, up to the cores for the CLI on a large corpus.
 */
export function createSegmenter(options: PoolOptions = {}): SegmenterPool {
  return new SegmenterPool(options);
}
