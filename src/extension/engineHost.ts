import type { PatternInput } from '../core/labelPatterns';
import { withPatterns } from '../corpus/patternEngine';
import { createEngine, type Engine, type ProjectEngine } from '../engine/engine';
import type { Lexicon } from '../engine/lexicon/lexicon';
import { createSegmenter, type Segmenter, type Token } from '../engine/segmenter/segmenter';

/**
 * The engine, created on first use only, so that activation stays cheap. nodejieba loads and
 * the whole pipeline runs in a worker thread (segmenter/pool.ts): nothing here blocks.
 */
export class EngineHost {
  private engine: ProjectEngine | undefined;
  private segmenter: Segmenter | undefined;
  private warm = false;
  /** The engine plus the user's label patterns (worker, time-bounded), when there are any. */
  private patterned: Engine | undefined;

  private get(): { engine: ProjectEngine; segmenter: Segmenter } {
    if (!this.engine || !this.segmenter) {
      this.segmenter = createSegmenter();
      this.engine = createEngine(this.segmenter);
    }
    return { engine: this.engine, segmenter: this.segmenter };
  }

  get isWarm(): boolean {
    return this.warm;
  }

  /** Label patterns to suggest with from now on (already filtered for Workspace Trust). */
  setPatterns(patterns: readonly PatternInput[], onWarning: (message: string) => void): void {
    void this.patterned?.dispose();
    this.patterned = undefined;
    if (!patterns.length) return;
    // The wrapper's dispose ends its pattern worker only; the engine itself stays.
    const engine: Engine = { annotate: (text) => this.get().engine.annotate(text), dispose: async () => {} };
    this.patterned = withPatterns(engine, patterns, onWarning);
  }

  async annotate(text: string) {
    const drafts = await (this.patterned ?? this.get().engine).annotate(text);
    this.warm = true;
    return drafts;
  }

  /** The corpus lexicon to suggest from (and not to suggest against) from now on. */
  setLexicon(lexicon: Lexicon): Promise<void> {
    return this.get().engine.setLexicon(lexicon);
  }

  /** Word tokens (UTF-16 offsets), or undefined while the segmenter has not loaded yet. */
  async words(text: string): Promise<Token[] | undefined> {
    return this.warm ? this.get().segmenter.cut(text) : undefined;
  }

  async dispose(): Promise<void> {
    await Promise.all([this.patterned?.dispose(), this.engine?.dispose()]);
  }
}
