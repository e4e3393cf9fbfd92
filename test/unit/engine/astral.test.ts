import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../src/core/offsets';
import { narrowed } from '../../../src/engine/astral';

describe('narrow view of characters outside the BMP', () => {
  const text = '😀陈𠮷林说鿯\r\n𠮷野家控股有限公司';
  const tokens = [
    { word: '😀', start: 0, end: 2, tag: 'x' },
    { word: '陈', start: 2, end: 3, tag: 'nr' },
    { word: '𠮷', start: 3, end: 5, tag: 'x' },
    { word: '林', start: 5, end: 6, tag: 'ng' },
  ];

  it('is no view for an article without such characters', () => {
    assert.equal(narrowed({ text: '陈吉林说', tokens: [] }, new OffsetMap('陈吉林说')), undefined);
  });

  it('gives each such character one unit, an ideograph one from the basic block that the article does not hold, so offsets are code points', () => {
    const view = narrowed({ text, tokens }, new OffsetMap(text))!;
    const narrow = view.input.text;
    assert.equal(narrow.length, [...text].length);
    assert.match(narrow[2]!, /[\u4e00-\u9fff]/); // 𠮷 a Chinese character to every rule
    assert.notEqual(narrow[2], '鿯'); // not one the article has
    assert.equal(narrow[2], narrow[8]); // the same stand-in each time
    assert.match(narrow[0]!, /[\ue000-\uf8ff]/); // an emoji no word
    assert.deepEqual(
      view.input.tokens.map((t) => [t.word, t.start, t.end, t.tag]),
      [[narrow[0], 0, 1, 'x'], ['陈', 1, 2, 'nr'], [narrow[2], 2, 3, 'nz'], ['林', 3, 4, 'ng']],
    );
  });

  it('stands 𠮷 in as its common form 吉, a surname to the name rules and the dictionary\'s 吉野家, where the article holds 吉 too', () => {
    assert.equal(narrowed({ text, tokens }, new OffsetMap(text))!.input.text[2], '吉');
    const both = '𠮷野家和吉利汽车';
    const view = narrowed({ text: both, tokens: [] }, new OffsetMap(both))!;
    assert.equal(view.input.text, '吉野家和吉利汽车');
    // (each attribute restored as the article writes it: 吉利汽车 stays, 𠮷野家 comes back)
    const found = view.widen([
      { start: 0, end: 3, label: 'COMPANY', source: 't', attrs: { canonical: '吉野家控股公司' } },
      { start: 4, end: 8, label: 'COMPANY', source: 't', attrs: { canonical: '吉利汽车' } },
      { start: 0, end: 3, label: 'OFFICIAL', source: 't', attrs: { title: '董事长', org: '吉野家' } },
      { start: 4, end: 6, label: 'OFFICIAL', source: 't', attrs: { title: '董事长', org: '吉利汽车' } },
    ]);
    assert.deepEqual(
      found.map((c) => c.attrs),
      [{ canonical: '吉野家控股公司' }, { canonical: '吉利汽车' }, { title: '董事长', org: '𠮷野家' }, { title: '董事长', org: '吉利汽车' }],
    );
  });

  it('stands the mathematical digits posts style numbers with in as the digits they are (𝟮𝟬𝟮𝟱年 read as 2025年)', () => {
    const styled = '【快讯】𝟮𝟬𝟮𝟱年一季度销量增长𝟯𝟬%，𝟙𝟡𝟡𝟠年';
    assert.equal(narrowed({ text: styled, tokens: [] }, new OffsetMap(styled))!.input.text, '【快讯】2025年一季度销量增长30%，1998年');
  });

  it('widens what is found back to UTF-16 offsets, the characters written in its attributes, and drops offsets outside the text', () => {
    const view = narrowed({ text, tokens }, new OffsetMap(text))!;
    const n = view.input.text;
    const found = view.widen([
      { start: 1, end: 4, label: 'OFFICIAL', source: 't', attrs: { title: '董事长', org: n.slice(8, 11) } },
      { start: 8, end: 11, label: 'COMPANY', source: 't', attrs: { canonical: `${n.slice(8, 11)}控股有限公司` } },
      { start: 8, end: 11, label: 'COMPANY', source: 't', attrs: { canonical: '吉野家控股公司' } },
      { start: 10, end: 22, label: 'COMPANY', source: 't' },
    ]);
    // (a canonical name the article does not write, the dictionary's, keeps the common form it is written in)
    assert.deepEqual(
      found.map((c) => [text.slice(c.start, c.end), c.attrs]),
      [['陈𠮷林', { title: '董事长', org: '𠮷野家' }], ['𠮷野家', { canonical: '𠮷野家控股有限公司' }], ['𠮷野家', { canonical: '吉野家控股公司' }]],
    );
  });
});
