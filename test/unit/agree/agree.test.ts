import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import { compareDoc, summarize } from '../../../src/agree/agreement';
import { readArticle } from '../../../src/core/article';
import { OffsetMap } from '../../../src/core/offsets';
import { anchorSpans } from '../../../src/core/reanchor';
import { buildSidecar, readSidecar, sidecarPath, writeSidecar } from '../../../src/core/sidecar';
import { makeSpan, overlaps } from '../../../src/core/span';
import { acceptedSpans, annotatedSeeds, copyDir, runCli } from '../formats/corpusFixture';

describe('agreement', () => {
  it("Cohen's kappa over characters, worked by hand", () => {
    // A: CCCCOOOOOO, B: CCOOOODDOO → po = 6/10; pe = .4×.2 + .6×.6 = .44; κ = .16/.56.
    const d = compareDoc('x', 10, [{ start: 0, end: 4, label: 'COMPANY', text: '' }], [
      { start: 0, end: 2, label: 'COMPANY', text: '' },
      { start: 6, end: 8, label: 'DATE', text: '' },
    ]);
    const r = summarize([d], ['COMPANY', 'DATE']);
    assert.ok(Math.abs(r.kappa! - 0.16 / 0.56) < 1e-12);
    assert.deepEqual(r.labels.map((l) => [l.label, l.a, l.b, l.both]), [
      ['COMPANY', 1, 1, 0],
      ['DATE', 0, 1, 0],
    ]);
    assert.equal(r.labels[1].recall, null, 'no reference spans: recall undefined');
    assert.equal(r.overall.precision, 0);
  });

  it('kappa is undefined when both annotators label nothing', () => {
    assert.equal(summarize([compareDoc('x', 5, [], [])]).kappa, null);
  });

  it('biaozhu agree on two copies with planted differences reports exactly them', async () => {
    const a = await annotatedSeeds();
    const b = copyDir(a);
    const file = path.join(b, '000_fc6b42334b8616f8.txt');
    const { text } = await readArticle(file);
    const map = new OffsetMap(text);
    const spans = anchorSpans((await readSidecar(sidecarPath(file)))!, text).spans;
    const removed = spans.find((s) => s.label === 'COMPANY')!;
    const relabelled = spans.find((s) => s.label === 'DATE')!;
    const shortened = spans.find((s) => s.label === 'OFFICIAL' && s.end - s.start > 1)!;
    const at = map.toCodePoint(text.indexOf('顶格招商团'));
    const added = makeSpan({ start: at, end: at + 5, label: 'COMPANY', source: 'test' }, map, 'accepted');
    assert.ok(!spans.some((s) => overlaps(s, added)), 'the added span is where A has none');
    const planted = [
      ...spans.filter((s) => s !== removed && s !== relabelled && s !== shortened),
      makeSpan({ start: relabelled.start, end: relabelled.end, label: 'AMOUNT', source: 'test' }, map, 'accepted'),
      makeSpan({ start: shortened.start, end: shortened.end - 1, label: 'OFFICIAL', source: 'test' }, map, 'accepted'),
      added,
    ];
    await writeSidecar(sidecarPath(file), buildSidecar(file, text, planted));

    const r = runCli(['agree', '--json', a, b]);
    assert.equal(r.code, 0, r.stderr);
    const result = JSON.parse(r.stdout);
    const ref = (s: { start: number; end: number; label: string; text: string }) => ({ start: s.start, end: s.end, label: s.label, text: s.text });
    const name = '000_fc6b42334b8616f8.txt';
    assert.deepEqual(
      result.disagreements,
      [
        { file: name, a: ref(removed) },
        { file: name, a: ref(relabelled), b: { ...ref(relabelled), label: 'AMOUNT' } },
        { file: name, a: ref(shortened), b: { ...ref(shortened), end: shortened.end - 1, text: map.slice(shortened.start, shortened.end - 1) } },
        { file: name, b: ref(added) },
      ].sort((x, y) => ((x.a ?? x.b)!.start - (y.a ?? y.b)!.start)),
    );
    assert.equal(result.compared.length, 5);
    const row = (label: string) => result.labels.find((l: any) => l.label === label);
    const all = [...(await acceptedSpans(a)).values()].flat();
    const total = (label: string) => all.filter((s) => s.label === label).length;
    assert.deepEqual([row('COMPANY').a, row('COMPANY').b, row('COMPANY').both], [total('COMPANY'), total('COMPANY'), total('COMPANY') - 1]);
    assert.deepEqual([row('DATE').a, row('DATE').b, row('DATE').both], [total('DATE'), total('DATE') - 1, total('DATE') - 1]);
    assert.deepEqual([row('AMOUNT').a, row('AMOUNT').b, row('AMOUNT').both], [total('AMOUNT'), total('AMOUNT') + 1, total('AMOUNT')]);
    assert.deepEqual([row('OFFICIAL').a, row('OFFICIAL').b, row('OFFICIAL').both], [total('OFFICIAL'), total('OFFICIAL'), total('OFFICIAL') - 1]);
    assert.equal(row('COMPANY').precision, (total('COMPANY') - 1) / total('COMPANY'));
    assert.ok(result.kappa > 0.9 && result.kappa < 1);

    const plain = runCli(['agree', a, b]);
    assert.match(plain.stdout, /disagreements \(4\):/);
    assert.match(plain.stdout, /character kappa: 0\.9\d\d over \d+ characters/);
  });

  it('identical copies agree fully', async () => {
    const a = await annotatedSeeds();
    const r = runCli(['agree', '--json', a, copyDir(a)]);
    const result = JSON.parse(r.stdout);
    assert.equal(result.kappa, 1);
    assert.equal(result.overall.f1, 1);
    assert.deepEqual(result.disagreements, []);
  });
});
