import * as assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { sha256 } from '../../../src/core/hash';
import * as path from 'node:path';
import { annotatedSeeds, copyDir, runCli, sidecarBytes, tempDir } from './corpusFixture';

// A malformed import file is reported with its file and line, and no sidecar changes.

describe('import: validation before any write', () => {
  let corpus: string;
  let text: string;
  before(async () => {
    corpus = await annotatedSeeds();
    text = readFileSync(path.join(corpus, '001_afa13af99b4ee5a9.txt'), 'utf8');
  });

  const refused = (format: string, file: string, expect: RegExp) => {
    const dir = copyDir(corpus);
    const before = sidecarBytes(dir);
    const r = runCli(['import', '--format', format, '--into', dir, file]);
    assert.equal(r.code, 1, r.stdout);
    assert.match(r.stderr, /import refused, nothing was written/);
    assert.match(r.stderr, expect);
    assert.deepEqual(sidecarBytes(dir), before, 'sidecars byte-identical');
  };

  it('doccano: one good record and one with offsets past the text → nothing written, line named', () => {
    const file = path.join(tempDir(), 'bad.jsonl');
    writeFileSync(file, [JSON.stringify({ text, label: [[0, 2, 'COMPANY']] }), JSON.stringify({ text, label: [[5, 99999, 'DATE']] }), '{not json'].join('\n') + '\n');
    refused('doccano', file, new RegExp(`${file.replace(/[.]/g, '\\.')}:2: span 1: offsets 5-99999 are not a span inside the text`));
    refused('doccano', file, /bad\.jsonl:3: invalid JSON/);
  });

  it('label-studio: value.text that does not match the offsets (UTF-16 offsets after an emoji) is refused', () => {
    const t = '😀华为公司';
    const file = path.join(tempDir(), 'bad.json');
    // 华为 is at code points 1-3; a UTF-16 counter would say 2-4.
    writeFileSync(file, JSON.stringify([{ data: { text: t }, annotations: [{ result: [{ type: 'labels', from_name: 'label', to_name: 'text', value: { start: 2, end: 4, text: '华为', labels: ['COMPANY'] } }] }] }]));
    refused('label-studio', file, /task\[0\]\.annotations\[0\]\.result\[0\]: text "华为" does not match "为公" at 2-4 \(offsets must count Unicode code points\)/);
  });

  it('conll: an I- tag that continues nothing is refused with its line', () => {
    const file = path.join(tempDir(), 'bad.conll');
    writeFileSync(file, '-DOCSTART- O\n\n华 O\n为 I-COMPANY\n');
    refused('conll', file, /bad\.conll:4: I-COMPANY does not continue a COMPANY span/);
  });

  it('brat: a malformed T line is refused with its line', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'x.txt'), text);
    writeFileSync(path.join(dir, 'x.ann'), 'T1\tCOMPANY 0 2\t' + Array.from(text).slice(0, 2).join('') + '\nT2 COMPANY zero two\n');
    refused('brat', path.join(dir, 'x.ann'), /x\.ann:2: not a brat annotation line/);
  });

  it('an import file that is not UTF-8 (GBK) is refused by name', () => {
    const file = path.join(tempDir(), 'gbk.jsonl');
    writeFileSync(file, Buffer.concat([Buffer.from('{"text": "'), Buffer.from([0xbb, 0xaa, 0xce, 0xaa]), Buffer.from('", "label": []}\n')]));
    refused('doccano', file, /gbk\.jsonl: not valid UTF-8/);
  });

  it('a document whose text matches no article is refused unless --create-articles', () => {
    const file = path.join(tempDir(), 'new.jsonl');
    writeFileSync(file, JSON.stringify({ text: '华为公司发布新品。', label: [[0, 2, 'COMPANY']] }) + '\n');
    refused('doccano', file, /new\.jsonl:1: its text \("华为公司发布新品。"\.\.\.\) matches no article/);
    const dir = copyDir(corpus);
    const r = runCli(['import', '--format', 'doccano', '--into', dir, '--create-articles', file]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /1 articles created/);
    const created = path.join(dir, 'imported', `${sha256('华为公司发布新品。').slice(0, 12)}.txt`);
    assert.equal(readFileSync(created, 'utf8'), '华为公司发布新品。');
    const spans = JSON.parse(readFileSync(created + '.ann.json', 'utf8')).spans;
    assert.deepEqual(spans.map((s: any) => [s.start, s.end, s.label, s.text, s.status]), [[0, 2, 'COMPANY', '华为', 'accepted']]);
  });

  it('an invalid existing sidecar stops the import and is not overwritten', () => {
    const dir = copyDir(corpus);
    const target = path.join(dir, '001_afa13af99b4ee5a9.txt.ann.json');
    writeFileSync(target, '{"version": 1, "broken": true}');
    const file = path.join(tempDir(), 'ok.jsonl');
    writeFileSync(file, JSON.stringify({ text, label: [[0, 2, 'COMPANY']] }) + '\n');
    const before = sidecarBytes(dir);
    const r = runCli(['import', '--format', 'doccano', '--into', dir, file]);
    assert.equal(r.code, 1);
    assert.match(r.stderr, /001_afa13af99b4ee5a9\.txt\.ann\.json: not a valid Biaozhu sidecar/);
    assert.deepEqual(sidecarBytes(dir), before);
  });

  it('brat files exported inside the corpus are not taken for articles', () => {
    const dir = copyDir(corpus);
    assert.equal(runCli(['export', '--format', 'brat', dir, '-o', path.join(dir, 'brat')]).code, 0);
    const r = runCli(['import', '--format', 'brat', '--into', dir, path.join(dir, 'brat')]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /0 sidecars written/);
    assert.equal(readdirSync(path.join(dir, 'brat')).filter((f) => f.endsWith('.ann.json')).length, 0);
  });

  it('a folder argument imports every file of the format in it', () => {
    const dir = copyDir(corpus);
    const inputs = tempDir();
    mkdirSync(path.join(inputs, 'sub'));
    assert.equal(runCli(['export', '--format', 'doccano', corpus, '-o', path.join(inputs, 'sub', 'a.jsonl')]).code, 0);
    const r = runCli(['import', '--format', 'doccano', '--into', dir, inputs]);
    assert.equal(r.code, 0, r.stderr);
    assert.match(r.stdout, /^5 documents: 0 spans imported/);
  });
});
