import { createHash } from 'node:crypto';
import { z } from 'zod';
import { OffsetMap } from './offsets';

export const DEFAULT_LABELS = ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT'] as const;

export const LabelName = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,31}$/, 'a label is an upper-case name like COMPANY (A-Z, 0-9, _)');

export const SpanStatus = z.enum(['suggested', 'accepted', 'rejected']);
export type SpanStatus = z.infer<typeof SpanStatus>;

/** Normalized values shown on hover and exported: which keys a label fills is up to its recognizer. */
export const SpanAttrs = z
  .object({
    value: z.union([z.string(), z.number()]).optional(), // DATE: ISO string; AMOUNT: number
    unit: z.string().optional(), // AMOUNT: CNY, USD, percent, KL ...
    title: z.string().optional(), // OFFICIAL: 市委书记
    org: z.string().optional(), // OFFICIAL: 济南市
    canonical: z.string().optional(), // COMPANY: full registered name
  })
  .strict();
export type SpanAttrs = z.infer<typeof SpanAttrs>;

export const SpanFields = z
  .object({
    id: z.string().min(1),
    start: z.number().int().nonnegative(),
    end: z.number().int().positive(),
    label: LabelName,
    text: z.string().min(1),
    status: SpanStatus,
    source: z.string().min(1),
    attrs: SpanAttrs.optional(),
    /** The article changed and this span's text could not be found again: kept, not shown. */
    stale: z.literal(true).optional(),
  })
  .strict();
export function startBeforeEnd<T extends z.ZodType<{ start: number; end: number }>>(schema: T) {
  return schema.refine((s) => s.start < s.end, { message: 'start must be less than end', path: ['end'] });
}
export const Span = startBeforeEnd(SpanFields);
export type Span = z.infer<typeof Span>;

/** A span before it has an identity and a status: what recognizers and importers produce. */
export interface SpanDraft {
  start: number;
  end: number;
  label: string;
  source: string;
  attrs?: SpanAttrs;
}

/** Stable id from what the span first covered, so a rerun over the same text gives the same bytes. */
export function spanId(label: string, start: number, end: number, text: string): string {
  return createHash('sha1').update(`${label}\u0000${start}\u0000${end}\u0000${text}`).digest('hex').slice(0, 12);
}

export function makeSpan(draft: SpanDraft, map: OffsetMap, status: SpanStatus = 'suggested'): Span {
  const text = map.slice(draft.start, draft.end);
  const span: Span = {
    id: spanId(draft.label, draft.start, draft.end, text),
    start: draft.start,
    end: draft.end,
    label: draft.label,
    text,
    status,
    source: draft.source,
  };
  if (draft.attrs && Object.keys(draft.attrs).length > 0) span.attrs = draft.attrs;
  return span;
}

type Ordered = { start: number; end: number; label: string; id?: string };

/** Deterministic order: start, end, label, then id. */
export function compareSpans(a: Ordered, b: Ordered): number {
  return a.start - b.start || a.end - b.end || cmp(a.label, b.label) || cmp(a.id ?? '', b.id ?? '');
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function sortSpans<T extends Ordered>(spans: readonly T[]): T[] {
  return [...spans].sort(compareSpans);
}

export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end && b.start < a.end;
}

/** Pairs of visible (not rejected, not stale) spans that overlap, in order. */
export function findOverlaps(spans: readonly Span[]): Array<[Span, Span]> {
  const live = sortSpans(spans.filter((s) => s.status !== 'rejected' && !s.stale));
  const pairs: Array<[Span, Span]> = [];
  for (let i = 0; i < live.length; i++) {
    for (let j = i + 1; j < live.length && live[j].start < live[i].end; j++) {
      pairs.push([live[i], live[j]]);
    }
  }
  return pairs;
}

/** Problems of a span against its article text; empty when the span is sound. */
export function checkSpanAgainstText(span: Span, map: OffsetMap): string | undefined {
  if (span.end > map.length) return `ends at ${span.end}, past the end of the text (${map.length})`;
  const actual = map.slice(span.start, span.end);
  if (actual !== span.text) return `text ${JSON.stringify(span.text)} does not match ${JSON.stringify(actual)} at ${span.start}-${span.end}`;
  return undefined;
}
