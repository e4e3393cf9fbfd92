import type { Span } from '../../core/span';

/** A fix the editor can offer; the provider turns each into a titled code action and command. */
export type PlannedAction =
  | { kind: 'accept' | 'reject' | 'remove'; span: Span; preferred?: boolean }
  | { kind: 'changeLabel'; span: Span; label: string }
  | { kind: 'labelSelection'; label: string; preferred?: boolean }
  | { kind: 'labelAll'; scope: 'article' | 'workspace'; text: string; label: string }
  | { kind: 'acceptAll'; count: number }
  | { kind: 'snap'; span: Span; start: number; end: number };

export interface ActionContext {
  /** Live spans under the cursor or meeting the selection (rejected included). */
  spans: readonly Span[];
  /** The selection in code points; empty when it is a cursor. */
  selection: { start: number; end: number };
  labels: readonly string[];
  /** Suggestions left in the article. */
  suggestions: number;
  /** Where a span would snap to on word boundaries, when that differs from where it is. */
  snap?: (span: Span) => { start: number; end: number } | undefined;
}

/**
 * Which fixes apply, most likely first. Accepting a suggestion is the preferred fix under a
 * cursor; over a selection that does not match a span, labelling it with the label of the span
 * it cuts across (fixing a boundary) is.
 */
export function planActions(ctx: ActionContext): PlannedAction[] {
  const { spans, selection, labels } = ctx;
  const out: PlannedAction[] = [];
  const hasSelection = selection.end > selection.start;
  const exact = spans.find((s) => s.start === selection.start && s.end === selection.end);
  const targets = hasSelection ? (exact ? [exact] : []) : spans;

  if (hasSelection && !exact) {
    const guess = spans.find((s) => s.status !== 'rejected')?.label;
    for (const label of labels) out.push({ kind: 'labelSelection', label, preferred: label === guess || undefined });
  }
  targets.forEach((span, i) => {
    const first = i === 0;
    if (span.status !== 'accepted') out.push({ kind: 'accept', span, preferred: (first && span.status === 'suggested') || undefined });
    if (span.status !== 'rejected') out.push({ kind: 'reject', span });
    for (const label of labels) if (label !== span.label) out.push({ kind: 'changeLabel', span, label });
    const snapped = span.status !== 'rejected' ? ctx.snap?.(span) : undefined;
    if (snapped) out.push({ kind: 'snap', span, ...snapped });
    if (span.status !== 'rejected') {
      out.push({ kind: 'labelAll', scope: 'article', text: span.text, label: span.label });
      out.push({ kind: 'labelAll', scope: 'workspace', text: span.text, label: span.label });
    }
    out.push({ kind: 'remove', span });
  });
  if (ctx.suggestions > 0) out.push({ kind: 'acceptAll', count: ctx.suggestions });
  return out;
}
