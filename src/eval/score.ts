import { overlaps } from '../core/span';

/** A span as scoring sees it: code-point offsets, end exclusive. */
export interface EvalSpan {
  start: number;
  end: number;
  label: string;
  /** Normalized values (value, unit, title, org …): a gold span's are checked on the prediction at its offsets. */
  attrs?: Readonly<Record<string, unknown>>;
}

/** One document: its gold, its neutral spans (neither right nor wrong) and the predictions. */
export interface EvalDoc {
  id: string;
  text: string;
  /** The labels this document's gold annotates; predictions of other labels are not scored. */
  labels: readonly string[];
  gold: readonly EvalSpan[];
  neutral: readonly EvalSpan[];
  pred: readonly EvalSpan[];
}

export interface Prf {
  precision: number;
  recall: number;
  f1: number;
}

export interface LabelScore {
  label: string;
  gold: number;
  pred: number;
  /** Predictions with the exact offsets of a gold span. */
  exactHits: number;
  /** Predictions that overlap some gold span / gold spans overlapped by some prediction. */
  overlapPredHits: number;
  overlapGoldHits: number;
  exact: Prf;
  overlap: Prf;
}

export interface EvalError {
  doc: string;
  kind: 'false-positive' | 'false-negative';
  span: EvalSpan;
  /** Whether a span of the other side overlaps it (a boundary error rather than a miss). */
  partial: boolean;
}

/** How often the prediction at a gold span's exact offsets gives the gold's value of one attribute. */
export interface AttrScore {
  label: string;
  attr: string;
  /** Gold spans with the attribute that a prediction found exactly. */
  compared: number;
  agreed: number;
  accuracy: number;
}

/** A prediction at a gold span's offsets that gives another value (or none) for one of its attributes. */
export interface AttrError {
  doc: string;
  span: EvalSpan;
  attr: string;
  gold: unknown;
  pred: unknown;
}

export interface EvalResult {
  /** One row per scored label, in the order asked for (or first seen). */
  labels: LabelScore[];
  /** All labels pooled. */
  micro: LabelScore;
  docs: number;
  errors: EvalError[];
  /** One row per label and attribute the gold gives, where any gold span was found exactly. */
  attributes: AttrScore[];
  attrErrors: AttrError[];
}

/**
 * Exact and overlap precision, recall and F1 per label. A document scores only the labels in
 * its `labels`; a prediction that overlaps a neutral span of its label is left out. With
 * nothing to find and nothing predicted a score is 1 (nothing was missed or wrong).
 */
export function scoreDocs(docs: readonly EvalDoc[], only?: readonly string[]): EvalResult {
  const rows = new Map<string, LabelScore>((only ?? []).map((l) => [l, emptyRow(l)]));
  const errors: EvalError[] = [];
  const attrRows = new Map<string, AttrScore>();
  const attrErrors: AttrError[] = [];
  for (const doc of docs) {
    for (const label of doc.labels) {
      if (only && !only.includes(label)) continue;
      let row = rows.get(label);
      if (!row) rows.set(label, (row = emptyRow(label)));
      const gold = doc.gold.filter((s) => s.label === label);
      const neutral = doc.neutral.filter((s) => s.label === label);
      const pred = doc.pred.filter((s) => s.label === label && !neutral.some((n) => overlaps(n, s)));
      const goldKeys = new Set(gold.map(key));
      const predByKey = new Map(pred.map((p) => [key(p), p]));
      row.gold += gold.length;
      row.pred += pred.length;
      for (const p of pred) {
        const hit = goldKeys.has(key(p));
        const touching = gold.some((g) => overlaps(g, p));
        if (hit) row.exactHits++;
        if (touching) row.overlapPredHits++;
        if (!hit) errors.push({ doc: doc.id, kind: 'false-positive', span: p, partial: touching });
      }
      for (const g of gold) {
        const touching = pred.some((p) => overlaps(g, p));
        if (touching) row.overlapGoldHits++;
        const found = predByKey.get(key(g));
        if (!found) errors.push({ doc: doc.id, kind: 'false-negative', span: g, partial: touching });
        for (const [attr, value] of found ? Object.entries(g.attrs ?? {}) : []) {
          const rowKey = `${label}\0${attr}`;
          let r = attrRows.get(rowKey);
          if (!r) attrRows.set(rowKey, (r = { label, attr, compared: 0, agreed: 0, accuracy: 0 }));
          r.compared++;
          const predicted = found!.attrs?.[attr];
          if (sameValue(value, predicted)) r.agreed++;
          else attrErrors.push({ doc: doc.id, span: g, attr, gold: value, pred: predicted });
        }
      }
    }
  }
  const labels = [...rows.values()].map(finish);
  const micro = emptyRow('micro');
  for (const r of labels) {
    micro.gold += r.gold;
    micro.pred += r.pred;
    micro.exactHits += r.exactHits;
    micro.overlapPredHits += r.overlapPredHits;
    micro.overlapGoldHits += r.overlapGoldHits;
  }
  const attributes = [...attrRows.values()].map((r) => ({ ...r, accuracy: r.agreed / r.compared }));
  return { labels, micro: finish(micro), docs: docs.length, errors, attributes, attrErrors };
}

/** Equal values: numbers to 9 significant digits (48200000000 and 4.82e10), anything else as JSON. */
function sameValue(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return a === b || Math.abs(a - b) <= 1e-9 * Math.max(Math.abs(a), Math.abs(b));
  return JSON.stringify(a) === JSON.stringify(b);
}

function key(s: EvalSpan): string {
  return `${s.start}:${s.end}`;
}

function emptyRow(label: string): LabelScore {
  const zero = { precision: 0, recall: 0, f1: 0 };
  return { label, gold: 0, pred: 0, exactHits: 0, overlapPredHits: 0, overlapGoldHits: 0, exact: zero, overlap: zero };
}

function finish(row: LabelScore): LabelScore {
  return {
    ...row,
    exact: prf(row.exactHits, row.pred, row.exactHits, row.gold),
    overlap: prf(row.overlapPredHits, row.pred, row.overlapGoldHits, row.gold),
  };
}

function prf(predHits: number, pred: number, goldHits: number, gold: number): Prf {
  const precision = pred ? predHits / pred : 1;
  const recall = gold ? goldHits / gold : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0 };
}
