import * as assert from 'node:assert/strict';
import { promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import { OffsetMap } from '../../../src/core/offsets';
import { makeSpan, type Span } from '../../../src/core/span';
import { createEngine, type ProjectEngine } from '../../../src/engine/engine';
import {
  emptyLexicon,
  learnFromSpans,
  lexiconPath,
  lexiconWords,
  loadLexicon,
  saveLexicon,
  LexiconError,
  type Lexicon,
} from '../../../src/engine/lexicon/lexicon';

/** A span over `text` at the first occurrence of `needle` (code points), with a status. */
function spanAt(text: string, needle: string, label: string, status: Span['status'], attrs?: Span['attrs'], from = 0): Span {
  const map = new OffsetMap(text);
  const u = text.indexOf(needle, map.toUtf16(from));
  assert.ok(u >= 0, `${needle} not in text`);
  const start = map.toCodePoint(u);
  return makeSpan({ start, end: start + [...needle].length, label, source: 'manual', attrs }, map, status);
}

describe('project lexicon', () => {
  let dir: string;
  beforeEach(async () => (dir = await fs.mkdtemp(path.join(os.tmpdir(), 'biaozhu-lexicon-'))));
  afterEach(() => fs.rm(dir, { recursive: true, force: true }));

  it('learns accepted spans as entries (identity attributes only) and rejected ones with their context', () => {
    const text = '😀记者从鲸落标注坊获悉，董事长𠮷大海说2025年';
    const lexicon = learnFromSpans(emptyLexicon(), text, [
      spanAt(text, '鲸落标注坊', 'COMPANY', 'accepted', { canonical: '鲸落标注坊有限公司' }),
      spanAt(text, '𠮷大海', 'OFFICIAL', 'accepted', { title: '董事长', org: '鲸落标注坊' }),
      spanAt(text, '2025年', 'DATE', 'accepted', { value: '2025' }),
      spanAt(text, '获悉', 'COMPANY', 'rejected'),
      { ...spanAt(text, '记者', 'COMPANY', 'accepted'), stale: true },
      spanAt(text, '董事长', 'OFFICIAL', 'suggested'),
    ]);
    assert.deepEqual(lexicon.entries, [
      { text: '鲸落标注坊', label: 'COMPANY', attrs: { canonical: '鲸落标注坊有限公司' } },
      { text: '2025年', label: 'DATE' },
      { text: '𠮷大海', label: 'OFFICIAL', attrs: { title: '董事长', org: '鲸落标注坊' } },
    ]);
    // Four code points either side (the emoji is one).
    assert.deepEqual(lexicon.rejected, [{ text: '获悉', label: 'COMPANY', context: ['落标注坊', '，董事长'] }]);
    assert.deepEqual(lexiconWords(lexicon), [
      { word: '鲸落标注坊', tag: 'nt' },
      { word: '𠮷大海', tag: 'nr' },
    ]);
  });

  it('learning the same spans again changes nothing, and a known entry keeps its attributes', () => {
    const text = '鲸落标注坊和鲸落标注坊';
    const first = learnFromSpans(emptyLexicon(), text, [spanAt(text, '鲸落标注坊', 'COMPANY', 'accepted', { canonical: 'A' })]);
    const again = learnFromSpans(first, text, [spanAt(text, '鲸落标注坊', 'COMPANY', 'accepted', { canonical: 'B' }, 5)]);
    assert.deepEqual(again, first);
  });

  it('round-trips through .biaozhu/lexicon.json, deterministic, written only on change', async () => {
    assert.deepEqual(await loadLexicon(dir), emptyLexicon());
    assert.equal(await saveLexicon(dir, emptyLexicon()), false, 'an empty lexicon creates no file');
    const lexicon: Lexicon = {
      version: 1,
      entries: [
        { text: '鲸落标注坊', label: 'COMPANY', attrs: { canonical: '鲸落标注坊有限公司' } },
        { text: '刘强', label: 'OFFICIAL', attrs: { title: '市委书记', org: '济南市' } },
        { text: '北辰', label: 'COMPANY' },
      ],
      rejected: [{ text: '今年', label: 'DATE', context: ['\r\n', '，'] }],
    };
    assert.equal(await saveLexicon(dir, lexicon), true);
    const bytes = await fs.readFile(lexiconPath(dir), 'utf8');
    assert.equal(
      bytes,
      '{\n  "version": 1,\n  "entries": [\n' +
        '    {"text":"北辰","label":"COMPANY"},\n' +
        '    {"text":"鲸落标注坊","label":"COMPANY","attrs":{"canonical":"鲸落标注坊有限公司"}},\n' +
        '    {"text":"刘强","label":"OFFICIAL","attrs":{"org":"济南市","title":"市委书记"}}\n' +
        '  ],\n  "rejected": [\n' +
        '    {"text":"今年","label":"DATE","context":["\\r\\n","，"]}\n' +
        '  ]\n}\n',
    );
    const loaded = await loadLexicon(dir);
    assert.equal(loaded.entries.length, 3);
    assert.equal(await saveLexicon(dir, loaded), false, 'same content, no write');
    assert.equal(await fs.readFile(lexiconPath(dir), 'utf8'), bytes);
  });

  for (const [what, content, problem] of [
    ['broken JSON', '{"version": 1, "entries": [', /invalid JSON/],
    ['an invalid entry', '{"version":1,"entries":[{"text":"华为","label":"company"}],"rejected":[]}', /entries\.0\.label/],
  ] as const) {
    it(`reports ${what} naming the file and never overwrites it`, async () => {
      const file = lexiconPath(dir);
      await fs.mkdir(path.dirname(file));
      await fs.writeFile(file, content);
      await assert.rejects(loadLexicon(dir), (err: Error) => err instanceof LexiconError && err.message.startsWith(file) && problem.test(err.message));
      await assert.rejects(saveLexicon(dir, { version: 1, entries: [{ text: '华为', label: 'COMPANY' }], rejected: [] }), LexiconError);
      assert.equal(await fs.readFile(file, 'utf8'), content);
    });
  }

  describe('in the engine', function () {
    this.timeout(60000);
    let engine: ProjectEngine;
    afterEach(() => engine?.dispose());
    const lexicon: Lexicon = {
      version: 1,
      entries: [
        { text: '鲸落标注坊', label: 'COMPANY', attrs: { canonical: '鲸落标注坊有限公司' } },
        { text: '中兴', label: 'COMPANY' },
        { text: '刘强', label: 'OFFICIAL', attrs: { title: '市委书记', org: '济南市' } },
      ],
      rejected: [{ text: '鲸落标注坊', label: 'COMPANY', context: ['记者从', '获悉'] }],
    };
    const found = (spans: Awaited<ReturnType<ProjectEngine['annotate']>>, text: string) =>
      spans.filter((s) => s.source === 'lexicon').map((s) => `${new OffsetMap(text).slice(s.start, s.end)}@${s.start}`);

    it('suggests accepted entries wherever they recur, whole words only, not where rejected in the same context', async () => {
      engine = createEngine({ lexicon });
      const text = '😀鲸落标注坊发布新品。𠮷记者从鲸落标注坊获悉：中兴与鲸落标注坊合作，\r\n高中兴趣小组参观。';
      const spans = await engine.annotate(text);
      const at = (needle: string, from = 0) => `${needle}@${new OffsetMap(text).toCodePoint(text.indexOf(needle, from))}`;
      // Not after 记者从 (rejected there), not the 中兴 inside 高中/兴趣.
      assert.deepEqual(found(spans, text), [at('鲸落标注坊'), at('中兴'), at('鲸落标注坊', text.indexOf('中兴'))]);
      const first = spans.find((s) => s.source === 'lexicon')!;
      assert.deepEqual(first.attrs, { canonical: '鲸落标注坊有限公司' });
    });

    it('does not suggest a known name at the start of a longer name jieba splits', async () => {
      engine = createEngine({ lexicon });
      const text = '市委书记刘强说，京东创始人刘强东表示，刘强在会上。';
      const names = (await engine.annotate(text)).filter((s) => s.source === 'lexicon').map((s) => `${text.slice(s.start, s.end)}@${s.start}`);
      assert.deepEqual(names, [`刘强@4`, `刘强@${text.lastIndexOf('刘强')}`]);
    });

    it('does not suggest a company where its name is read as something else, nor an official in a byline', async () => {
      const entries = ['京东', '腾讯', '中国移动'].map((text) => ({ text, label: 'COMPANY' }));
      engine = createEngine({ lexicon: { version: 1, entries: [...entries, { text: '赵敏', label: 'OFFICIAL' }], rejected: [] } });
      const text = '京东App同比增长12%，腾讯元宝为0.73亿，中国移动互联网用户规模扩大。编辑：赵敏\n京东发布财报，腾讯股价上涨，中国移动表示，赵敏说。';
      const later = text.indexOf('\n');
      // An app (京东App), a product (腾讯元宝), the start of a phrase (中国移动互联网), a byline (编辑：赵敏).
      assert.deepEqual(found(await engine.annotate(text), text), ['京东', '腾讯', '中国移动', '赵敏'].map((name) => `${name}@${text.indexOf(name, later)}`));
    });

    it('takes a new lexicon at once, in every worker', async () => {
      engine = createEngine({ workers: 2 });
      const text = '北辰星海发布新品，北辰星海股价上涨。';
      assert.deepEqual(found(await engine.annotate(text), text), []);
      await engine.setLexicon({ version: 1, entries: [{ text: '北辰星海', label: 'COMPANY' }], rejected: [] });
      const answers = await Promise.all([1, 2, 3, 4].map(() => engine.annotate(text)));
      for (const spans of answers) assert.deepEqual(found(spans, text), ['北辰星海@0', '北辰星海@9']);
    });
  });
});
