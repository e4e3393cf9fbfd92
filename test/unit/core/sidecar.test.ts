import * as assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { promisify } from 'node:util';
import { atomicWriteHooks } from '../../../src/core/atomicWrite';
import { sha256 } from '../../../src/core/hash';
import { OffsetMap } from '../../../src/core/offsets';
import { buildSidecar, parseSidecar, readSidecar, serializeSidecar, SidecarError, sidecarPath, writeSidecar } from '../../../src/core/sidecar';
import { makeSpan, type Span } from '../../../src/core/span';
import { tempDir } from '../helpers/tempDir';

const TEXT = '\uFEFF'.slice(1) + '😀2025年5月15日，华为投资５０亿元。\r\n𠮷野家的刘强说。';

function spansOf(text: string): Span[] {
  const map = new OffsetMap(text);
  return [
    makeSpan({ start: 16, end: 20, label: 'AMOUNT', source: 'rule:amount', attrs: { value: 5e9, unit: 'CNY' } }, map),
    makeSpan({ start: 1, end: 11, label: 'DATE', source: 'rule:date', attrs: { value: '2025-05-15' } }, map, 'accepted'),
    makeSpan({ start: 12, end: 14, label: 'COMPANY', source: 'manual' }, map, 'rejected'),
  ];
}

describe('sidecar', () => {
  it('names the sidecar after the article', () => {
    assert.equal(sidecarPath('dir/x.txt'), 'dir/x.txt.ann.json');
  });

  it('records path, hash of the text and length in code points; spans sorted with their exact text', () => {
    const doc = buildSidecar('news/a.txt', TEXT, spansOf(TEXT));
    assert.deepEqual(doc.document, { path: 'a.txt', sha256: sha256(TEXT), length: [...TEXT].length });
    assert.deepEqual(doc.spans.map((s) => [s.start, s.label, s.text]), [
      [1, 'DATE', '2025年5月15日'],
      [12, 'COMPANY', '华为'],
      [16, 'AMOUNT', '５０亿元'],
    ]);
  });

  it('round-trips through disk, and the same annotations give the same bytes', async () => {
    const dir = tempDir('biaozhu-sidecar-');
    const file = path.join(dir, 'a.txt.ann.json');
    await writeSidecar(file, buildSidecar('a.txt', TEXT, spansOf(TEXT)));
    const first = await fs.readFile(file, 'utf8');
    const read = await readSidecar(file);
    assert.deepEqual(read, buildSidecar('a.txt', TEXT, spansOf(TEXT)));
    await writeSidecar(file, buildSidecar('a.txt', TEXT, [...spansOf(TEXT)].reverse()));
    assert.equal(await fs.readFile(file, 'utf8'), first);
    // one span a line, so a git diff of one change is one line
    const spanLines = first.split('\n').filter((l) => l.trimStart().startsWith('{"id"'));
    assert.equal(spanLines.length, 3);
    assert.equal(serializeSidecar(read!), first);
  });

  it('reports invalid JSON with the file name and never overwrites it', async () => {
    const dir = tempDir('biaozhu-sidecar-');
    const file = path.join(dir, 'a.txt.ann.json');
    const broken = '{"version": 1, "spans": [\n';
    await fs.writeFile(file, broken);
    await assert.rejects(readSidecar(file), (err: SidecarError) => {
      assert.ok(err instanceof SidecarError);
      assert.ok(err.message.startsWith(`${file}: invalid JSON`), err.message);
      return true;
    });
    await assert.rejects(writeSidecar(file, buildSidecar('a.txt', TEXT, [])), SidecarError);
    assert.equal(await fs.readFile(file, 'utf8'), broken);
    assert.deepEqual(await fs.readdir(dir), ['a.txt.ann.json']);
  });

  it('reports schema violations field by field and leaves the file untouched', async () => {
    const dir = tempDir('biaozhu-sidecar-');
    const file = path.join(dir, 'a.txt.ann.json');
    const good = JSON.parse(serializeSidecar(buildSidecar('a.txt', TEXT, spansOf(TEXT))));
    good.spans[0].status = 'maybe';
    good.spans[2].label = 'company';
    const bad = JSON.stringify(good);
    await fs.writeFile(file, bad);
    await assert.rejects(readSidecar(file), (err: Error) => {
      assert.match(err.message, /not a valid Biaozhu sidecar/);
      assert.match(err.message, /spans\.0\.status/);
      assert.match(err.message, /spans\.2\.label: a label is an upper-case name/);
      return true;
    });
    await assert.rejects(writeSidecar(file, buildSidecar('a.txt', TEXT, [])), SidecarError);
    assert.equal(await fs.readFile(file, 'utf8'), bad);
  });

  it('rejects a span that ends past the document', () => {
    const doc = JSON.parse(serializeSidecar(buildSidecar('a.txt', TEXT, spansOf(TEXT))));
    doc.spans[1].end = 999;
    assert.throws(() => parseSidecar('a.json', JSON.stringify(doc)), /a\.json: .*spans\.1\.end: past the document length/);
  });

  it('rejects a span whose start is not before its end, and duplicate ids', () => {
    const doc = JSON.parse(serializeSidecar(buildSidecar('a.txt', TEXT, spansOf(TEXT))));
    doc.spans[0].end = doc.spans[0].start;
    doc.spans[2].id = doc.spans[1].id;
    assert.throws(() => parseSidecar('a.json', JSON.stringify(doc)), /spans\.0\.end: start must be less than end.*spans\.2\.id: duplicate id/s);
  });

  it('keeps the previous sidecar when a write fails before the rename', async () => {
    const dir = tempDir('biaozhu-sidecar-');
    const file = path.join(dir, 'a.txt.ann.json');
    await writeSidecar(file, buildSidecar('a.txt', TEXT, spansOf(TEXT)));
    const before = await fs.readFile(file, 'utf8');
    atomicWriteHooks.beforeRename = () => {
      throw new Error('disk full');
    };
    try {
      await assert.rejects(writeSidecar(file, buildSidecar('a.txt', TEXT, [])), /disk full/);
    } finally {
      delete atomicWriteHooks.beforeRename;
    }
    assert.equal(await fs.readFile(file, 'utf8'), before);
    assert.deepEqual(await fs.readdir(dir), ['a.txt.ann.json'], 'the temporary file is cleaned up');
  });

  it('keeps the previous sidecar when the process is killed half way through a write', async () => {
    const dir = tempDir('biaozhu-sidecar-');
    const file = path.join(dir, 'a.txt.ann.json');
    await writeSidecar(file, buildSidecar('a.txt', TEXT, spansOf(TEXT)));
    const before = await fs.readFile(file, 'utf8');
    const modules = path.join(__dirname, '../../../src/core');
    const script = `
      const { atomicWriteHooks, writeFileAtomic } = require(${JSON.stringify(path.join(modules, 'atomicWrite.js'))});
      atomicWriteHooks.beforeRename = () => process.kill(process.pid, 'SIGKILL');
      writeFileAtomic(${JSON.stringify(file)}, '{"half": ');`;
    await assert.rejects(promisify(execFile)(process.execPath, ['-e', script]), (err: { signal?: string }) => err.signal === 'SIGKILL');
    assert.equal(await fs.readFile(file, 'utf8'), before);
    assert.deepEqual(await readSidecar(file), buildSidecar('a.txt', TEXT, spansOf(TEXT)));
  });
});
