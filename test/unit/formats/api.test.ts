import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { exportCorpus } from '../../../src/corpus/exportCorpus';
import { importCorpus } from '../../../src/corpus/importCorpus';
import { OffsetMap } from '../../../src/core/offsets';
import { makeSpan } from '../../../src/core/span';
import { renderExport } from '../../../src/formats/render';
import type { CorpusProgress } from '../../../src/corpus/annotateCorpus';
import { annotatedSeeds, copySeeds, sidecarBytes, tempDir } from './corpusFixture';

// The functions the editor calls: progress per article, AbortSignal, pure rendering.

describe('export/import API', () => {
  let corpus: string;
  before(async () => {
    corpus = await annotatedSeeds();
  });

  it('exportCorpus reports progress per article and a summary', async () => {
    const seen: CorpusProgress[] = [];
    const out = path.join(tempDir(), 'd.jsonl');
    const report = await exportCorpus({ format: 'doccano', paths: [corpus], out }, (p) => seen.push(p));
    assert.deepEqual(seen.map((p) => [p.done, p.total]), [1, 2, 3, 4, 5].map((d) => [d, 5]));
    assert.equal(report.articles, 5);
    assert.deepEqual(report.written, [path.resolve(out)]);
  });

  it('an aborted export writes nothing', async () => {
    const out = path.join(tempDir(), 'd.jsonl');
    const controller = new AbortController();
    const run = exportCorpus({ format: 'doccano', paths: [corpus], out }, (p) => p.done === 2 && controller.abort(), controller.signal);
    await assert.rejects(run, { name: 'AbortError' });
    assert.equal(existsSync(out), false);
  });

  it('an aborted import writes no sidecar', async () => {
    const out = path.join(tempDir(), 'd.jsonl');
    await exportCorpus({ format: 'doccano', paths: [corpus], out });
    const fresh = copySeeds();
    const controller = new AbortController();
    const run = importCorpus({ format: 'doccano', paths: [out], into: fresh }, (p) => p.done === 3 && controller.abort(), controller.signal);
    await assert.rejects(run, { name: 'AbortError' });
    assert.equal(sidecarBytes(fresh).size, 0);
  });

  it('renderExport is pure: the same documents in any order give the same bytes', () => {
    const text = '华为与百度';
    const map = new OffsetMap(text);
    const docs = ['b.txt', 'a.txt'].map((p) => ({ path: p, text, spans: [makeSpan({ start: 0, end: 2, label: 'COMPANY', source: 't' }, map, 'accepted')] }));
    for (const format of ['doccano', 'label-studio', 'conll', 'hf', 'brat'] as const) {
      assert.deepEqual(renderExport(format, docs), renderExport(format, [...docs].reverse()), format);
    }
    assert.throws(() => renderExport('spacy', docs), /no segmenter tokens/);
  });
});
