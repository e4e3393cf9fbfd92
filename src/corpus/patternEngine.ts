import { PatternRunner, type PatternInput, type PatternRunnerOptions } from '../core/labelPatterns';
import { compareSpans, overlaps, type SpanDraft } from '../core/span';
import type { Engine } from '../engine/engine';

/**
 * The engine plus the user's label patterns (already filtered by activePatterns for trust). The
 * engine's suggestions win: a pattern match overlapping one of them, or an earlier match, is
 * dropped. A text whose patterns run out of time gets the engine's suggestions only, and a warning.
 */
export function withPatterns(engine: Engine, patterns: readonly PatternInput[], onWarning: (message: string) => void, options?: PatternRunnerOptions): Engine {
  if (!patterns.length) return engine;
  const runner = new PatternRunner(patterns, options);
  return {
    async annotate(text) {
      const [drafts, matches] = await Promise.all([engine.annotate(text), runner.match(text)]);
      if (matches.timedOut) onWarning('label patterns ran out of time on this text; their matches are left out');
      if (matches.skippedLines) onWarning(`label patterns skipped ${matches.skippedLines} overlong lines`);
      const kept: SpanDraft[] = [...drafts];
      for (const m of matches.drafts) if (!kept.some((d) => overlaps(d, m))) kept.push(m);
      return kept.sort(compareSpans);
    },
    async dispose() {
      await Promise.all([engine.dispose(), runner.dispose()]);
    },
  };
}
