import * as assert from 'node:assert/strict';
import { LEXICON_SOURCE } from '../../../src/engine/lexicon/matcher';
import type { Candidate } from '../../../src/engine/recognizers/types';
import { resolveOverlaps } from '../../../src/engine/resolve';

const c = (start: number, end: number, label: string, source = `rule:${label.toLowerCase()}`, attrs?: Candidate['attrs']): Candidate =>
  attrs ? { start, end, label, source, attrs } : { start, end, label, source };
const show = (list: Candidate[]) => list.map((x) => `${x.label}@${x.start}-${x.end}:${x.source}`);

describe('resolveOverlaps', () => {
  it('merges the same span found twice, the lexicon source and its attributes winning', () => {
    const out = resolveOverlaps([
      c(0, 8, 'COMPANY', 'rule:company', { canonical: 'X' }),
      c(0, 8, 'COMPANY', LEXICON_SOURCE, { canonical: '华为技术有限公司' }),
      c(0, 8, 'COMPANY', 'dict:company'),
    ]);
    assert.deepEqual(out, [c(0, 8, 'COMPANY', LEXICON_SOURCE, { canonical: '华为技术有限公司' })]);
  });

  it('merges attributes of agreeing recognizers under the first source alphabetically', () => {
    const out = resolveOverlaps([c(3, 9, 'AMOUNT', 'rule:b', { unit: 'CNY' }), c(3, 9, 'AMOUNT', 'rule:a', { value: 5 })]);
    assert.deepEqual(out, [c(3, 9, 'AMOUNT', 'rule:a', { value: 5, unit: 'CNY' })]);
  });

  it('within a label keeps the longer span: a full name over the short name inside it, even from the lexicon', () => {
    // 华为技术有限公司 (0-8) contains 华为 (0-2), which the annotator accepted elsewhere.
    const out = resolveOverlaps([c(0, 2, 'COMPANY', LEXICON_SOURCE), c(0, 8, 'COMPANY')]);
    assert.deepEqual(show(out), ['COMPANY@0-8:rule:company']);
  });

  it('within a label keeps a range over its parts and the earlier of two equal crossing spans', () => {
    assert.deepEqual(show(resolveOverlaps([c(0, 4, 'DATE'), c(0, 7, 'DATE'), c(5, 7, 'DATE')])), ['DATE@0-7:rule:date']);
    assert.deepEqual(show(resolveOverlaps([c(2, 5, 'DATE'), c(0, 3, 'DATE')])), ['DATE@0-3:rule:date']);
  });

  it('across labels lets the lexicon beat a longer rule span', () => {
    const out = resolveOverlaps([c(0, 6, 'OFFICIAL'), c(2, 4, 'COMPANY', LEXICON_SOURCE)]);
    assert.deepEqual(show(out), ['COMPANY@2-4:lexicon']);
  });

  it('across labels keeps a company name over a number inside it', () => {
    // 58同城 (0-4) with an AMOUNT candidate on 58 (0-2).
    const out = resolveOverlaps([c(0, 2, 'AMOUNT'), c(0, 4, 'COMPANY')]);
    assert.deepEqual(show(out), ['COMPANY@0-4:rule:company']);
  });

  it('across labels keeps the official over a short company name inside the person name', () => {
    const out = resolveOverlaps([c(10, 12, 'COMPANY'), c(9, 12, 'OFFICIAL')]);
    assert.deepEqual(show(out), ['OFFICIAL@9-12:rule:official']);
  });

  it('at equal length across labels follows OFFICIAL > COMPANY > DATE > AMOUNT, user labels last', () => {
    assert.deepEqual(show(resolveOverlaps([c(0, 2, 'COMPANY'), c(0, 2, 'OFFICIAL')])), ['OFFICIAL@0-2:rule:official']);
    assert.deepEqual(show(resolveOverlaps([c(0, 5, 'AMOUNT'), c(0, 5, 'DATE')])), ['DATE@0-5:rule:date']);
    assert.deepEqual(show(resolveOverlaps([c(0, 5, 'PRODUCT'), c(0, 5, 'AMOUNT')])), ['AMOUNT@0-5:rule:amount']);
  });

  it('never returns overlapping spans and keeps everything that does not clash, sorted', () => {
    // A dense, deterministic jumble of candidates.
    const labels = ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT'];
    const input: Candidate[] = [];
    for (let i = 0; i < 300; i++) {
      const start = (i * 37) % 200;
      input.push(c(start, start + 1 + ((i * 13) % 9), labels[i % 4], i % 7 === 0 ? LEXICON_SOURCE : `rule:${i % 3}`));
    }
    const out = resolveOverlaps(input);
    for (let i = 1; i < out.length; i++) {
      assert.ok(out[i - 1].end <= out[i].start, `overlap: ${show([out[i - 1], out[i]])}`);
    }
    // Maximality: every dropped candidate clashes with something kept.
    for (const x of input) assert.ok(out.some((k) => k.start < x.end && x.start < k.end), `dropped without a clash: ${show([x])}`);
  });
});
