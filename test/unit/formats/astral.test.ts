import * as assert from 'node:assert/strict';
import { readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { acceptedSpans, runCli, tempDir, writeArticle } from './corpusFixture';

// Characters outside the BMP (😀 U+1F600, 𠮷 U+20BB7) before the spans, CRLF and full-width
// digits: every format counts one code point per character. Offsets below are worked out by hand:
// 😀0 𠮷1 ␠2 华3 为4 公5 司6 与7 百8 度9 集10 团11 \r12 \n13 于14 2025年5月15日 15-25 签25 ... ５０亿元 30-34
const TEXT = '😀𠮷 华为公司与百度集团\r\n于2025年5月15日签约，金额５０亿元。';

describe('export: code points outside the BMP, CRLF, statuses and filters', () => {
  let dir: string;
  let out: string;
  before(async () => {
    dir = tempDir('biaozhu-astral-');
    out = tempDir('biaozhu-astral-out-');
    await writeArticle(dir, 'a.txt', TEXT, [
      { text: '华为', label: 'COMPANY', status: 'accepted' },
      { text: '百度集团', label: 'COMPANY', status: 'suggested' },
      { text: '2025年5月15日', label: 'DATE', status: 'accepted' },
      { text: '５０亿元', label: 'AMOUNT', status: 'rejected' },
    ]);
  });
  const run = (...args: string[]) => {
    const r = runCli(['export', dir, ...args]);
    assert.equal(r.code, 0, r.stderr);
    return r;
  };
  const jsonl = (file: string) => readFileSync(path.join(out, file), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));

  it('doccano counts 😀 and 𠮷 as one each; accepted only by default', () => {
    run('--format', 'doccano', '-o', path.join(out, 'd.jsonl'));
    assert.deepEqual(jsonl('d.jsonl')[0].label, [
      [3, 5, 'COMPANY'],
      [15, 25, 'DATE'],
    ]);
  });

  it('doccano --offsets utf16 counts code units as doccano\'s web UI does, and reads them back', async () => {
    run('--format', 'doccano', '-o', path.join(out, 'u.jsonl'), '--offsets', 'utf16');
    assert.deepEqual(jsonl('u.jsonl')[0].label, [
      [5, 7, 'COMPANY'],
      [17, 27, 'DATE'],
    ]);
    const fresh = tempDir('biaozhu-astral-utf16-');
    await writeArticle(fresh, 'a.txt', TEXT, []);
    const r = runCli(['import', '--format', 'doccano', '--offsets', 'utf16', '--into', fresh, path.join(out, 'u.jsonl')]);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(await acceptedSpans(fresh), await acceptedSpans(dir));
  });

  it('--status all adds the suggestion, never the rejected span; --labels filters', () => {
    run('--format', 'doccano', '-o', path.join(out, 'all.jsonl'), '--status', 'all');
    assert.deepEqual(jsonl('all.jsonl')[0].label, [
      [3, 5, 'COMPANY'],
      [8, 12, 'COMPANY'],
      [15, 25, 'DATE'],
    ]);
    run('--format', 'doccano', '-o', path.join(out, 'date.jsonl'), '--labels', 'DATE');
    assert.deepEqual(jsonl('date.jsonl')[0].label, [[15, 25, 'DATE']]);
  });

  it('--reviewed-only leaves out an article not marked reviewed', () => {
    const r = run('--format', 'doccano', '-o', path.join(out, 'rev.jsonl'), '--reviewed-only');
    assert.match(r.stdout, /^0 articles, 0 spans .*left out: 1 not reviewed/);
    assert.equal(readFileSync(path.join(out, 'rev.jsonl'), 'utf8'), '');
  });

  it('stale spans are never exported; --reviewed-only keeps reviewed articles', async () => {
    const d = tempDir('biaozhu-stale-');
    const file = await writeArticle(d, 's.txt', '今天华为公司与百度集团在济南签约。', [
      { text: '华为', label: 'COMPANY', status: 'accepted' },
      { text: '百度', label: 'COMPANY', status: 'accepted' },
    ], true);
    writeFileSync(file, '今天华为公司与京东集团在济南签约。'); // 百度 is gone: its span turns stale
    const r = runCli(['export', '--format', 'doccano', d, '-o', path.join(out, 'stale.jsonl'), '--reviewed-only']);
    assert.equal(r.code, 0, r.stderr);
    assert.deepEqual(jsonl('stale.jsonl')[0].label, [[2, 4, 'COMPANY']]);
  });

  it('label-studio: code-point value.start/end; with --status all the suggestion is a prediction', () => {
    run('--format', 'label-studio', '-o', path.join(out, 'ls.json'), '--status', 'all');
    const [task] = JSON.parse(readFileSync(path.join(out, 'ls.json'), 'utf8'));
    assert.deepEqual(
      task.annotations[0].result.map((r: any) => r.value),
      [
        { start: 3, end: 5, text: '华为', labels: ['COMPANY'] },
        { start: 15, end: 25, text: '2025年5月15日', labels: ['DATE'] },
      ],
    );
    assert.equal(task.predictions[0].model_version, 'biaozhu');
    assert.deepEqual(task.predictions[0].result.map((r: any) => r.value), [{ start: 8, end: 12, text: '百度集团', labels: ['COMPANY'] }]);
  });

  it('brat: T offsets in code points over the .txt written as is (CRLF kept)', () => {
    run('--format', 'brat', '-o', path.join(out, 'brat'));
    assert.equal(readFileSync(path.join(out, 'brat/a.txt'), 'utf8'), TEXT);
    assert.equal(readFileSync(path.join(out, 'brat/a.ann'), 'utf8'), 'T1\tCOMPANY 3 5\t华为\nA1\tStatus T1 accepted\nT2\tDATE 15 25\t2025年5月15日\nA2\tStatus T2 accepted\n');
  });

  it('conll: 😀 and 𠮷 are one line each, whitespace and CRLF are not written, sentences end at the line break and 。', () => {
    run('--format', 'conll', '-o', path.join(out, 'c.conll'));
    const sentences = readFileSync(path.join(out, 'c.conll'), 'utf8').split('\n\n').filter(Boolean);
    assert.equal(sentences[0], '-DOCSTART- O');
    assert.deepEqual(sentences[1].split('\n'), ['😀 O', '𠮷 O', '华 B-COMPANY', '为 I-COMPANY', '公 O', '司 O', '与 O', '百 O', '度 O', '集 O', '团 O']);
    assert.equal(sentences[2].split('\n')[1], '2 B-DATE');
    assert.equal(sentences.length, 3);
  });

  it('hf and spacy: 😀 is one token of one code point', () => {
    run('--format', 'hf', '-o', path.join(out, 'hf'));
    const rows = readFileSync(path.join(out, 'hf/data.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.deepEqual(rows[0].tokens.slice(0, 4), ['😀', '𠮷', '华', '为']);
    assert.deepEqual(rows[0].ner_tags.slice(0, 4), [0, 0, 1, 2]);
    run('--format', 'spacy', '-o', path.join(out, 'sp.jsonl'));
    const [rec] = jsonl('sp.jsonl');
    const emoji = rec.tokens.find((t: any) => t.text.includes('😀'));
    assert.equal(emoji.start, 0);
    assert.equal(rec.tokens.find((t: any) => t.text === '华为').start, 3);
    assert.deepEqual(rec.spans[0], { start: 3, end: 5, token_start: rec.tokens.findIndex((t: any) => t.text === '华为'), token_end: rec.tokens.findIndex((t: any) => t.text === '华为'), label: 'COMPANY' });
  });

  for (const [format, target] of [
    ['doccano', 'rt.jsonl'],
    ['label-studio', 'rt.json'],
    ['brat', 'rt-brat'],
    ['conll', 'rt.conll'],
  ]) {
    it(`${format}: export then import into the bare article gives back the same spans`, async () => {
      run('--format', format, '-o', path.join(out, target));
      const fresh = tempDir('biaozhu-astral-fresh-');
      await writeArticle(fresh, 'a.txt', TEXT, []);
      const r = runCli(['import', '--format', format, '--into', fresh, path.join(out, target)]);
      assert.equal(r.code, 0, r.stderr);
      assert.deepEqual(await acceptedSpans(fresh), await acceptedSpans(dir));
    });
  }
});
