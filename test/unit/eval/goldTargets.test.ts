import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { createEngine } from '../../../src/engine/engine';
import { pairDocs } from '../../../src/eval/evaluate';
import { readJsonlDocs, readSidecarDocs, type SourceDoc } from '../../../src/eval/readDocs';
import { type EvalResult, scoreDocs } from '../../../src/eval/score';

const FIXTURES = path.resolve(__dirname, '../../../../test/fixtures/gold');
const LABELS = ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT'];

/** The engine's scores on `gold`, and a line of them for assertion messages. */
async function scoreEngine(gold: readonly SourceDoc[]): Promise<{ result: EvalResult; report: string }> {
  const engine = createEngine();
  try {
    const { docs } = await pairDocs(gold, engine);
    const result = scoreDocs(docs, LABELS);
    const report = result.labels.map((r) => `${r.label} ${r.exact.f1.toFixed(3)} (P ${r.exact.precision.toFixed(3)}, R ${r.exact.recall.toFixed(3)})`).join('; ');
    assert.ok(result.labels.every((r) => r.gold > 0), `every label needs gold spans: ${report}`);
    return { result, report };
  } finally {
    await engine.dispose();
  }
}

/** Labels whose exact-match F1 is under their floor. */
const below = (result: EvalResult, floors: Record<string, number>): string[] => result.labels.filter((r) => r.exact.f1 < floors[r.label]!).map((r) => r.label);

