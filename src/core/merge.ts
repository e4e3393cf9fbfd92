import { OffsetMap } from './offsets';
import { makeSpan, overlaps, sortSpans, type Span, type SpanDraft } from './span';

/**
 * Combines the annotator's work with fresh suggestions. Accepted, rejected and stale spans are
 * the annotator's and are kept byte for byte; earlier suggestions are the engine's and are
 * replaced by the new ones. A suggestion is dropped where it overlaps an accepted span or
 * repeats a span the annotator rejected.
 */
export function mergeSuggestions(existing: readonly Span[], drafts: readonly SpanDraft[], text: string): Span[] {
  const kept = existing.filter((s) => s.status !== 'suggested' || s.stale);
  const accepted = kept.filter((s) => s.status === 'accepted' && !s.stale);
  const rejected = new Set(kept.filter((s) => s.status === 'rejected').map((s) => `${s.label}:${s.start}:${s.end}`));
  const map = new OffsetMap(text);
  const fresh = drafts
    .filter((d) => !rejected.has(`${d.label}:${d.start}:${d.end}`))
    .filter((d) => !accepted.some((a) => overlaps(a, d)))
    .map((d) => makeSpan(d, map));
  const ids = new Set(kept.map((s) => s.id));
  return sortSpans([...kept, ...fresh.filter((s) => !ids.has(s.id))]);
}
