import type { Span, SpanStatus } from '../core/span';

export type LabelCounts = Map<string, Record<SpanStatus | 'stale', number>>;

/** Spans counted by label and status (stale spans counted apart), labels in first-seen order of `labels`. */
export function countSpans(spans: Iterable<Span>, labels: readonly string[] = []): LabelCounts {
  const counts: LabelCounts = new Map(labels.map((l) => [l, { suggested: 0, accepted: 0, rejected: 0, stale: 0 }]));
  for (const s of spans) {
    let row = counts.get(s.label);
    if (!row) counts.set(s.label, (row = { suggested: 0, accepted: 0, rejected: 0, stale: 0 }));
    row[s.stale ? 'stale' : s.status]++;
  }
  return counts;
}

/** A fixed-width table of the counts, for the terminal. */
export function formatCounts(counts: LabelCounts): string {
  const cols = ['suggested', 'accepted', 'rejected', 'stale'] as const;
  const lines = [['label', ...cols].map((c, i) => (i ? c.padStart(10) : c.padEnd(10))).join('')];
  for (const [label, row] of counts) {
    lines.push(label.padEnd(10) + cols.map((c) => String(row[c]).padStart(10)).join(''));
  }
  return lines.join('\n');
}
