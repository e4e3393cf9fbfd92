import * as assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { isWhitespace } from '../../../src/formats/sequence';
import { acceptedSpans, annotatedSeeds, cpSlice, runCli, tempDir } from './corpusFixture';

// Each format checked field by field against its documented shape, on the seeds annotated by
// `biaozhu annotate` with every suggestion accepted.

describe('export: each format on the annotated seeds', () => {
  let corpus: string;
  let out: string;
  let expected: Map<string, Array<{ start: number; end: number; label: string; text: string }>>;
  let names: string[];
  const texts = new Map<string, string>();

  before(async () => {
    corpus = await annotatedSeeds();
    out = tempDir('biaozhu-export-');
    expected = await acceptedSpans(corpus);
    names = [...expected.keys()].sort();
    for (const n of names) texts.set(n, readFileSync(path.join(corpus, n), 'utf8'));
    assert.ok([...expected.values()].flat().length > 100, 'the seeds give a real number of spans');
  });

  const exportTo = (format: string, target: string, ...extra: string[]) => {
    const r = runCli(['export', '--format', format, corpus, '-o', path.join(out, target), ...extra]);
    assert.equal(r.code, 0, r.stderr);
    return r;
  };

  it('doccano: one {"text", "label"} line per article, [start, end, LABEL] in code points', () => {
    exportTo('doccano', 'd.jsonl');
    const lines = readFileSync(path.join(out, 'd.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, names.length);
    lines.forEach((rec, i) => {
      assert.deepEqual(Object.keys(rec), ['text', 'label']);
      assert.equal(rec.text, texts.get(names[i]));
      const want = expected.get(names[i])!.map((s) => [s.start, s.end, s.label]);
      assert.deepEqual(rec.label, want);
      for (const [s, e, l] of rec.label) assert.equal(cpSlice(rec.text, s, e), expected.get(names[i])!.find((x) => x.start === s && x.label === l)!.text);
    });
  });

  it('label-studio: task list with data.text and labels results (from_name, to_name, value.start/end/text/labels)', () => {
    exportTo('label-studio', 'ls.json');
    const tasks = JSON.parse(readFileSync(path.join(out, 'ls.json'), 'utf8'));
    assert.ok(Array.isArray(tasks));
    assert.equal(tasks.length, names.length);
    tasks.forEach((task: any, i: number) => {
      assert.deepEqual(Object.keys(task), ['data', 'annotations']);
      assert.equal(task.data.text, texts.get(names[i]));
      assert.equal(task.data.path, names[i]);
      assert.equal(task.annotations.length, 1);
      const result = task.annotations[0].result;
      assert.equal(result.length, expected.get(names[i])!.length);
      result.forEach((item: any, k: number) => {
        const want = expected.get(names[i])![k];
        assert.deepEqual(Object.keys(item), ['id', 'from_name', 'to_name', 'type', 'value']);
        assert.equal(typeof item.id, 'string');
        assert.equal(item.from_name, 'label');
        assert.equal(item.to_name, 'text');
        assert.equal(item.type, 'labels');
        assert.deepEqual(item.value, { start: want.start, end: want.end, text: want.text, labels: [want.label] });
        assert.equal(cpSlice(task.data.text, item.value.start, item.value.end), item.value.text);
      });
    });
  });

  it('spacy: tokens rebuild the text with ws, spans sit on tokens (token_end inclusive), misaligned spans reported', () => {
    const r = exportTo('spacy', 'sp.jsonl');
    const lines = readFileSync(path.join(out, 'sp.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    assert.equal(lines.length, names.length);
    lines.forEach((rec, i) => {
      assert.deepEqual(Object.keys(rec), ['text', 'tokens', 'spans', 'meta']);
      assert.equal(rec.text, texts.get(names[i]));
      assert.equal(rec.tokens.map((t: any) => t.text + (t.ws ? ' ' : '')).join(''), rec.text, "Doc(words, spaces) gives back the text");
      rec.tokens.forEach((t: any, k: number) => {
        assert.deepEqual(Object.keys(t), ['text', 'start', 'end', 'id', 'ws']);
        assert.equal(t.id, k);
        assert.equal(cpSlice(rec.text, t.start, t.end), t.text);
      });
      assert.equal(rec.spans.length, expected.get(names[i])!.length, 'no span dropped');
      rec.spans.forEach((s: any, k: number) => {
        const want = expected.get(names[i])![k];
        assert.deepEqual(Object.keys(s), ['start', 'end', 'token_start', 'token_end', 'label']);
        assert.deepEqual([s.start, s.end, s.label], [want.start, want.end, want.label]);
        assert.equal(rec.tokens[s.token_start].start, s.start);
        assert.equal(rec.tokens[s.token_end].end, s.end);
      });
    });
    const warned = r.stderr.split('\n').filter((l) => l.startsWith('warning:'));
    assert.ok(warned.length > 0, 'the seeds have spans inside jieba words (华为 in 华为公司)');
    assert.ok(warned.every((l) => /is not on segmenter token boundaries/.test(l)));
    assert.match(r.stdout, new RegExp(`${warned.length} spans reported on stderr`));
  });

  it('brat: X.txt is the article, T lines hold label, offsets and text, A lines the status; annotation.conf declares them', () => {
    exportTo('brat', 'brat');
    const dir = path.join(out, 'brat');
    assert.deepEqual(readdirSync(dir).sort(), ['annotation.conf', ...names.flatMap((n) => [n.replace(/\.txt$/, '.ann'), n])].sort());
    for (const n of names) {
      const text = readFileSync(path.join(dir, n), 'utf8');
      assert.equal(text, texts.get(n));
      const lines = readFileSync(path.join(dir, n.replace(/\.txt$/, '.ann')), 'utf8').trimEnd().split('\n');
      const t = lines.filter((l) => l.startsWith('T'));
      assert.equal(t.length, expected.get(n)!.length);
      t.forEach((line, k) => {
        const want = expected.get(n)![k];
        assert.equal(line, `T${k + 1}\t${want.label} ${want.start} ${want.end}\t${want.text}`);
        assert.equal(cpSlice(text, want.start, want.end), want.text);
      });
      assert.deepEqual(lines.filter((l) => l.startsWith('A')), t.map((_, k) => `A${k + 1}\tStatus T${k + 1} accepted`));
      for (const note of lines.filter((l) => l.startsWith('#'))) assert.match(note, /^#\d+\tAnnotatorNotes T\d+\t\{.*\}$/);
    }
    const conf = readFileSync(path.join(dir, 'annotation.conf'), 'utf8');
    for (const label of ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT']) assert.match(conf, new RegExp(`^${label}$`, 'm'));
    assert.match(conf, /^Status\tArg:<ENTITY>, Value:accepted\|suggested$/m);
  });

  it('conll: one code point a line with a BIO tag, no whitespace lines, tags give back the spans', () => {
    exportTo('conll', 'c.conll');
    const docs = readFileSync(path.join(out, 'c.conll'), 'utf8').split('-DOCSTART- O\n\n').slice(1);
    assert.equal(docs.length, names.length);
    docs.forEach((doc, i) => {
      const text = texts.get(names[i])!;
      const rows = doc.split('\n').filter((l) => l !== '');
      for (const row of rows) assert.match(row, /^\S (O|[BI]-[A-Z]+)$/u);
      const chars = rows.map((r) => Array.from(r)[0]);
      assert.equal(chars.join(''), Array.from(text).filter((c) => !isWhitespace(c)).join(''));
      // Rebuild spans from the tags over the article's non-whitespace positions.
      const visible = Array.from(text).flatMap((c, k) => (isWhitespace(c) ? [] : [k]));
      const spans: Array<{ start: number; end: number; label: string }> = [];
      rows.forEach((r, k) => {
        const tag = r.slice(r.indexOf(' ') + 1);
        if (tag.startsWith('B-')) spans.push({ start: visible[k], end: visible[k] + 1, label: tag.slice(2) });
        else if (tag.startsWith('I-')) {
          assert.equal(spans[spans.length - 1].label, tag.slice(2), `I- continues a span at row ${k}`);
          spans[spans.length - 1].end = visible[k] + 1;
        }
      });
      assert.deepEqual(spans, expected.get(names[i])!.map(({ start, end, label }) => ({ start, end, label })));
    });
  });

  it('conll --scheme bioes: single-character spans are S-, longer ones end in E-', () => {
    exportTo('conll', 'e.conll', '--scheme', 'bioes');
    const tags = readFileSync(path.join(out, 'e.conll'), 'utf8').split('\n').filter((l) => l && !l.startsWith('-DOCSTART-')).map((l) => l.split(' ')[1]);
    assert.ok(tags.some((t) => t.startsWith('E-')));
    tags.forEach((t, k) => {
      if (t.startsWith('B-')) assert.match(tags[k + 1], /^[IE]-/);
      if (t.startsWith('E-') || t.startsWith('S-')) assert.ok(!/^[IE]-/.test(tags[k + 1] ?? 'O'));
    });
  });

  it('hf: rows {id, tokens, ner_tags} with ids into labels.json, one character per token', () => {
    exportTo('hf', 'hf');
    const labels = JSON.parse(readFileSync(path.join(out, 'hf/labels.json'), 'utf8'));
    assert.deepEqual(labels.labels, ['O', 'B-COMPANY', 'I-COMPANY', 'B-OFFICIAL', 'I-OFFICIAL', 'B-DATE', 'I-DATE', 'B-AMOUNT', 'I-AMOUNT']);
    labels.labels.forEach((l: string, i: number) => {
      assert.equal(labels.id2label[String(i)], l);
      assert.equal(labels.label2id[l], i);
    });
    const rows = readFileSync(path.join(out, 'hf/data.jsonl'), 'utf8').trimEnd().split('\n').map((l) => JSON.parse(l));
    for (const name of names) {
      const mine = rows.filter((r) => r.id.startsWith(name + '#'));
      assert.ok(mine.length > 1, 'one row per sentence');
      mine.forEach((r, k) => {
        assert.deepEqual(Object.keys(r), ['id', 'tokens', 'ner_tags']);
        assert.equal(r.id, `${name}#${k}`);
        assert.equal(r.tokens.length, r.ner_tags.length);
        for (const t of r.tokens) assert.equal(Array.from(t).length, 1);
        for (const id of r.ner_tags) assert.ok(Number.isInteger(id) && id >= 0 && id < labels.labels.length);
      });
      assert.equal(mine.flatMap((r) => r.tokens).join(''), Array.from(texts.get(name)!).filter((c) => !isWhitespace(c)).join(''));
      const begins = mine.flatMap((r) => r.ner_tags).filter((id: number) => labels.id2label[id].startsWith('B-')).length;
      assert.equal(begins, expected.get(name)!.length);
    }
  });

  it('is deterministic: the same export twice gives the same bytes', () => {
    for (const format of ['doccano', 'label-studio', 'spacy', 'conll']) {
      exportTo(format, `${format}.1`);
      exportTo(format, `${format}.2`);
      assert.equal(readFileSync(path.join(out, `${format}.1`), 'utf8'), readFileSync(path.join(out, `${format}.2`), 'utf8'), format);
    }
  });
});
