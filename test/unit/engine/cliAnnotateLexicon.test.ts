import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OffsetMap } from '../../../src/core/offsets';
import { buildSidecar, readSidecar, sidecarPath, writeSidecar } from '../../../src/core/sidecar';
import { makeSpan } from '../../../src/core/span';

const CLI = path.join(__dirname, '../../../src/cli/main.js');

function biaozhu(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, [CLI, ...args], (err, stdout, stderr) => {
      resolve({ code: err ? Number(err.code) : 0, stdout, stderr });
    });
  });
}

/** Every file under `dir` with its bytes, for before/after comparisons. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const e of await fs.readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) out[path.relative(dir, path.join(e.parentPath, e.name))] = await fs.readFile(path.join(e.parentPath, e.name), 'utf8');
  }
  return out;
}

const A = '据报道，鲸落标注坊今天发布新品。\r\n记者从鲸落标注坊获悉，新品售价3999元。😀\n';
const B = '鲸落标注坊与华为签约，2025年5月15日起合作。\n';

describe('biaozhu annotate with the corpus lexicon', function () {
  this.timeout(120000);
  let root: string;
  let corpus: string;
  beforeEach(async () => {
    root = await fs.mkdtemp(path.join(os.tmpdir(), 'biaozhu-cli-lexicon-'));
    corpus = path.join(root, 'articles');
    await fs.mkdir(path.join(root, '.biaozhu'), { recursive: true });
    await fs.mkdir(corpus);
    await fs.writeFile(path.join(corpus, 'a.txt'), A);
    await fs.writeFile(path.join(corpus, 'b.txt'), B);
  });
  afterEach(() => fs.rm(root, { recursive: true, force: true }));

  /** The annotator accepts 鲸落标注坊 in a.txt by hand and rejects it after 记者从. */
  async function annotateByHand(): Promise<void> {
    const file = path.join(corpus, 'a.txt');
    const existing = (await readSidecar(sidecarPath(file)))!;
    const map = new OffsetMap(A);
    const cp = (u: number) => map.toCodePoint(u);
    const first = cp(A.indexOf('鲸落标注坊'));
    const second = cp(A.indexOf('鲸落标注坊', A.indexOf('记者从')));
    const spans = [
      ...existing.spans.filter((s) => s.status === 'suggested').map(({ context: _c, ...s }) => s),
      makeSpan({ start: first, end: first + 5, label: 'COMPANY', source: 'manual' }, map, 'accepted'),
      makeSpan({ start: second, end: second + 5, label: 'COMPANY', source: 'manual' }, map, 'rejected'),
    ];
    await writeSidecar(sidecarPath(file), buildSidecar(file, A, spans));
  }

  it('learns accepted and rejected spans into .biaozhu/lexicon.json at the corpus root and uses them, twice the same', async () => {
    const first = await biaozhu('annotate', corpus);
    assert.equal(first.code, 0, first.stderr);
    await assert.rejects(fs.stat(path.join(root, '.biaozhu', 'lexicon.json')), 'nothing learned yet, no file');
    await annotateByHand();

    const second = await biaozhu('annotate', corpus);
    assert.equal(second.code, 0, second.stderr);
    assert.match(second.stdout, /lexicon .*lexicon\.json updated: 1 entries, 1 rejections/);
    const lexicon = JSON.parse(await fs.readFile(path.join(root, '.biaozhu', 'lexicon.json'), 'utf8'));
    assert.deepEqual(lexicon.entries, [{ text: '鲸落标注坊', label: 'COMPANY' }]);
    assert.deepEqual(lexicon.rejected, [{ text: '鲸落标注坊', label: 'COMPANY', context: ['\n记者从', '获悉，新'] }]);

    // b.txt gets the learned company as a suggestion; a.txt keeps the rejection and adds nothing there.
    const b = (await readSidecar(sidecarPath(path.join(corpus, 'b.txt'))))!;
    assert.ok(b.spans.some((s) => s.text === '鲸落标注坊' && s.start === 0 && s.status === 'suggested' && s.source === 'lexicon'));
    const a = (await readSidecar(sidecarPath(path.join(corpus, 'a.txt'))))!;
    assert.deepEqual(
      a.spans.filter((s) => s.text === '鲸落标注坊').map((s) => s.status),
      ['accepted', 'rejected'],
    );

    const before = await snapshot(root);
    const third = await biaozhu('annotate', '--workers', '2', corpus);
    assert.equal(third.code, 0, third.stderr);
    assert.match(third.stdout, /2 articles annotated, 0 sidecars written, 2 unchanged/);
    assert.deepEqual(await snapshot(root), before);
  });

  it('stops on an invalid lexicon, naming the file and leaving everything untouched', async () => {
    const file = path.join(root, '.biaozhu', 'lexicon.json');
    await fs.writeFile(file, '{"version": 1, "entries": [}');
    const before = await snapshot(root);
    const run = await biaozhu('annotate', path.join(corpus, 'a.txt'), path.join(corpus, 'b.txt'));
    assert.equal(run.code, 1);
    assert.ok(run.stderr.includes(`${file}: invalid JSON`), run.stderr);
    assert.deepEqual(await snapshot(root), before);
  });

  it('uses the common folder of the paths as the root when none has .biaozhu/', async () => {
    await fs.rm(path.join(root, '.biaozhu'), { recursive: true });
    assert.equal((await biaozhu('annotate', corpus)).code, 0);
    await annotateByHand();
    assert.equal((await biaozhu('annotate', path.join(corpus, 'a.txt'), path.join(corpus, 'b.txt'))).code, 0);
    await fs.stat(path.join(corpus, '.biaozhu', 'lexicon.json'));
  });

  it('refuses a bad --workers with a usage error', async () => {
    const run = await biaozhu('annotate', '--workers', '0', corpus);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /--workers must be a whole number/);
  });
});
