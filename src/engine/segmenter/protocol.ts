// Messages between the main thread and a segmenter worker (structured-cloned).
import type { SpanDraft } from '../../core/span';
import type { Lexicon } from '../lexicon/lexicon';

export interface WordEntry {
  word: string;
  tag: string;
}

/** What a worker starts with: everything sent to the pool before it was started. */
export interface WorkerInit {
  words: WordEntry[];
  lexicon?: Lexicon;
  /** Shared flag set when the pool is disposed: running jobs stop at their next chunk. */
  stop: Int32Array;
}

export type Request =
  | { id: number; op: 'cut' | 'tag' | 'annotate'; text: string }
  | { id: number; op: 'load' | 'stats' | 'close' }
  | { id: number; op: 'words'; words: WordEntry[] }
  | { id: number; op: 'lexicon'; lexicon: Lexicon };

/** Tokens as their lengths (they cover the text in order) and tags: cheaper to clone than objects. */
export interface EncodedTokens {
  lengths: Uint32Array;
  tags?: string[];
}

export interface WorkerStats {
  /** How long nodejieba's load took in the worker, once it has loaded. */
  loadMs?: number;
  /** This worker's V8 heap. */
  heapUsed: number;
}

export interface Results {
  cut: EncodedTokens;
  tag: EncodedTokens;
  annotate: SpanDraft[];
  load: WorkerStats;
  stats: WorkerStats;
  words: null;
  lexicon: null;
  close: null;
}

export type Reply = { id: number; ok: true; result: Results[keyof Results] } | { id: number; ok: false; error: string };
