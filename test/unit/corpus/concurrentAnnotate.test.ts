import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import type { SpanDraft } from '../../../src/core/span';
import { annotateCorpus, type CorpusProgress } from '../../../src/corpus/annotateCorpus';
import type { Engine } from '../../../src/engine/engine';

describe('annotateCorpus with several files in flight', () => {
  let dir: string;
  beforeEach(async () => (dir = await fs.mkdtemp(path.join(os.tmpdir(), 'biaozhu-concurrent-'))));
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('returns results in file order whatever order they finish in, and counts progress', async () => {
    const files: string[] = [];
    for (let i = 0; i < 12; i++) {
      files.push(path.join(dir, `${String(i).padStart(2, '0')}.txt`));
      await fs.writeFile(files[i], `第${i}篇：华为`);
    }
    // Earlier files take longer, so they finish last.
    let inFlight = 0;
    let most = 0;
    const engine: Engine = {
      async annotate(text) {
        most = Math.max(most, ++inFlight);
        const n = Number(/第(\d+)篇/.exec(text)![1]);
        await new Promise((r) => setTimeout(r, (12 - n) * 3));
        inFlight--;
        return [{ start: text.indexOf('华为'), end: text.indexOf('华为') + 2, label: 'COMPANY', source: 'test' }] satisfies SpanDraft[];
      },
      dispose: async () => {},
    };
    const progress: CorpusProgress[] = [];
    const results = await annotateCorpus(files, engine, (p) => progress.push(p), undefined, 4);
    assert.deepEqual(results.map((r) => r.file), files);
    assert.ok(results.every((r) => r.written && r.spans?.[0].text === '华为'));
    assert.equal(most, 4);
    assert.deepEqual(progress.map((p) => p.done), files.map((_, i) => i + 1));
    assert.notDeepEqual(progress.map((p) => p.file), files, 'completion order differs from file order');
  });

  it('stops starting files once aborted', async () => {
    const files = await Promise.all(
      [0, 1, 2, 3, 4, 5].map(async (i) => {
        const f = path.join(dir, `${i}.txt`);
        await fs.writeFile(f, '文本');
        return f;
      }),
    );
    const controller = new AbortController();
    const engine: Engine = { annotate: async () => (controller.abort(), []), dispose: async () => {} };
    const results = await annotateCorpus(files, engine, undefined, controller.signal, 2);
    assert.deepEqual(results.map((r) => r.file), files.slice(0, 2));
  });
});
