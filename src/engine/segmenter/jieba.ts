// nodejieba inside the current thread. Only segmenter workers import this module: load() is
// synchronous (about 1.4 s) and must never run on a thread that serves a user.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { isTaggedPlace } from '../dict/places';
import { toSimplified } from '../dict/traditional';
import { halfWidth } from '../recognizers/text/halfWidth';
import type { Token } from './segmenter';

export interface Jieba {
  load(options: { idfDict: string; stopWordDict: string }): void;
  cut(s: string, hmm: boolean): string[];
  tag(s: string): Array<{ word: string; tag: string }>;
  insertWord(word: string, tag: string): boolean;
}

/**
 * The folder with our tiny keyword dictionaries (see media/jieba/README.md), found upward
 * from this file so it works from the dist bundle and from the file-by-file build in out/.
 */
function tinyDictDir(): string {
  for (let dir = __dirname; ; dir = path.dirname(dir)) {
    const candidate = path.join(dir, 'media', 'jieba');
    if (fs.existsSync(path.join(candidate, 'idf.utf8'))) return candidate;
    if (path.dirname(dir) === dir) throw new Error(`media/jieba/idf.utf8 not found above ${__dirname}`);
  }
}

export interface TaggedWords {
  words: string[];
  tags: string[];
}

/** Words whose tags are remembered before the memo starts over (about 15 MB at most). */
const TAG_MEMO_LIMIT = 200_000;

/**
 * nodejieba with tagging made about twice as fast. jieba's tag(s) is cut(s, true) followed by a
 * dictionary lookup of each word's tag, which depends on the word alone, but it returns one JS
 * object per token, and building those costs as much as the cut. So: cut, and take each word's
 * tag from a memo filled by tagging that word alone, exact whenever jieba keeps the word whole.
 * When it does not (rare), the piece is tagged the slow way.
 */
export class JiebaTagger {
  private readonly memo = new Map<string, string>();
  /** Tags of inserted words (they outlive the memo). */
  private readonly inserted = new Map<string, string>();

  constructor(readonly jieba: Jieba) {}

  /**
   * Keeps `word` whole from now on, tagged `tag`. A word the dictionary already keeps whole only
   * takes the tag: inserting it again would reset its weight to the dictionary's median (cppjieba's
   * InsertUserWord), and a common word then loses to its neighbours. Once 中兴 was accepted,
   * 再看中兴 came out as 看中/兴, and neither the lexicon nor the dictionary found 中兴 there.
   */
  insertWord(word: string, tag: string): void {
    if (this.jieba.cut(word, false).length !== 1) this.jieba.insertWord(word, tag);
    this.inserted.set(word, tag);
    this.memo.delete(word);
  }

  cut(piece: string): string[] {
    return this.jieba.cut(piece, true);
  }

  /** The words of `piece` and their tags, side by side: no object per word. */
  tag(piece: string): TaggedWords {
    const words = this.jieba.cut(piece, true);
    const tags = new Array<string>(words.length);
    for (let i = 0; i < words.length; i++) {
      const tag = this.memo.get(words[i]) ?? this.learn(words[i]);
      if (tag === undefined) return this.slowTag(piece);
      tags[i] = tag;
    }
    return { words, tags };
  }

  private learn(word: string): string | undefined {
    const alone = this.jieba.tag(word);
    if (alone.length !== 1 || alone[0].word !== word) return undefined;
    return this.remember(word, alone[0].tag);
  }

  private slowTag(piece: string): TaggedWords {
    const tokens = this.jieba.tag(piece);
    return { words: tokens.map((t) => t.word), tags: tokens.map((t) => this.remember(t.word, t.tag)) };
  }

  /** Remembers the tag of `word`, a city's or a zone's corrected to ns (dict/places.ts), and returns it. */
  private remember(word: string, tag: string): string {
    const corrected = this.inserted.get(word) ?? (isTaggedPlace(word) ? 'ns' : tag);
    if (this.memo.size >= TAG_MEMO_LIMIT) this.memo.clear();
    this.memo.set(word, corrected);
    return corrected;
  }
}