describe('engine on the gold sets', () => {
  /** Exact-match F1 the engine must reach on the hand-made gold of the seed articles (issue 3). */
  const SEED_TARGETS: Record<string, number> = { COMPANY: 0.9, OFFICIAL: 0.9, DATE: 0.9, AMOUNT: 0.9 };
  /** The least agreement of each attribute of the seed gold's spans found exactly. */
  const ATTRIBUTE_FLOOR = 0.9;

  it(`reaches the exact-match F1 targets on the seed gold (${Object.entries(SEED_TARGETS).map(([l, t]) => `${l} ≥ ${t}`).join(', ')}) and gives its attributes`, async function () {
    this.timeout(120_000);
    const dir = path.join(FIXTURES, 'seeds');
    assert.ok(existsSync(dir), `${dir} is missing: it holds the seed articles with their hand-made gold sidecars (accepted spans)`);
    const { result, report } = await scoreEngine(await readSidecarDocs(dir, 'gold'));
    assert.deepEqual(below(result, SEED_TARGETS), [], `below target: ${report}`);
    // The hover's normalized values, on the spans found exactly: each attribute the gold gives agrees at 0.9 or more
    // (stop 50: OFFICIAL title and org 56/60, DATE value 111/112, the others all).
    const attrs = result.attributes.map((a) => `${a.label} ${a.attr} ${a.agreed}/${a.compared}`).join('; ');
    assert.deepEqual(result.attributes.map((a) => `${a.label} ${a.attr}`).sort(), ['AMOUNT unit', 'AMOUNT value', 'COMPANY canonical', 'DATE value', 'OFFICIAL org', 'OFFICIAL title'], attrs);
    assert.deepEqual(result.attributes.filter((a) => a.accuracy < ATTRIBUTE_FLOOR).map((a) => `${a.label} ${a.attr}`), [], `attributes below ${ATTRIBUTE_FLOOR}: ${attrs}`);
  });

  /**
   * Floors on the probe gold sets, news the engine was not built from, annotated by others
   * (test/fixtures/gold/probe/README.md): about 0.02 under the scores of the stop that added each,
   * so a rule that costs news beyond the seeds shows.
   */
  const PROBE_SETS = [
    { file: 'probe.gold.jsonl', docs: 120, floors: { COMPANY: 0.93, OFFICIAL: 0.95, DATE: 0.915, AMOUNT: 0.96 } },
    { file: 'written.gold.jsonl', docs: 60, floors: { COMPANY: 0.94, OFFICIAL: 0.96, DATE: 0.945, AMOUNT: 0.975 } },
    // (stop 51: about 0.02 under that stop's scores)
    { file: 'genres.gold.jsonl', docs: 60, floors: { COMPANY: 0.93, OFFICIAL: 0.95, DATE: 0.905, AMOUNT: 0.97 } },
    { file: 'sectors.gold.jsonl', docs: 48, floors: { COMPANY: 0.94, OFFICIAL: 0.97, DATE: 0.97, AMOUNT: 0.95 } },
    { file: 'beats.gold.jsonl', docs: 48, floors: { COMPANY: 0.94, OFFICIAL: 0.97, DATE: 0.97, AMOUNT: 0.965 } },
    { file: 'fields.gold.jsonl', docs: 40, floors: { COMPANY: 0.92, OFFICIAL: 0.95, DATE: 0.96, AMOUNT: 0.97 } },
    // (stop 52)
    { file: 'desks.gold.jsonl', docs: 48, floors: { COMPANY: 0.92, OFFICIAL: 0.95, DATE: 0.965, AMOUNT: 0.975 } },
    { file: 'columns.gold.jsonl', docs: 40, floors: { COMPANY: 0.915, OFFICIAL: 0.965, DATE: 0.97, AMOUNT: 0.975 } },
    // (stop 53)
    { file: 'trades.gold.jsonl', docs: 40, floors: { COMPANY: 0.96, OFFICIAL: 0.97, DATE: 0.955, AMOUNT: 0.975 } },
    { file: 'notices.gold.jsonl', docs: 40, floors: { COMPANY: 0.945, OFFICIAL: 0.975, DATE: 0.955, AMOUNT: 0.975 } },
    { file: 'services.gold.jsonl', docs: 40, floors: { COMPANY: 0.935, OFFICIAL: 0.95, DATE: 0.96, AMOUNT: 0.97 } },
    // (stop 54)
    { file: 'dispatches.gold.jsonl', docs: 40, floors: { COMPANY: 0.965, OFFICIAL: 0.96, DATE: 0.96, AMOUNT: 0.975 } },
    { file: 'bulletins.gold.jsonl', docs: 40, floors: { COMPANY: 0.89, OFFICIAL: 0.9, DATE: 0.96, AMOUNT: 0.955 } },
    // (stop 55)
    { file: 'reports.gold.jsonl', docs: 40, floors: { COMPANY: 0.96, OFFICIAL: 0.97, DATE: 0.95, AMOUNT: 0.97 } },
    { file: 'briefings.gold.jsonl', docs: 40, floors: { COMPANY: 0.95, OFFICIAL: 0.965, DATE: 0.965, AMOUNT: 0.97 } },
    { file: 'roundups.gold.jsonl', docs: 40, floors: { COMPANY: 0.945, OFFICIAL: 0.955, DATE: 0.965, AMOUNT: 0.975 } },
    // (stop 56)
    { file: 'wires.gold.jsonl', docs: 40, floors: { COMPANY: 0.965, OFFICIAL: 0.97, DATE: 0.975, AMOUNT: 0.975 } },
    { file: 'digests.gold.jsonl', docs: 40, floors: { COMPANY: 0.95, OFFICIAL: 0.965, DATE: 0.96, AMOUNT: 0.975 } },
    // (stop 57)
    { file: 'gazettes.gold.jsonl', docs: 40, floors: { COMPANY: 0.965, OFFICIAL: 0.97, DATE: 0.965, AMOUNT: 0.955 } },
    { file: 'circulars.gold.jsonl', docs: 40, floors: { COMPANY: 0.945, OFFICIAL: 0.98, DATE: 0.955, AMOUNT: 0.955 } },
    // (stop 58)
    { file: 'ledgers.gold.jsonl', docs: 40, floors: { COMPANY: 0.955, OFFICIAL: 0.975, DATE: 0.965, AMOUNT: 0.945 } },
    { file: 'registers.gold.jsonl', docs: 40, floors: { COMPANY: 0.95, OFFICIAL: 0.975, DATE: 0.975, AMOUNT: 0.975 } },
    // (stop 59)
    { file: 'dossiers.gold.jsonl', docs: 40, floors: { COMPANY: 0.97, OFFICIAL: 0.98, DATE: 0.97, AMOUNT: 0.975 } },
    { file: 'almanacs.gold.jsonl', docs: 40, floors: { COMPANY: 0.965, OFFICIAL: 0.975, DATE: 0.955, AMOUNT: 0.975 } },
    { file: 'chronicles.gold.jsonl', docs: 40, floors: { COMPANY: 0.96, OFFICIAL: 0.975, DATE: 0.965, AMOUNT: 0.975 } },
    // (stop 60)
    { file: 'journals.gold.jsonl', docs: 40, floors: { COMPANY: 0.965, OFFICIAL: 0.975, DATE: 0.945, AMOUNT: 0.975 } },
    { file: 'annals.gold.jsonl', docs: 40, floors: { COMPANY: 0.97, OFFICIAL: 0.975, DATE: 0.96, AMOUNT: 0.975 } },
    { file: 'records.gold.jsonl', docs: 40, floors: { COMPANY: 0.965, OFFICIAL: 0.975, DATE: 0.96, AMOUNT: 0.975 } },
    { file: 'archives.gold.jsonl', docs: 40, floors: { COMPANY: 0.945, OFFICIAL: 0.98, DATE: 0.975, AMOUNT: 0.975 } },
    { file: 'folios.gold.jsonl', docs: 40, floors: { COMPANY: 0.945, OFFICIAL: 0.945, DATE: 0.95, AMOUNT: 0.975 } },
    // (stop 61)
    { file: 'portfolios.gold.jsonl', docs: 40, floors: { COMPANY: 0.97, OFFICIAL: 0.97, DATE: 0.94, AMOUNT: 0.975 } },
    { file: 'scrolls.gold.jsonl', docs: 40, floors: { COMPANY: 0.925, OFFICIAL: 0.965, DATE: 0.96, AMOUNT: 0.975 } },
  ];

  for (const { file, docs, floors } of PROBE_SETS) {
    it(`stays above its floors on ${file} (${Object.entries(floors).map(([l, t]) => `${l} ≥ ${t}`).join(', ')})`, async function () {
      this.timeout(120_000);
      const { result, report } = await scoreEngine(await readJsonlDocs(path.join(FIXTURES, 'probe', file), 'gold'));
      assert.equal(result.docs, docs, report);
      assert.deepEqual(below(result, floors), [], `below floor: ${report}`);
    });
  }
});
