import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OffsetMap } from '../../../src/core/offsets';
import { buildSidecar, sidecarPath, writeSidecar } from '../../../src/core/sidecar';
import { makeSpan, type Span, type SpanStatus } from '../../../src/core/span';
import { readDocs, readSidecarDocs } from '../../../src/eval/readDocs';

describe('reading gold and predictions', () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'biaozhu-readdocs-'));
  });
  afterEach(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  async function article(rel: string, text: string, spans: Array<[string, string, SpanStatus]>) {
    const file = path.join(tmp, rel);
    await fs.mkdir(path.dirname(file), { recursive: true });
    await fs.writeFile(file, text);
    const map = new OffsetMap(text);
    const made: Span[] = spans.map(([label, t, status]) => {
      const start = map.toCodePoint(text.indexOf(t));
      return makeSpan({ start, end: start + [...t].length, label, source: 'test' }, map, status);
    });
    await writeSidecar(sidecarPath(file), buildSidecar(file, text, made));
    return file;
  }

  it('takes accepted spans as gold and suggested + accepted as predictions, never rejected ones', async () => {
    await article('sub/a.txt', '𠮷2025年5月15日投资482亿元,增长25%', [
      ['DATE', '2025年5月15日', 'accepted'],
      ['AMOUNT', '482亿元', 'suggested'],
      ['AMOUNT', '25%', 'rejected'],
    ]);
    const gold = await readSidecarDocs(tmp, 'gold');
    assert.deepEqual(gold.map((d) => [d.id, d.spans]), [['sub/a.txt', [{ start: 1, end: 11, label: 'DATE' }]]]);
    assert.deepEqual(gold[0].labels.slice(0, 4), ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT']);
    const pred = await readSidecarDocs(tmp, 'pred');
    assert.deepEqual(pred[0].spans.map((s) => s.label), ['DATE', 'AMOUNT']);
  });

  it('leaves out stale spans and, as gold, articles without a sidecar', async () => {
    const file = await article('a.txt', '2025年5月15日签约', [['DATE', '2025年5月15日', 'accepted']]);
    await fs.writeFile(file, '双方签约'); // the date is gone: its span goes stale
    await fs.writeFile(path.join(tmp, 'b.txt'), '没有标注');
    const gold = await readSidecarDocs(tmp, 'gold');
    assert.deepEqual(gold.map((d) => [d.id, d.spans.length]), [['a.txt', 0]]);
    const pred = await readSidecarDocs(tmp, 'pred');
    assert.deepEqual(pred.map((d) => d.id), ['a.txt', 'b.txt']);
  });

  it('reads JSONL with labels defaulting to those the spans use', async () => {
    const file = path.join(tmp, 'g.jsonl');
    await fs.writeFile(file, '{"id": 7, "text": "去年", "spans": [{"start": 0, "end": 2, "label": "DATE"}]}\r\n\r\n');
    const [doc] = await readDocs(file, 'gold');
    assert.deepEqual([doc.id, doc.labels, doc.neutral], ['7', ['DATE'], []]);
  });

  it("keeps a JSONL span's attributes, and an accepted span's in a sidecar", async () => {
    const file = path.join(tmp, 'attrs.jsonl');
    await fs.writeFile(file, '{"id": "a", "text": "去年涨25%", "spans": [{"start": 0, "end": 2, "label": "DATE", "attrs": {"value": "2024"}}, {"start": 3, "end": 6, "label": "AMOUNT"}]}\n');
    const [doc] = await readDocs(file, 'gold');
    assert.deepEqual(doc.spans, [{ start: 0, end: 2, label: 'DATE', attrs: { value: '2024' } }, { start: 3, end: 6, label: 'AMOUNT' }]);
    const seeds = await readDocs(path.resolve(__dirname, '../../../../test/fixtures/gold/seeds'), 'gold');
    assert.ok(seeds.some((d) => d.spans.some((sp) => sp.label === 'OFFICIAL' && typeof sp.attrs?.org === 'string')));
  });

  it('rejects duplicate ids and invalid labels, naming the file and line', async () => {
    const file = path.join(tmp, 'g.jsonl');
    await fs.writeFile(file, '{"id": "a", "text": "x", "spans": []}\n{"id": "a", "text": "y", "spans": []}\n');
    await assert.rejects(readDocs(file, 'gold'), /g\.jsonl: line 2: duplicate id "a"/);
    await fs.writeFile(file, '{"id": "a", "text": "xy", "spans": [{"start": 0, "end": 1, "label": "date"}]}\n');
    await assert.rejects(readDocs(file, 'gold'), /g\.jsonl: line 1: not a gold record: spans\.0\.label/);
  });
});
