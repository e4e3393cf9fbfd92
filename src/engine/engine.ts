import type { SpanDraft } from '../core/span';
import { lexiconWords, type Lexicon } from './lexicon/lexicon';
import { LexiconMatcher } from './lexicon/matcher';
import { recognize } from './pipeline';
import { SegmenterPool } from './segmenter/pool';
import type { WorkerStats } from './segmenter/protocol';
import type { Segmenter } from './segmenter/segmenter';

/** The pre-annotation engine as the CLI and the editor see it: text in, suggestions out. */
export interface Engine {
  /** Suggested spans over `text`, offsets in code points, sorted, never overlapping. */
  annotate(text: string): Promise<SpanDraft[]>;
  dispose(): Promise<void>;
}

/** The engine createEngine builds: it also learns from the project lexicon. */
export interface ProjectEngine extends Engine {
  /** Suggest the lexicon's entries, skip its rejections, and add its names to the segmenter. */
  setLexicon(lexicon: Lexicon): Promise<void>;
  /** Loads the segmenter now (in its workers) so the first annotate does not wait for it. */
  warm(): Promise<void>;
  /** Load time and heap of each running worker (empty with a caller's own segmenter). */
  stats(): Promise<WorkerStats[]>;
}

export interface EngineOptions {
  /** Segmenter workers (default 1). */
  workers?: number;
  lexicon?: Lexicon;
}

/**
 * With the default segmenter pool the whole pipeline (segmentation, recognizers, lexicon,
 * overlap resolution) runs inside a worker: the calling thread only posts text and receives
 * spans, and throughput grows with workers. Given another Segmenter, the pipeline runs here on
 * its tokens.
 */
export function createEngine(arg: EngineOptions | Segmenter = {}): ProjectEngine {
  if (!('tag' in arg)) {
    const { workers, lexicon } = arg;
    arg = new SegmenterPool({ size: workers, lexicon, words: lexicon && lexiconWords(lexicon) });
  }
  const segmenter = arg;
  if (segmenter instanceof SegmenterPool) {
    return {
      annotate: (text) => segmenter.recognize(text),
      async setLexicon(lexicon) {
        // (setWords first: workers it replaces start with this lexicon.)
        await Promise.all([segmenter.setWords(lexiconWords(lexicon)), segmenter.setLexicon(lexicon)]);
      },
      warm: async () => void (await segmenter.warm()),
      stats: () => segmenter.stats(),
      dispose: () => segmenter.dispose(),
    };
  }
  let matcher: LexiconMatcher | undefined;
  return {
    annotate: async (text) => recognize(text, await segmenter.tag(text), matcher),
    async setLexicon(lexicon) {
      await segmenter.insertWords(lexiconWords(lexicon));
      matcher = new LexiconMatcher(lexicon);
    },
    warm: async () => void (await segmenter.tag('')),
    stats: async () => [],
    dispose: () => segmenter.dispose(),
  };
}
