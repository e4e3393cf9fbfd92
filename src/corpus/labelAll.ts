import { overlaps, type SpanDraft } from '../core/span';
import type { EntityIndex } from './entityIndex';

/**
 * Spans to add so that every occurrence of `text` in the corpus carries `label`, by article:
 * occurrences that a visible span already overlaps, or that the annotator rejected with this
 * label, are left alone. The caller applies them (accepted, since the annotator asked for them).
 */
export function planLabelAll(index: EntityIndex, text: string, label: string, source = 'label-all'): Map<string, SpanDraft[]> {
  const plan = new Map<string, SpanDraft[]>();
  for (const o of index.occurrences(text)) {
    const doc = index.document(o.path)!;
    const blocked = doc.spans.some((s) =>
      s.status === 'rejected' ? s.label === label && s.start === o.start && s.end === o.end : !s.stale && overlaps(s, o),
    );
    if (blocked) continue;
    let drafts = plan.get(o.path);
    if (!drafts) plan.set(o.path, (drafts = []));
    drafts.push({ start: o.start, end: o.end, label, source });
  }
  return plan;
}
