import * as assert from 'node:assert/strict';
import { scoreDocs, type EvalDoc, type EvalSpan } from '../../../src/eval/score';

const s = (start: number, end: number, label = 'DATE'): EvalSpan => ({ start, end, label });
const doc = (over: Partial<EvalDoc>): EvalDoc => ({ id: 'd', text: 'x'.repeat(100), labels: ['DATE', 'AMOUNT'], gold: [], neutral: [], pred: [], ...over });

describe('scoreDocs', () => {
  it('counts exact and overlap matches separately', () => {
    const result = scoreDocs([doc({ gold: [s(0, 5), s(10, 15), s(20, 25)], pred: [s(0, 5), s(10, 14), s(40, 45)] })], ['DATE']);
    const [date] = result.labels;
    assert.equal(date.gold, 3);
    assert.equal(date.pred, 3);
    assert.equal(date.exactHits, 1);
    assert.deepEqual(date.exact, { precision: 1 / 3, recall: 1 / 3, f1: 1 / 3 });
    assert.equal(date.overlap.precision, 2 / 3);
    assert.equal(date.overlap.recall, 2 / 3);
  });

  it('scores each label apart and pools them in the micro row', () => {
    const result = scoreDocs([
      doc({
        gold: [s(0, 5), s(10, 15, 'AMOUNT'), s(20, 25, 'AMOUNT')],
        pred: [s(0, 5), s(10, 15, 'AMOUNT')],
      }),
    ]);
    const byLabel = Object.fromEntries(result.labels.map((r) => [r.label, r]));
    assert.equal(byLabel.DATE.exact.f1, 1);
    assert.equal(byLabel.AMOUNT.exact.precision, 1);
    assert.equal(byLabel.AMOUNT.exact.recall, 0.5);
    assert.equal(result.micro.gold, 3);
    assert.equal(result.micro.exactHits, 2);
    assert.equal(result.micro.exact.recall, 2 / 3);
  });

  it('leaves out predictions that overlap a neutral span of their label, and only those', () => {
    const result = scoreDocs([
      doc({
        gold: [s(0, 5)],
        neutral: [s(30, 32), s(50, 52, 'AMOUNT')],
        pred: [s(0, 5), s(30, 32), s(31, 40), s(50, 52)],
      }),
    ], ['DATE']);
    const [date] = result.labels;
    assert.equal(date.pred, 2); // 0-5 and the DATE at 50-52 (the neutral there is AMOUNT)
    assert.equal(date.exact.precision, 0.5);
    assert.equal(date.exact.recall, 1);
  });

  it("scores only the labels in each document's labels", () => {
    const result = scoreDocs([
      doc({ id: 'a', labels: ['DATE'], gold: [s(0, 5)], pred: [s(0, 5), s(10, 12, 'COMPANY')] }),
      doc({ id: 'b', labels: ['COMPANY'], gold: [s(0, 3, 'COMPANY')], pred: [s(0, 3, 'COMPANY'), s(20, 25)] }),
    ]);
    assert.deepEqual(result.labels.map((r) => [r.label, r.gold, r.pred, r.exactHits]), [
      ['DATE', 1, 1, 1],
      ['COMPANY', 1, 1, 1],
    ]);
  });

  it('lists false positives and negatives, marking boundary errors', () => {
    const { errors } = scoreDocs([doc({ gold: [s(0, 5), s(10, 15)], pred: [s(0, 4), s(40, 45)] })], ['DATE']);
    assert.deepEqual(
      errors.map((e) => [e.kind, e.span.start, e.partial]),
      [
        ['false-positive', 0, true],
        ['false-positive', 40, false],
        ['false-negative', 0, true],
        ['false-negative', 10, false],
      ],
    );
  });

  it("checks each attribute a gold span gives on the prediction at its offsets, numbers to 9 digits", () => {
    const a = (start: number, end: number, label: string, attrs: Record<string, unknown>): EvalSpan => ({ start, end, label, attrs });
    const result = scoreDocs([
      doc({
        gold: [a(0, 5, 'DATE', { value: '2025-05-15' }), a(10, 15, 'AMOUNT', { value: 48200000000, unit: 'CNY' }), a(20, 25, 'AMOUNT', { value: 0.25, unit: 'percent' }), a(30, 35, 'DATE', { value: '2025' })],
        // (the last gold span is not found exactly: its attributes are not compared)
        pred: [a(0, 5, 'DATE', { value: '2025-05-15' }), a(10, 15, 'AMOUNT', { value: 4.82e10, unit: 'USD' }), s(20, 25, 'AMOUNT'), s(30, 34)],
      }),
    ]);
    const rows = Object.fromEntries(result.attributes.map((r) => [`${r.label} ${r.attr}`, [r.agreed, r.compared]]));
    assert.deepEqual(rows, { 'DATE value': [1, 1], 'AMOUNT value': [1, 2], 'AMOUNT unit': [0, 2] });
    assert.deepEqual(
      result.attrErrors.map((e) => [e.span.start, e.attr, e.gold, e.pred]),
      [
        [10, 'unit', 'CNY', 'USD'],
        [20, 'value', 0.25, undefined],
        [20, 'unit', 'percent', undefined],
      ],
    );
  });

  it('handles empty cases: nothing to find and nothing found is perfect, one side empty is zero', () => {
    const none = scoreDocs([doc({})], ['DATE']).labels[0];
    assert.deepEqual([none.gold, none.pred, none.exact.f1], [0, 0, 1]);
    const missed = scoreDocs([doc({ gold: [s(0, 5)] })], ['DATE']).labels[0];
    assert.deepEqual([missed.exact.precision, missed.exact.recall, missed.exact.f1], [1, 0, 0]);
    const spurious = scoreDocs([doc({ pred: [s(0, 5)] })], ['DATE']).labels[0];
    assert.deepEqual([spurious.exact.precision, spurious.exact.recall, spurious.exact.f1], [0, 1, 0]);
    const noDocs = scoreDocs([], ['DATE']);
    assert.equal(noDocs.docs, 0);
    assert.equal(noDocs.labels[0].gold, 0);
  });
});
