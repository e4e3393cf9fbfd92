import { overlaps } from '../core/span';

/** A span as scoring sees it: code-point offsets, end exclusive. */
export interface EvalSpan {
  start: number;
  end: number;
  label: string;
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

export interface EvalResult {
  /** One row per scored label, in the order asked for (or first seen). */
  labels: LabelScore[];
  /** All labels pooled. */
  micro: LabelScore;
  docs: number;
  errors: EvalError[];
}

/**
 * Exact and overlap precision, recall and F1 per label. A document scores only the labels in
 * its `labels`; a prediction that overlaps a neutral span of its label is left out. With
 * nothing to find and nothing predicted a score is 1 (nothing was missed or wrong).
 */
export function scoreDocs(docs: readonly EvalDoc[], only?: readonly string[]): EvalResult {
  const rows = new Map<string, LabelScore>((only ?? []).map((l) => [l, emptyRow(l)]));
  const errors: EvalError[] = [];
  for (const doc of docs) {
    for (const label of doc.labels) {
      if (only && !only.includes(label)) continue;
      let row = rows.get(label);
      if (!row) rows.set(label, (row = emptyRow(label)));
      const gold = doc.gold.filter((s) => s.label === label);
      const neutral = doc.neutral.filter((s) => s.label === label);
      const pred = doc.pred.filter((s) => s.label === label && !neutral.some((n) => overlaps(n, s)));
      const goldKeys = new Set(gold.map(key));
      const predKeys = new Set(pred.map(key));
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
        if (!predKeys.has(key(g))) errors.push({ doc: doc.id, kind: 'false-negative', span: g, partial: touching });
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
  return { labels, micro: finish(micro), docs: docs.length, errors };
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
