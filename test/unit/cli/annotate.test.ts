import * as assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readArticle } from '../../../src/core/article';
import { OffsetMap } from '../../../src/core/offsets';
import { readSidecar, serializeSidecar, sidecarPath, writeSidecar } from '../../../src/core/sidecar';
import { DEFAULT_LABELS } from '../../../src/core/span';
import { copySeeds } from '../formats/corpusFixture';
import { CLI, runCli } from '../helpers/cli';

async function sidecarBytes(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const f of (await fs.readdir(dir)).sort()) if (f.endsWith('.ann.json')) out.set(f, await fs.readFile(path.join(dir, f), 'utf8'));
  return out;
}

describe('biaozhu annotate (CLI, end to end)', () => {
  let dir: string;
  before(async () => {
    dir = copySeeds();
  });

  it('writes a valid sidecar for each of the five seeds, with suggestions of all four labels', async () => {
    const r = await runCli(['annotate', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^5 articles annotated, 5 sidecars written/m);
    const labels = new Set<string>();
    for (const f of (await fs.readdir(dir)).filter((f) => f.endsWith('.txt'))) {
      const article = path.join(dir, f);
      const sidecar = await readSidecar(sidecarPath(article));
      assert.ok(sidecar, `sidecar for ${f}`);
      const map = new OffsetMap((await readArticle(article)).text);
      assert.equal(sidecar.document.length, map.length);
      for (const s of sidecar.spans) {
        assert.equal(s.status, 'suggested');
        assert.equal(map.slice(s.start, s.end), s.text);
        labels.add(s.label);
      }
    }
    assert.deepEqual([...labels].sort(), [...DEFAULT_LABELS].sort());
    for (const label of DEFAULT_LABELS) assert.match(r.stdout, new RegExp(`^${label} +[1-9]\\d* `, 'm'));
  });

  it('changes no byte when run again', async () => {
    const before = await sidecarBytes(dir);
    const r = await runCli(['annotate', dir]);
    assert.equal(r.code, 0);
    assert.match(r.stdout, /0 sidecars written, 5 unchanged/);
    assert.deepEqual(await sidecarBytes(dir), before);
  });

  it("keeps the annotator's accepted and rejected spans and drops suggestions that overlap them", async () => {
    const article = path.join(dir, (await fs.readdir(dir)).find((f) => f.endsWith('.txt'))!);
    const sidecar = (await readSidecar(sidecarPath(article)))!;
    const [first, second] = sidecar.spans;
    first.status = 'accepted';
    second.status = 'rejected';
    // A manual span that swallows the third suggestion's text.
    const third = sidecar.spans[2];
    const text = (await readArticle(article)).text;
    const map = new OffsetMap(text);
    const manual = { id: 'manual1', start: third.start, end: third.end + 1, label: third.label, text: map.slice(third.start, third.end + 1), status: 'accepted' as const, source: 'manual' };
    sidecar.spans.splice(2, 1, manual);
    await writeSidecar(sidecarPath(article), sidecar);
    const r = await runCli(['annotate', article]);
    assert.equal(r.code, 0, r.stderr);
    const after = (await readSidecar(sidecarPath(article)))!;
    const byId = new Map(after.spans.map((s) => [s.id, s]));
    assert.equal(byId.get(first.id)?.status, 'accepted');
    assert.equal(byId.get(second.id)?.status, 'rejected');
    assert.deepEqual(byId.get('manual1')?.text, manual.text);
    assert.ok(!after.spans.some((s) => s.status === 'suggested' && s.start < manual.end && manual.start < s.end), 'no suggestion overlaps the manual span');
    assert.equal(after.spans.filter((s) => s.start === second.start && s.end === second.end && s.label === second.label).length, 1, 'a rejected span is not suggested again');
  });

  it('skips unreadable files with a message naming them, does the rest, and exits 1', async () => {
    const bad = await copySeeds();
    await fs.writeFile(path.join(bad, 'gbk.txt'), Buffer.from([0xbb, 0xaa, 0xce, 0xaa]));
    await fs.writeFile(path.join(bad, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    await fs.writeFile(path.join(bad, 'broken.txt'), '华为');
    await fs.writeFile(path.join(bad, 'broken.txt.ann.json'), '{not json');
    const r = await runCli(['annotate', bad]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /gbk\.txt: not valid UTF-8/);
    assert.match(r.stderr, /image\.txt: binary file/);
    assert.match(r.stderr, /broken\.txt\.ann\.json: invalid JSON/);
    assert.match(r.stdout, /^5 articles annotated, 5 sidecars written, 0 unchanged, 3 skipped/m);
    assert.equal(await fs.readFile(path.join(bad, 'broken.txt.ann.json'), 'utf8'), '{not json');
  });

  it('--jsonl gives code-point offsets (Python indexing) and passes other fields through', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: '😀2025年5月15日，华为投资50亿元。', source: 'x' }),
      JSON.stringify({ id: 'b', text: '𠮷𠮷2024年' }),
      '',
    ].join('\n');
    const r = await runCli(['annotate', '--jsonl'], { input });
    assert.equal(r.code, 0, r.stderr);
    const [a, b] = r.stdout.trim().split('\n').map((l) => JSON.parse(l));
    assert.equal(a.id, 'a');
    assert.equal(a.source, 'x');
    const cps = [...'😀2025年5月15日，华为投资50亿元。'];
    for (const s of a.spans) assert.equal(cps.slice(s.start, s.end).join(''), s.text);
    const find = (label: string) => a.spans.find((s: { label: string }) => s.label === label);
    assert.deepEqual([find('DATE').start, find('DATE').end], [1, 11]);
    assert.deepEqual([find('COMPANY').start, find('COMPANY').end], [12, 14]);
    assert.deepEqual([find('AMOUNT').start, find('AMOUNT').end], [16, 20]);
    assert.deepEqual(b.spans.map((s: { start: number; text: string }) => [s.start, s.text]), [[2, '2024年']]);
  });

  it('--jsonl stops quietly when its reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, [CLI, 'annotate', '--jsonl']);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.stdout.once('data', () => child.stdout.destroy());
    const lines = Array.from({ length: 400 }, (_, i) => JSON.stringify({ id: i, text: `2024年5月${(i % 28) + 1}日，华为技术有限公司董事长梁华表示，营收增长${i}%。` }));
    child.stdin.end(lines.join('\n') + '\n');
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    assert.equal(code, 0, stderr);
    assert.doesNotMatch(stderr, /EPIPE|Error/);
  });

  it('--jsonl reports a malformed or too large line with its number and goes on', async () => {
    const huge = JSON.stringify({ id: 3, text: '华为'.repeat(3_500_000) + '2025年' });
    const r = await runCli(['annotate', '--jsonl'], { input: `{"id":1}\nnot json\n${huge}\n{"id":2,"text":"2024年"}\n` });
    assert.equal(r.code, 1);
    assert.match(r.stderr, /stdin line 1: expected an object with a string "text"/);
    assert.match(r.stderr, /stdin line 2: /);
    assert.match(r.stderr, /stdin line 3: "text" too large \(21000007 bytes; the limit is 20971520\)/);
    assert.deepEqual(r.stdout.trim().split('\n').map((l) => JSON.parse(l).id), [2]);
  });
});

