import type { Engine } from '../engine/engine';
import type { SourceDoc } from './readDocs';
import type { EvalDoc } from './score';

/**
 * Pairs gold documents with their predictions by id, or annotates the gold texts with `engine`.
 * Gold documents with no prediction record are scored as predicting nothing and listed in
 * `unmatched`; prediction records with no gold document are listed in `extra`.
 */
export async function pairDocs(gold: readonly SourceDoc[], pred: readonly SourceDoc[] | Engine): Promise<{ docs: EvalDoc[]; unmatched: string[]; extra: string[] }> {
  const byId = Array.isArray(pred) ? new Map(pred.map((d) => [d.id, d])) : undefined;
  const docs: EvalDoc[] = [];
  const unmatched: string[] = [];
  for (const g of gold) {
    const text = g.text ?? '';
    let spans: EvalDoc['pred'];
    if (byId) {
      const p = byId.get(g.id);
      if (!p) unmatched.push(g.id);
      spans = p?.spans ?? [];
    } else {
      spans = await (pred as Engine).annotate(text).catch((err: Error) => {
        throw new Error(`gold document ${g.id}: ${err.message}`);
      });
    }
    docs.push({ id: g.id, text, labels: g.labels, gold: g.spans, neutral: g.neutral, pred: spans });
  }
  const goldIds = new Set(gold.map((g) => g.id));
  const extra = Array.isArray(pred) ? pred.filter((p) => !goldIds.has(p.id)).map((p) => p.id) : [];
  return { docs, unmatched, extra };
}
