import * as assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { readSidecar, sidecarPath, writeSidecar } from '../../../src/core/sidecar';
import { CONFIG_PATH } from '../../../src/corpus/config';

const root = path.resolve(__dirname, '..', '..', '..', '..');
const cli = path.join(root, 'dist', 'cli.js');

function biaozhu(...args: string[]) {
  const r = spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('biaozhu check', function () {
  this.timeout(60000);
  let dir: string;
  const A = '000_fc6b42334b8616f8.txt';
  const B = '003_a4529399addff03b.txt';

  before(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'biaozhu-check-'));
    for (const f of await fs.readdir(path.join(root, 'seeds'))) await fs.copyFile(path.join(root, 'seeds', f), path.join(dir, f));
    assert.equal(biaozhu('annotate', dir).code, 0);
  });
  after(() => fs.rm(dir, { recursive: true, force: true }));

  /** Rewrites an article's sidecar through `edit`. */
  async function editSidecar(article: string, edit: (spans: NonNullable<Awaited<ReturnType<typeof readSidecar>>>['spans']) => void) {
    const file = sidecarPath(path.join(dir, article));
    const sidecar = (await readSidecar(file))!;
    edit(sidecar.spans);
    await writeSidecar(file, sidecar);
  }

  it('passes a freshly annotated corpus', () => {
    const r = biaozhu('check', dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /5 articles checked \(default labels\): 0 error\(s\), 0 warning\(s\), 0 note\(s\)/);
  });

  it('reports planted inconsistencies with positions and exits 1 on errors', async () => {
    // A: every suggestion accepted, one 刘强 relabeled COMPANY and one span given an unknown label.
    await editSidecar(A, (spans) => {
      for (const s of spans) s.status = 'accepted';
      spans.find((s) => s.text === '刘强')!.label = 'COMPANY';
      spans.find((s) => s.text === '中兴')!.label = 'BRAND';
    });
    // B: 刘强 (accepted as OFFICIAL in A) left unlabeled.
    await editSidecar(B, (spans) => spans.splice(0, spans.length, ...spans.filter((s) => s.text !== '刘强')));
    const r = biaozhu('check', dir);
    assert.equal(r.code, 1);
    const lines = r.stdout.trim().split('\n');
    assert.ok(lines.some((l) => l.startsWith(`${path.join(dir, A)}:`) && l.includes('error biaozhu.unknownLabel: Unknown label BRAND')), r.stdout);
    assert.ok(lines.some((l) => /warning biaozhu\.conflictingLabel: "刘强" is labeled COMPANY here but OFFICIAL in \d+ of its \d+ accepted mentions/.test(l)), r.stdout);
    const unlabeled = lines.filter((l) => l.startsWith(`${path.join(dir, B)}:`) && l.includes('"刘强" is labeled OFFICIAL, COMPANY elsewhere'));
    assert.ok(unlabeled.length > 0, r.stdout);
    // The reported line:column points at 刘强 in the file.
    const [, line, col] = /:(\d+):(\d+): /.exec(unlabeled[0])!;
    const text = await fs.readFile(path.join(dir, B), 'utf8');
    assert.equal([...text.split('\n')[Number(line) - 1]].slice(Number(col) - 1, Number(col) + 1).join(''), '刘强');

    const json = biaozhu('check', '--json', dir).stdout.trim().split('\n').map((l) => JSON.parse(l));
    const unknown = json.find((f) => f.code === 'biaozhu.unknownLabel');
    assert.deepEqual(unknown.fixes.at(-1), { kind: 'remove', spanId: unknown.spanId });
  });

  it('takes its labels from the corpus config file, and reports a bad one by file and label', async () => {
    const config = path.join(dir, CONFIG_PATH);
    await fs.mkdir(path.dirname(config), { recursive: true });
    await fs.writeFile(config, JSON.stringify({ labels: [{ name: 'BRAND', color: '#aabbcc' }] }));
    const ok = biaozhu('check', dir);
    assert.doesNotMatch(ok.stdout, /unknownLabel/);
    assert.match(ok.stdout, /\(\S*config\.json\): 0 error\(s\)/);
    await fs.writeFile(config, JSON.stringify({ labels: [{ name: 'BRAND', color: '#aabbcc', patterns: ['(a+)+$'] }] }));
    const bad = biaozhu('check', dir);
    assert.equal(bad.code, 1);
    assert.match(bad.stderr, new RegExp(`^${config.replace(/[.\\]/g, '\\$&')}: labels\\[0\\]\\.patterns\\[0\\]: label BRAND: pattern "\\(a\\+\\)\\+\\$" repeats a group that itself contains a quantifier`));
    await fs.rm(config);
  });

  it('annotate adds matches of the config file label patterns as suggestions', async () => {
    const config = path.join(dir, CONFIG_PATH);
    await fs.mkdir(path.dirname(config), { recursive: true });
    await fs.writeFile(config, JSON.stringify({ labels: [{ name: 'STOCK', color: '#aabbcc', patterns: ['(?<=\\()[0-9]{6}(?=\\))'] }] }));
    const r = biaozhu('annotate', dir);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^STOCK\s+1\s+0\s+0\s+0$/m);
    const sidecar = await readSidecar(sidecarPath(path.join(dir, '004_e3381badcb77d266.txt')));
    const stock = sidecar!.spans.filter((s) => s.label === 'STOCK');
    assert.deepEqual(stock.map((s) => [s.text, s.source, s.status]), [['600303', 'pattern', 'suggested']]);
    await fs.rm(config);
  });
});
