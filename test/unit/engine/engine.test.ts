import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { OffsetMap } from '../../../src/core/offsets';
import { createEngine, type ProjectEngine } from '../../../src/engine/engine';
import { createSegmenter, type Segmenter } from '../../../src/engine/segmenter/segmenter';

const SEEDS = path.join(__dirname, '../../../../seeds');
const seeds = () => fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));

describe('engine', function () {
  this.timeout(60000);
  let engine: ProjectEngine;
  afterEach(() => engine?.dispose());

  it('returns sorted, non-overlapping spans in code points, shifted exactly by astral characters before them', async () => {
    engine = createEngine({ workers: 2 });
    const prefix = '😀𠮷\n'; // 3 code points, 5 UTF-16 units
    for (const text of seeds()) {
      const [plain, shifted] = await Promise.all([engine.annotate(text), engine.annotate(prefix + text)]);
      assert.ok(plain.length > 0);
      for (let i = 1; i < plain.length; i++) assert.ok(plain[i - 1].end <= plain[i].start, `overlap at ${plain[i].start}`);
      assert.deepEqual(
        shifted,
        plain.map((s) => ({ ...s, start: s.start + 3, end: s.end + 3 })),
      );
      const length = new OffsetMap(prefix + text).length;
      for (const s of shifted) assert.ok(s.start >= 3 && s.end <= length);
    }
  });

  it('gives the same spans whatever the number of workers and the order of calls', async () => {
    const texts = seeds();
    engine = createEngine({ workers: 1 });
    const one = [];
    for (const t of texts) one.push(await engine.annotate(t));
    await engine.dispose();
    engine = createEngine({ workers: 2 });
    const two = await Promise.all([...texts].reverse().map((t) => engine.annotate(t)));
    assert.deepEqual(two.reverse(), one);
  });

  it('keeps a city jieba mis-tags (合肥/n, 日照/n, 保定/v) in the company name it starts', async () => {
    engine = createEngine();
    const text = '合肥长鑫存储技术有限公司、日照钢铁控股集团有限公司和保定长城汽车股份有限公司签约。';
    const spans = await engine.annotate(text);
    assert.deepEqual(
      spans.filter((s) => s.label === 'COMPANY').map((s) => text.slice(s.start, s.end)),
      ['合肥长鑫存储技术有限公司', '日照钢铁控股集团有限公司', '保定长城汽车股份有限公司'],
    );
  });

  it('runs the same pipeline on the calling thread over a caller-supplied segmenter, lexicon included', async () => {
    const pool = createSegmenter();
    const own: Segmenter = { cut: (t) => pool.cut(t), tag: (t) => pool.tag(t), insertWords: (w) => pool.insertWords(w), dispose: () => pool.dispose() };
    const lexicon = { version: 1 as const, entries: [{ text: '北辰星海', label: 'COMPANY' }], rejected: [] };
    const text = seeds()[0] + '\n北辰星海发布新品。';
    engine = createEngine({ lexicon });
    const inWorker = await engine.annotate(text);
    await engine.dispose();
    engine = createEngine(own);
    await engine.setLexicon(lexicon);
    const here = await engine.annotate(text);
    assert.ok(here.some((s) => s.source === 'lexicon'));
    assert.deepEqual(here, inWorker);
  });
});