/** Loads nodejieba with the keyword extractor's dictionaries swapped for tiny ones. */
export function loadJieba(): { jieba: Jieba; loadMs: number } {
  const started = performance.now();
  const dir = tinyDictDir();
  const options = { idfDict: path.join(dir, 'idf.utf8'), stopWordDict: path.join(dir, 'stop_words.utf8') };
  // A missing dictionary aborts the whole process inside nodejieba: check before it looks.
  for (const file of Object.values(options)) {
    if (!fs.existsSync(file)) throw new Error(`nodejieba dictionary missing: ${file}`);
  }
  const jieba = require('nodejieba') as Jieba;
  jieba.load(options);
  return { jieba, loadMs: performance.now() - started };
}

/** Chunks of at least this many UTF-16 units are cut at the next line break or sentence end. */
const CHUNK = 4096;
/** Characters jieba always splits at (cppjieba's separators): cutting after one changes no token. */
const SEPARATOR = /[\n。 \t]/g;

/**
 * [start, end) pieces of `text`, each ending just after a separator (or at the end). Segmenting
 * the pieces gives the tokens of the whole text, no single call holds a huge string, and a
 * disposed pool can stop a long job between pieces. Text with no separator for 4 chunk
 * lengths is cut there anyway (outside a surrogate pair).
 */
export function chunkBounds(text: string, size = CHUNK): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let start = 0;
  while (text.length - start > size) {
    SEPARATOR.lastIndex = start + size;
    const sep = SEPARATOR.exec(text);
    let end = sep && sep.index < start + 4 * size ? sep.index + 1 : start + 4 * size;
    if (end >= text.length) break;
    if (/[\udc00-\udfff]/.test(text[end])) end++;
    out.push([start, end]);
    start = end;
  }
  if (start < text.length) out.push([start, text.length]);
  return out;
}

/** Token objects a pool keeps for reuse: about 7 MB; an article with more tokens gets fresh ones past these. */
const POOL_LIMIT = 1 << 17;

/**
 * Token objects reused from one segment() call to the next. A megabyte of news is about 600,000
 * tokens: allocated afresh for each article, they stream through V8's young generation, which
 * evicts nodejieba's dictionary from the CPU caches, and the next cut() runs slower (npm run
 * bench: the engine about 10% faster with a pool). The tokens of a call are valid until the next
 * call with the same pool: a worker's requests, handled one at a time, are done with them by then.
 */
export class TokenPool {
  private readonly tokens: Token[] = [];

  /** Token number `i` of the current call, with these fields. */
  take(i: number, word: string, start: number, end: number, tag: string | undefined): Token {
    if (i >= POOL_LIMIT) return { word, start, end, tag };
    const t = this.tokens[i];
    if (!t) return (this.tokens[i] = { word, start, end, tag });
    t.word = word;
    t.start = start;
    t.end = end;
    t.tag = tag;
    return t;
  }
}

/**
 * Tokens of `text` with exact UTF-16 offsets: jieba's words concatenate back to its input, so a
 * running sum of their lengths gives the offsets. Full-width characters, and traditional ones in
 * an article written in traditional script, are mapped for jieba only; each token's word is the
 * original text. The token objects are `pool`'s (see TokenPool).
 */
export function segment(jieba: JiebaTagger, pool: TokenPool, text: string, tagged: boolean, stopped: () => boolean = () => false): Token[] {
  const mapped = halfWidth(toSimplified(text));
  // Without full-width characters (most texts) jieba's words are the text's own: no copies.
  const unmapped = mapped === text;
  const chunks = chunkBounds(mapped);
  const parts: Array<{ words: string[]; tags?: string[] }> = [];
  let count = 0;
  for (const [start, end] of chunks) {
    if (stopped()) throw new Error('disposed during the call');
    const piece = mapped.slice(start, end);
    const part = tagged ? jieba.tag(piece) : { words: jieba.cut(piece) };
    parts.push(part);
    count += part.words.length;
  }
  // Made at its final size: a growing array leaves its earlier copies behind (see TokenPool).
  const tokens = new Array<Token>(count);
  let n = 0;
  let pos = 0;
  for (let c = 0; c < parts.length; c++) {
    const { words, tags } = parts[c]!;
    for (let i = 0; i < words.length; i++, n++) {
      const from = pos;
      pos += words[i]!.length;
      const word = unmapped ? words[i]! : text.slice(from, pos);
      tokens[n] = pool.take(n, word, from, pos, tags?.[i]);
    }
    const [start, end] = chunks[c]!;
    if (pos !== end) throw new Error(`nodejieba returned tokens that do not add up to its input (at ${start}-${end})`);
  }
  return tokens;
}
