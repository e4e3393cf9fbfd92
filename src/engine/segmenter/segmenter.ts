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

type Jieba = { cut(s: string, hmm: boolean): string[]; tag(s: string): Array<{ word: string; tag: string }>; insertWord(w: string, t: string): boolean };

/** Offsets from a running sum of token lengths. */
export function withOffsets(words: ReadonlyArray<{ word: string; tag?: string }>): Token[] {
  let pos = 0;
  return words.map(({ word, tag }) => {
    const token: Token = { word, start: pos, end: (pos += word.length) };
    if (tag !== undefined) token.tag = tag;
    return token;
  });
}

// First cut, in-process; the recognition issue moves nodejieba into worker threads.
export function createSegmenter(): Segmenter {
  let jieba: Jieba | undefined;
  const load = (): Jieba => (jieba ??= require('nodejieba') as Jieba);
  return {
    async cut(text) {
      return withOffsets(load().cut(text, true).map((word) => ({ word })));
    },
    async tag(text) {
      return withOffsets(load().tag(text));
    },
    async insertWords(words) {
      for (const { word, tag } of words) load().insertWord(word, tag);
    },
    async dispose() {},
  };
}
