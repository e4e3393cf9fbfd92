import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OffsetMap } from '../../../src/core/offsets';
import { buildSidecar, sidecarPath, writeSidecar } from '../../../src/core/sidecar';
import { makeSpan, type SpanStatus } from '../../../src/core/span';

const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');
const TINY = path.join(ROOT, 'test/fixtures/eval/tiny.gold.jsonl');

function evalCli(...args: string[]) {
  const r = spawnSync(process.execPath, [CLI, 'eval', ...args], { encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** An article with its sidecar, the given spans (found by their text) in the given status. */
async function annotated(dir: string, name: string, text: string, spans: Array<[string, string]>, status: SpanStatus) {
  await fs.mkdir(dir, { recursive: true });
  const file = path.join(dir, name);
  await fs.writeFile(file, text);
  const map = new OffsetMap(text);
  const made = spans.map(([label, t]) => {
    const start = map.toCodePoint(text.indexOf(t));
    return makeSpan({ start, end: start + [...t].length, label, source: 'test' }, map, status);
  });
  await writeSidecar(sidecarPath(file), buildSidecar(file, text, made));
}

describe('biaozhu eval (end to end)', () => {
  let tmp: string;
  beforeEach(async () => {
    tmp = await fs.mkdtemp(path.join(os.tmpdir(), 'biaozhu-eval-'));
  });
  afterEach(async () => {
    await fs.rm(tmp, { recursive: true, force: true });
  });

  it('scores a JSONL prediction file against JSONL gold, with neutral spans left out', async () => {
    const pred = path.join(tmp, 'pred.jsonl');
    await fs.writeFile(
      pred,
      [
        { id: 'a', spans: [{ start: 0, end: 10, label: 'DATE' }, { start: 15, end: 20, label: 'AMOUNT' }, { start: 21, end: 23, label: 'DATE' }] },
        { id: 'b', spans: [{ start: 1, end: 2, label: 'DATE' }, { start: 7, end: 15, label: 'AMOUNT' }] },
      ]
        .map((r) => JSON.stringify(r))
        .join('\n') + '\n',
    );
    const r = evalCli('--gold', TINY, pred, '--json');
    assert.equal(r.code, 0, r.err);
    const scores = JSON.parse(r.out);
    const row = (label: string) => scores.labels.find((l: { label: string }) => l.label === label);
    assert.deepEqual([row('DATE').gold, row('DATE').pred, row('DATE').exactHits], [2, 2, 1]); // 目前 (neutral) not counted
    assert.equal(row('DATE').exact.f1, 0.5);
    assert.equal(row('DATE').overlap.f1, 1);
    assert.deepEqual([row('AMOUNT').exact.precision, row('AMOUNT').exact.recall], [1, 2 / 3]);
    assert.equal(scores.micro.exactHits, 3);

    const table = evalCli('--gold', TINY, pred, '--errors', '5');
    assert.equal(table.code, 0);
    assert.match(table.out, /^DATE\s+2\s+2\s+0\.500\s+0\.500\s+0\.500\s+1\.000\s+1\.000\s+1\.000$/m);
    assert.match(table.out, /^AMOUNT\s+3\s+2\s+1\.000\s+0\.667\s+0\.800/m);
    assert.match(table.out, /FN AMOUNT\s+a 25-28 .*\[２５％\]/);
    assert.match(table.out, /FP DATE\s+b 1-2 \(boundary\)/);
  });

  it('prints the agreement of the attributes gold spans carry, and their disagreements with --errors', async () => {
    const gold = path.join(tmp, 'attr.gold.jsonl');
    const pred = path.join(tmp, 'attr.pred.jsonl');
    await fs.writeFile(gold, JSON.stringify({ id: 'x', text: '去年营收482亿元', spans: [{ start: 0, end: 2, label: 'DATE', attrs: { value: '2024' } }, { start: 4, end: 9, label: 'AMOUNT', attrs: { value: 48200000000, unit: 'CNY' } }] }) + '\n');
    await fs.writeFile(pred, JSON.stringify({ id: 'x', spans: [{ start: 0, end: 2, label: 'DATE', attrs: { value: '2023' } }, { start: 4, end: 9, label: 'AMOUNT', attrs: { value: 48200000000, unit: 'CNY' } }] }) + '\n');
    const r = evalCli('--gold', gold, pred, '--errors', '5');
    assert.equal(r.code, 0, r.err);
    assert.match(r.out, /^attributes of gold spans found exactly:$/m);
    assert.match(r.out, /^DATE value\s+0\s+1\s+0\.000$/m);
    assert.match(r.out, /^AMOUNT unit\s+1\s+1\s+1\.000$/m);
    assert.match(r.out, /AT DATE\s+x 0-2 value: gold "2024", predicted "2023"/);
    const json = JSON.parse(evalCli('--gold', gold, pred, '--json').out);
    assert.deepEqual(json.attributes.map((a: { label: string; attr: string; accuracy: number }) => [a.label, a.attr, a.accuracy]), [['DATE', 'value', 0], ['AMOUNT', 'value', 1], ['AMOUNT', 'unit', 1]]);
  });

  it('warns about documents found on one side only', async () => {
    const pred = path.join(tmp, 'pred.jsonl');
    await fs.writeFile(pred, JSON.stringify({ id: 'zzz', spans: [] }) + '\n');
    const r = evalCli('--gold', TINY, pred, '--json');
    assert.equal(r.code, 0);
    assert.match(r.err, /2 gold documents have no prediction \(scored as predicting nothing\): a, b/);
    assert.match(r.err, /1 predicted documents have no gold \(not scored\): zzz/);
    assert.equal(JSON.parse(r.out).micro.exact.recall, 0);
  });

  it('without PRED annotates the gold texts with the engine', () => {
    const r = evalCli('--gold', TINY, '--labels', 'DATE,AMOUNT', '--json');
    assert.equal(r.code, 0, r.err);
    const scores = JSON.parse(r.out);
    assert.deepEqual(scores.labels.map((l: { label: string }) => l.label), ['DATE', 'AMOUNT']);
    assert.equal(scores.micro.gold, 5);
    assert.equal(scores.micro.exact.f1, 1);
    const table = evalCli('--gold', TINY, '--labels', 'DATE,COMPANY');
    assert.match(table.out, /^COMPANY\s+0\s+0\s+-\s+-\s+-\s+-\s+-\s+-$/m); // the gold does not annotate companies
  });

  it('scores folders of sidecars: accepted spans as gold, suggested and accepted as predictions', async () => {
    const text = '😀2025年5月15日,济南与百度签约,投资482亿元。\r\n5月7日至8日,增长25%。';
    await annotated(path.join(tmp, 'gold'), 'x.txt', text, [['DATE', '2025年5月15日'], ['AMOUNT', '482亿元'], ['DATE', '5月7日至8日'], ['AMOUNT', '25%']], 'accepted');
    await annotated(path.join(tmp, 'pred'), 'x.txt', text, [['DATE', '2025年5月15日'], ['AMOUNT', '482亿元'], ['DATE', '5月7日']], 'suggested');
    const r = evalCli('--gold', path.join(tmp, 'gold'), path.join(tmp, 'pred'), '--labels', 'DATE,AMOUNT', '--json');
    assert.equal(r.code, 0, r.err);
    const scores = JSON.parse(r.out);
    assert.deepEqual(
      scores.labels.map((l: { label: string; gold: number; pred: number; exactHits: number; overlapGoldHits: number }) => [l.label, l.gold, l.pred, l.exactHits, l.overlapGoldHits]),
      [
        ['DATE', 2, 2, 1, 2],
        ['AMOUNT', 2, 1, 1, 1],
      ],
    );
    const engine = evalCli('--gold', path.join(tmp, 'gold'), '--labels', 'DATE,AMOUNT', '--json');
    assert.equal(JSON.parse(engine.out).micro.exact.f1, 1, engine.out);
  });

  it('exits 2 on usage errors', () => {
    for (const args of [[], ['--gold'], ['--gold', TINY, 'a', 'b'], ['--gold', TINY, '--errors', 'many'], ['--gold', TINY, '--nope']]) {
      const r = evalCli(...args);
      assert.equal(r.code, 2, `${args.join(' ')}: ${r.err}`);
      assert.match(r.err, /biaozhu eval: .*\n.*--help/);
    }
    assert.equal(evalCli('--help').code, 0);
  });

  it('names the file and line of malformed gold and exits 1', async () => {
    const bad = path.join(tmp, 'bad.jsonl');
    await fs.writeFile(bad, (await fs.readFile(TINY, 'utf8')) + '{"id": "c", "text": "abc", "spans": [{"start": 0, "end": 9, "label": "DATE"}]}\n');
    let r = evalCli('--gold', bad);
    assert.equal(r.code, 1);
    assert.match(r.err, new RegExp(`${bad.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: line 3: span 0-9 ends past the text`));

    await fs.writeFile(bad, '{"id": "c", "text": "去年", "spans": [{"start": 0, "end": 2, "label": "DATE", "text": "今年"}]}\n');
    r = evalCli('--gold', bad);
    assert.match(r.err, /bad\.jsonl: line 1: span 0-2 says "今年" but the text there is "去年"/);

    await fs.writeFile(bad, '{"id": "c", "text": "x", "spans": []}\nnot json\n');
    r = evalCli('--gold', bad);
    assert.match(r.err, /bad\.jsonl: line 2: invalid JSON/);

    await fs.writeFile(bad, '{"id": "c", "spans": []}\n');
    r = evalCli('--gold', bad);
    assert.match(r.err, /bad\.jsonl: line 1: not a gold record: text:/);

    r = evalCli('--gold', path.join(tmp, 'missing.jsonl'));
    assert.equal(r.code, 1);
    assert.match(r.err, /missing\.jsonl: no such file or folder/);

    await fs.mkdir(path.join(tmp, 'empty'));
    r = evalCli('--gold', path.join(tmp, 'empty'));
    assert.match(r.err, /empty: no annotated articles/);
  });
});
