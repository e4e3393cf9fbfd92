import type { Span } from '../core/span';
import type { ArticleState } from './documentState';
import type { EngineHost } from './engineHost';
import { snapToTokens } from './model/snap';

/** Where `span` lands on the segmenter's word boundaries (code points), if elsewhere than now. */
export async function snapSpan(state: ArticleState, span: Span, engine: EngineHost): Promise<{ start: number; end: number } | undefined> {
  const doc = state.document;
  const range = state.range(span);
  if (range.start.line !== range.end.line) return undefined;
  const line = doc.lineAt(range.start.line);
  const words = await engine.words(line.text);
  if (!words) return undefined;
  const snapped = snapToTokens(words, range.start.character, range.end.character);
  if (!snapped) return undefined;
  const base = doc.offsetAt(line.range.start);
  return { start: state.store.offsets.toCodePoint(base + snapped.start), end: state.store.offsets.toCodePoint(base + snapped.end) };
}