describe('biaozhu stats and usage', () => {
  it('counts spans by label and status and lists articles with open suggestions', async () => {
    const dir = copySeeds();
    assert.equal((await runCli(['annotate', dir])).code, 0);
    await fs.writeFile(path.join(dir, 'unannotated.txt'), '华为');
    const r = await runCli(['stats', dir]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^6 articles, 5 annotated, 0 reviewed/m);
    assert.match(r.stdout, /articles with open suggestions \(5\)/);
    assert.match(r.stdout, /articles without a sidecar \(1\):\n {2}.*unannotated\.txt/);
    const sidecars = (await fs.readdir(dir)).filter((f) => f.endsWith('.ann.json'));
    const total = (await Promise.all(sidecars.map(async (f) => (await readSidecar(path.join(dir, f)))!.spans.length))).reduce((a, b) => a + b, 0);
    const counted = [...r.stdout.matchAll(/^[A-Z]+ +(\d+) +(\d+) +(\d+) +(\d+)$/gm)].reduce((sum, m) => sum + m.slice(1).map(Number).reduce((a, b) => a + b, 0), 0);
    assert.equal(counted, total);
  });

  it('exits 2 with a hint on usage errors, 0 on --help', async () => {
    for (const args of [['annotate'], ['annotate', '--bogus', 'x'], ['frobnicate'], [], ['stats', '/no/such/dir']]) {
      const r = await runCli(args);
      assert.equal(r.code, 2, `${args.join(' ')} → ${r.code}`);
    }
    const help = await runCli(['annotate', '--help']);
    assert.equal(help.code, 0);
    assert.match(help.stdout, /Usage: biaozhu annotate/);
    assert.match((await runCli(['--help'])).stdout, /annotate +pre-annotate/);
  });

  it('re-serializes what it reads identically (the sidecar is canonical)', async () => {
    const dir = copySeeds();
    await runCli(['annotate', dir]);
    for (const f of (await fs.readdir(dir)).filter((f) => f.endsWith('.ann.json'))) {
      const bytes = await fs.readFile(path.join(dir, f), 'utf8');
      assert.equal(serializeSidecar((await readSidecar(path.join(dir, f)))!), bytes);
    }
  });
});
