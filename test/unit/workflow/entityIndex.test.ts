import * as assert from 'node:assert/strict';
import { EntityIndex, entityKey, lineStarts, positionAt } from '../../../src/corpus/entityIndex';
import { spansFor } from './fixtures';

const A = '济南市委书记刘强会见了百度集团创始人李彦宏。\r\n百度将在济南设立总部。\n2025年5月15日';
const B = '😀京东集团与百度签约。\n𠮷刘强出席。';

function corpus(): EntityIndex {
  const index = new EntityIndex();
  index.update({
    path: 'a.txt',
    text: A,
    spans: spansFor(A, [
      { text: '刘强', label: 'OFFICIAL' },
      { text: '百度集团', label: 'COMPANY', attrs: { canonical: '百度' } },
      { text: '李彦宏', label: 'OFFICIAL', status: 'suggested' },
      { text: '百度', label: 'COMPANY', nth: 1 },
      { text: '2025年5月15日', label: 'DATE', attrs: { value: '2025-05-15' } },
    ]),
    reviewed: true,
  });
  index.update({
    path: 'b.txt',
    text: B,
    spans: spansFor(B, [
      { text: '京东集团', label: 'COMPANY' },
      { text: '百度', label: 'COMPANY', status: 'rejected' },
      { text: '刘强', label: 'OFFICIAL' },
    ]),
    reviewed: true,
  });
  return index;
}

