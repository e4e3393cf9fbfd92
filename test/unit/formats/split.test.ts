import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { assignSplits, parseSplit } from '../../../src/formats/split';
import { annotatedSeeds, runCli, tempDir } from './corpusFixture';

const paths = Array.from({ length: 100 }, (_, i) => `news/${String(i).padStart(3, '0')}.txt`);
const sizes = (m: Map<string, string>) => {
  const c: Record<string, number> = {};
  for (const v of m.values()) c[v] = (c[v] ?? 0) + 1;
  return c;
};

describe('split by article', () => {
  it('gives exact proportions', () => {
    assert.deepEqual(sizes(assignSplits(paths, { parts: [80, 10, 10], seed: '1' })), { train: 80, dev: 10, test: 10 });
    assert.deepEqual(sizes(assignSplits(paths.slice(0, 7), { parts: [80, 10, 10], seed: '1' })), { train: 5, dev: 1, test: 1 });
    assert.deepEqual(sizes(assignSplits(paths, { parts: [70, 30], seed: 'x' })), { train: 70, test: 30 });
  });

  it('is the same for the same seed whatever the input order, and differs for another seed', () => {
    const a = assignSplits(paths, { parts: [80, 10, 10], seed: '7' });
    const b = assignSplits([...paths].reverse(), { parts: [80, 10, 10], seed: '7' });
    assert.deepEqual([...a].sort(), [...b].sort());
    const c = assignSplits(paths, { parts: [80, 10, 10], seed: '8' });
    assert.ok(paths.some((p) => a.get(p) !== c.get(p)));
  });

  it('moves few articles when one is added', () => {
    const a = assignSplits(paths, { parts: [80, 10, 10], seed: '7' });
    const b = assignSplits([...paths, 'news/extra.txt'], { parts: [80, 10, 10], seed: '7' });
    assert.ok(paths.filter((p) => a.get(p) !== b.get(p)).length <= 2);
  });

  it('rejects specs that are not percentages adding up to 100', () => {
    assert.deepEqual(parseSplit('80/10/10'), [80, 10, 10]);
    assert.throws(() => parseSplit('80/10'), /add up to 100/);
    assert.throws(() => parseSplit('80/x/10'), /TRAIN\/DEV\/TEST/);
    assert.throws(() => parseSplit('100'), /TRAIN\/DEV\/TEST/);
  });

  it('export --split writes train/dev/test holding every article once, the same for the same seed', async () => {
    const corpus = await annotatedSeeds();
    const out = tempDir();
    const run = (dir: string, seed: string) => {
      const r = runCli(['export', '--format', 'doccano', corpus, '-o', path.join(out, dir), '--split', '60/20/20', '--seed', seed]);
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stdout, /split: train 3, dev 1, test 1/);
      return ['train', 'dev', 'test'].map((n) => readFileSync(path.join(out, dir, `${n}.jsonl`), 'utf8'));
    };
    const first = run('s1', '42');
    assert.deepEqual(first.map((f) => f.trimEnd().split('\n').length), [3, 1, 1]);
    const texts = first.flatMap((f) => f.trimEnd().split('\n').map((l) => JSON.parse(l).text));
    assert.equal(new Set(texts).size, 5);
    assert.deepEqual(run('s2', '42'), first);
    const brat = runCli(['export', '--format', 'brat', corpus, '-o', path.join(out, 'b'), '--split', '60/20/20', '--seed', '42']);
    assert.equal(brat.code, 0);
    assert.ok(readFileSync(path.join(out, 'b/annotation.conf'), 'utf8').includes('[entities]'));
  });
});
