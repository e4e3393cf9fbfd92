import * as assert from 'node:assert/strict';
import { parseBrat, toBratAnn } from '../../../src/formats/brat';
import { parseConll } from '../../../src/formats/conll';
import { parseDoccano } from '../../../src/formats/doccano';
import { parseLabelStudio } from '../../../src/formats/labelStudio';
import { makeSpan } from '../../../src/core/span';
import { OffsetMap } from '../../../src/core/offsets';

const spans = (p: { docs: Array<{ spans: Array<{ start: number; end: number; label: string }> }> }) => p.docs.map((d) => d.spans.map((s) => [s.start, s.end, s.label]));

describe('import parsers', () => {
  it('conll: reads BIOES and four-column CoNLL-2003 lines; a file without -DOCSTART- is one document', () => {
    const p = parseConll('x.conll', '华 B-COMPANY\n为 E-COMPANY\n说 O\n\n京 S-DATE\n沪 -X- _ B-DATE\n');
    assert.deepEqual(p.problems, []);
    assert.equal(p.docs.length, 1);
    assert.equal(p.docs[0].text, '华为说京沪');
    assert.deepEqual(spans(p), [[[0, 2, 'COMPANY'], [3, 4, 'DATE'], [4, 5, 'DATE']]]);
  });

  it('conll: names the line of an E- that continues nothing and of a bad tag', () => {
    const p = parseConll('x.conll', '-DOCSTART- O\n\n华 O\n为 E-COMPANY\n说 X-Y\n');
    assert.deepEqual(p.problems, ['x.conll:4: E-COMPANY does not continue a COMPANY span (expected B-COMPANY first)', 'x.conll:5: expected "TOKEN TAG" with TAG O, B-X, I-X, E-X or S-X, got "说 X-Y"']);
  });

  it('brat: a span holding a line break is written as fragments and read back whole', () => {
    const text = '甲\n乙丙';
    const span = makeSpan({ start: 0, end: 3, label: 'COMPANY', source: 't' }, new OffsetMap(text), 'accepted');
    const ann = toBratAnn({ path: 'a.txt', text, spans: [span] });
    assert.equal(ann.split('\n')[0], 'T1\tCOMPANY 0 1;2 3\t甲 乙');
    const p = parseBrat('a.ann', ann, text, 'a.txt');
    assert.deepEqual(p.problems, []);
    assert.deepEqual(spans(p), [[[0, 3, 'COMPANY']]]);
  });

  it('brat: refuses fragments with text between them and T text that does not match; skips relations', () => {
    const text = '甲乙丙丁';
    const p = parseBrat('a.ann', 'T1\tCOMPANY 0 1;2 3\t甲 丙\nT2\tDATE 0 2\t乙丙\nR1\tRel Arg1:T1 Arg2:T2\n', text, 'a.txt');
    assert.match(p.problems[0], /^a\.ann:1: discontinuous span is not supported/);
    assert.match(p.problems[1], /^a\.ann:2: text "乙丙" does not match "甲乙" at 0-2/);
    assert.equal(p.problems.length, 2);
  });

  it('label-studio: several labels on a region give several spans; cancelled annotations, predictions and other result types are not read', () => {
    const task = {
      data: { text: '华为公司' },
      annotations: [
        { result: [{ type: 'labels', value: { start: 0, end: 2, labels: ['COMPANY', 'OFFICIAL'] } }, { type: 'choices', value: { choices: ['x'] } }] },
        { was_cancelled: true, result: [{ type: 'labels', value: { start: 0, end: 4, labels: ['COMPANY'] } }] },
      ],
      predictions: [{ result: [{ type: 'labels', value: { start: 2, end: 4, labels: ['DATE'] } }] }],
    };
    const p = parseLabelStudio('t.json', JSON.stringify([task]));
    assert.deepEqual(p.problems, []);
    assert.deepEqual(spans(p), [[[0, 2, 'COMPANY'], [0, 2, 'OFFICIAL']]]);
    assert.deepEqual(parseLabelStudio('t.json', '{"data": 1}').problems, ['t.json: expected a JSON list of tasks']);
  });

  it('doccano: reads the older "entities" key; utf16 offsets that split a surrogate pair are refused', () => {
    assert.deepEqual(spans(parseDoccano('d.jsonl', JSON.stringify({ text: '华为', entities: [[0, 2, 'COMPANY']] }) + '\n')), [[[0, 2, 'COMPANY']]]);
    const p = parseDoccano('d.jsonl', JSON.stringify({ text: '😀华为', label: [[1, 4, 'COMPANY']] }) + '\n', 'utf16');
    assert.deepEqual(p.problems, ['d.jsonl:1: UTF-16 offset 1 splits a surrogate pair']);
    const bad = parseDoccano('d.jsonl', JSON.stringify({ text: '华为', label: [[0, 2]] }) + '\n' + JSON.stringify({ text: 3 }) + '\n');
    assert.deepEqual(bad.problems, ['d.jsonl:1: "label"[0] must be [start, end, "LABEL"], got [0,2]', 'd.jsonl:2: expected a string "text"']);
  });
});