describe('entity index', () => {
  it('groups mentions by label and normalized entity, with counts', () => {
    const index = corpus();
    assert.deepEqual(index.labels(), ['COMPANY', 'DATE', 'OFFICIAL']);
    assert.deepEqual(
      index.entities('COMPANY').map((e) => [e.key, e.name, e.mentions, e.accepted, e.documents]),
      [
        ['百度', '百度', 2, 2, 1], // 百度集团 (canonical 百度) and 百度; the rejected one in b.txt is no mention
        ['京东集团', '京东集团', 1, 1, 1],
      ],
    );
    assert.deepEqual(
      index.entities('OFFICIAL').map((e) => [e.key, e.mentions, e.accepted, e.documents]),
      [
        ['刘强', 2, 2, 2],
        ['李彦宏', 1, 0, 1],
      ],
    );
    assert.deepEqual(index.entities('DATE').map((e) => e.key), ['2025-05-15']);
  });

  it('locates mentions by line and code-point character across CRLF and astral characters', () => {
    const index = corpus();
    const liu = index.mentions('OFFICIAL', '刘强');
    assert.deepEqual(
      liu.map((m) => [m.path, m.line, m.character, m.start, m.end, m.status]),
      [
        ['a.txt', 0, 6, 6, 8, 'accepted'],
        ['b.txt', 1, 1, 13, 15, 'accepted'], // after 😀 and 𠮷: one code point each
      ],
    );
    const baidu = index.mentions('COMPANY', '百度').map((m) => [m.text, m.line, m.character]);
    assert.deepEqual(baidu, [
      ['百度集团', 0, 11],
      ['百度', 1, 0], // the line after \r\n
    ]);
    assert.deepEqual(index.mentions('COMPANY', 'nothing'), []);
  });

  it('replaces only the updated article and reports the labels it touched', () => {
    const index = corpus();
    const before = index.mentions('OFFICIAL', '刘强').find((m) => m.path === 'a.txt');
    const change = index.update({ path: 'b.txt', text: B, spans: spansFor(B, [{ text: '京东集团', label: 'COMPANY' }]) });
    assert.deepEqual(change.labels, ['COMPANY', 'OFFICIAL']);
    assert.equal(change.acceptedChanged, true); // 刘强 lost one accepted mention
    const liu = index.mentions('OFFICIAL', '刘强');
    assert.equal(liu.length, 1);
    assert.equal(liu[0], before, 'a.txt mentions are the same objects, untouched');
    index.remove('a.txt');
    assert.deepEqual(index.labels(), ['COMPANY']);
    assert.deepEqual(index.documents().map((d) => d.path), ['b.txt']);
  });

  it('flags acceptedChanged only when accepted strings, labels or counts change', () => {
    const index = corpus();
    const v = index.acceptedVersion;
    const same = index.update({ path: 'a.txt', text: A, spans: index.document('a.txt')!.spans, reviewed: true });
    assert.equal(same.acceptedChanged, false);
    assert.equal(index.acceptedVersion, v);
    const accept = index.document('a.txt')!.spans.map((s) => ({ ...s, status: 'accepted' as const }));
    assert.equal(index.update({ path: 'a.txt', text: A, spans: accept }).acceptedChanged, true);
    assert.equal(index.acceptedVersion, v + 1);
    assert.deepEqual([...index.acceptedLabels('李彦宏')], [['OFFICIAL', 1]]);
  });

  it('leaves stale spans and spans whose text no longer matches out of the mentions', () => {
    const index = new EntityIndex();
    const [liu, baidu] = spansFor(A, [
      { text: '刘强', label: 'OFFICIAL' },
      { text: '百度', label: 'COMPANY' },
    ]);
    const edited = 'X' + A; // offsets now one off
    index.update({ path: 'a.txt', text: edited, spans: [{ ...liu, stale: true }, baidu] });
    assert.deepEqual(index.labels(), []);
    assert.equal(index.acceptedTexts().size, 0);
  });

  it('counts every occurrence of a string across articles, in code points', () => {
    const index = corpus();
    assert.deepEqual(
      index.occurrences('百度').map((o) => [o.path, o.start, o.end, o.line, o.character]),
      [
        ['a.txt', 11, 13, 0, 11],
        ['a.txt', 24, 26, 1, 0],
        ['b.txt', 6, 8, 0, 6],
      ],
    );
    assert.deepEqual(index.occurrences('𠮷刘强').map((o) => [o.start, o.end]), [[12, 15]]);
    assert.deepEqual(index.occurrences(''), []);
  });

  it('tracks review progress and finds the next article with open suggestions', () => {
    const index = corpus();
    // a.txt is marked reviewed but 李彦宏 is still a suggestion: not reviewed yet.
    assert.deepEqual(index.progress(), { reviewed: 1, total: 2, withOpenSuggestions: 1, openSuggestions: 1 });
    assert.equal(index.nextWithOpenSuggestions(), 'a.txt');
    assert.equal(index.nextWithOpenSuggestions('a.txt'), 'a.txt', 'wraps around to itself');
    assert.equal(index.nextWithOpenSuggestions('b.txt'), 'a.txt');
    const accepted = index.document('a.txt')!.spans.map((s) => ({ ...s, status: 'accepted' as const }));
    index.update({ path: 'a.txt', text: A, spans: accepted, reviewed: true });
    assert.deepEqual(index.progress(), { reviewed: 2, total: 2, withOpenSuggestions: 0, openSuggestions: 0 });
    assert.equal(index.nextWithOpenSuggestions('a.txt'), undefined);
  });

  it('keys entities by canonical name, then normalized value and unit, then text', () => {
    assert.equal(entityKey({ text: '百度集团', attrs: { canonical: '百度' } }), '百度');
    assert.equal(entityKey({ text: '482亿元', attrs: { value: 48200000000, unit: 'CNY' } }), '48200000000 CNY');
    assert.equal(entityKey({ text: '5月15日', attrs: { value: '2025-05-15' } }), '2025-05-15');
    assert.equal(entityKey({ text: '华为' }), '华为');
  });

  it('computes line starts for \\n, \\r\\n and lone \\r in code points', () => {
    const starts = lineStarts('a\r\n😀b\rc\nd');
    assert.deepEqual(starts, [0, 3, 6, 8]);
    assert.deepEqual(positionAt(starts, 4), { line: 1, character: 1 });
    assert.deepEqual(positionAt(starts, 8), { line: 3, character: 0 });
  });
});
