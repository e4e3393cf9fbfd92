import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { acceptedSpans, annotatedSeeds, copyDir, copySeeds, runCli, sidecarBytes, tempDir, writeArticle } from './corpusFixture';

// The "done when": annotate the seeds, accept the suggestions, export every format,
// import each back and get identical spans.

describe('round trip on the seeds: export, then import into bare copies', () => {
  let corpus: string;
  let out: string;
  before(async () => {
    corpus = await annotatedSeeds();
    out = tempDir('biaozhu-rt-');
  });

  for (const [format, target] of [
    ['doccano', 'd.jsonl'],
    ['label-studio', 'ls.json'],
    ['brat', 'brat'],
    ['conll', 'c.conll'],
  ]) {
    it(`${format}: same spans (label, offsets, text) in every article`, async () => {
      assert.equal(runCli(['export', '--format', format, corpus, '-o', path.join(out, target)]).code, 0);
      const fresh = copySeeds();
      const r = runCli(['import', '--format', format, '--into', fresh, path.join(out, target)]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /^5 documents: \d+ spans imported, 0 already there, 0 conflicts; 5 sidecars written/);
      const want = await acceptedSpans(corpus);
      assert.deepEqual(await acceptedSpans(fresh), want);
      assert.ok([...want.values()].flat().length > 100);
    });

    it(`${format}: importing into the corpus it came from changes no byte`, () => {
      const copy = copyDir(corpus);
      const before = sidecarBytes(copy);
      const r = runCli(['import', '--format', format, '--into', copy, path.join(out, target)]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /0 spans imported, \d+ already there, 0 conflicts; 0 sidecars written/);
      assert.deepEqual(sidecarBytes(copy), before);
    });
  }

  it('brat keeps normalized values: AnnotatorNotes come back as attrs', async () => {
    const dir = tempDir();
    const text = '山东能源于2025年5月15日投资482亿元。';
    await writeArticle(dir, 'n.txt', text, [
      { text: '2025年5月15日', label: 'DATE', status: 'accepted', attrs: { value: '2025-05-15' } },
      { text: '482亿元', label: 'AMOUNT', status: 'accepted', attrs: { value: 48200000000, unit: 'CNY' } },
    ]);
    assert.equal(runCli(['export', '--format', 'brat', dir, '-o', path.join(out, 'notes')]).code, 0);
    assert.match(readFileSync(path.join(out, 'notes/n.ann'), 'utf8'), /^#2\tAnnotatorNotes T2\t\{"unit":"CNY","value":48200000000\}$/m);
    const fresh = tempDir();
    writeFileSync(path.join(fresh, 'n.txt'), text);
    assert.equal(runCli(['import', '--format', 'brat', '--into', fresh, path.join(out, 'notes')]).code, 0);
    const spans = JSON.parse(readFileSync(path.join(fresh, 'n.txt.ann.json'), 'utf8')).spans;
    assert.deepEqual(spans.map((s: any) => s.attrs), [{ value: '2025-05-15' }, { unit: 'CNY', value: 48200000000 }]);
  });

  it('an import that adds spans keeps what the annotator decided and merges the rest', async () => {
    const dir = copyDir(corpus);
    const file = path.join(dir, '000_fc6b42334b8616f8.txt');
    const text = readFileSync(file, 'utf8');
    const sidecar = JSON.parse(readFileSync(file + '.ann.json', 'utf8'));
    const [first, second] = sidecar.spans;
    // The first span is already accepted (duplicate); a different label over the second conflicts;
    // a new span elsewhere is added.
    const at = text.indexOf('山东大厦');
    const start = Array.from(text.slice(0, at)).length;
    const doc = { text, label: [[first.start, first.end, first.label], [second.start, second.end, 'AMOUNT'], [start, start + 4, 'COMPANY']] };
    const input = path.join(tempDir(), 'in.jsonl');
    writeFileSync(input, JSON.stringify(doc) + '\n');
    const r = runCli(['import', '--format', 'doccano', '--into', dir, input]);
    assert.equal(r.code, 1, 'a conflict makes the exit code 1');
    assert.match(r.stdout, /1 documents: 1 spans imported, 1 already there, 1 conflicts; 1 sidecars written/);
    assert.match(r.stderr, new RegExp(`conflict ${input}:1: AMOUNT ${second.start}-${second.end} .* vs accepted ${second.label}`));
    const after = JSON.parse(readFileSync(file + '.ann.json', 'utf8')).spans;
    assert.equal(after.length, sidecar.spans.length + 1);
    const added = after.find((s: any) => s.start === start && s.label === 'COMPANY');
    assert.deepEqual([added.text, added.status, added.source], ['山东大厦', 'accepted', 'import:doccano']);
  });
});
