import { OffsetMap } from '../core/offsets';
import type { AttrScore, EvalDoc, EvalResult, LabelScore } from './score';

/** The scores as a fixed-width table for the terminal. */
export function formatScores(result: EvalResult): string {
  const width = Math.max(10, ...result.labels.map((r) => r.label.length + 2));
  const head = ['label'.padEnd(width), 'gold'.padStart(6), 'pred'.padStart(6), '  exact P', '     R', '    F1', '   overlap P', '     R', '    F1'].join('');
  const line = (r: LabelScore) => {
    const num = (x: number) => (r.gold || r.pred ? x.toFixed(3) : '-'); // nothing to score
    return [
      r.label.padEnd(width),
      String(r.gold).padStart(6),
      String(r.pred).padStart(6),
      num(r.exact.precision).padStart(9),
      num(r.exact.recall).padStart(6),
      num(r.exact.f1).padStart(6),
      num(r.overlap.precision).padStart(12),
      num(r.overlap.recall).padStart(6),
      num(r.overlap.f1).padStart(6),
    ].join('');
  };
  const rule = '-'.repeat(head.length);
  return [head, rule, ...result.labels.map(line), rule, line({ ...result.micro, label: 'all' })].join('\n');
}

/**
 * Attribute agreement as lines under the table: per label and attribute the gold gives, how many
 * of its spans found exactly carry the same value. Empty where the gold gives none.
 */
export function formatAttributes(rows: readonly AttrScore[]): string {
  if (!rows.length) return '';
  const width = Math.max(10, ...rows.map((r) => r.label.length + r.attr.length + 3));
  const head = 'attribute'.padEnd(width) + 'agree'.padStart(8) + 'of'.padStart(6) + '  accuracy';
  return [
    'attributes of gold spans found exactly:',
    head,
    '-'.repeat(head.length),
    ...rows.map((r) => `${r.label} ${r.attr}`.padEnd(width) + String(r.agreed).padStart(8) + String(r.compared).padStart(6) + r.accuracy.toFixed(3).padStart(10)),
  ].join('\n');
}

/** Up to `limit` errors, each with its document, offsets and a little text around it. */
export function formatErrors(result: EvalResult, docs: readonly EvalDoc[], limit: number, around = 12): string {
  const texts = new Map(docs.map((d) => [d.id, d.text]));
  const maps = new Map<string, OffsetMap>();
  const shown = result.errors.slice(0, limit).map((e) => {
    const text = texts.get(e.doc) ?? '';
    let map = maps.get(e.doc);
    if (!map) maps.set(e.doc, (map = new OffsetMap(text)));
    const { start, end } = e.span;
    const ctx = (a: number, b: number) => map.slice(Math.max(0, Math.min(a, map.length)), Math.max(0, Math.min(b, map.length))).replace(/\s/g, ' ');
    const kind = e.kind === 'false-positive' ? 'FP' : 'FN';
    return `${kind} ${e.span.label.padEnd(8)} ${e.doc} ${start}-${end}${e.partial ? ' (boundary)' : ''}  ${ctx(start - around, start)}[${ctx(start, end)}]${ctx(end, end + around)}`;
  });
  const more = (total: number) => (total > limit ? `\n... and ${total - limit} more` : '');
  const attrs = result.attrErrors.slice(0, limit).map((e) => `AT ${e.span.label.padEnd(8)} ${e.doc} ${e.span.start}-${e.span.end} ${e.attr}: gold ${JSON.stringify(e.gold)}, predicted ${JSON.stringify(e.pred) ?? 'none'}`);
  const attrPart = result.attrErrors.length ? `\n\nattribute disagreements (${result.attrErrors.length}):\n${attrs.join('\n')}${more(result.attrErrors.length)}` : '';
  return `errors (${result.errors.length}):\n${shown.join('\n')}${more(result.errors.length)}${attrPart}`;
}
