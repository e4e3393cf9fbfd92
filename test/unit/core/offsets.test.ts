import * as assert from 'node:assert/strict';
import { codePointLength, OffsetMap } from '../../../src/core/offsets';

describe('offsets: code points ↔ UTF-16', () => {
  it('is the identity on BMP text, including full-width characters', () => {
    const text = '华为投资５０亿元，增长２５％';
    const map = new OffsetMap(text);
    assert.equal(map.length, text.length);
    for (let i = 0; i <= text.length; i++) {
      assert.equal(map.toUtf16(i), i);
      assert.equal(map.toCodePoint(i), i);
    }
  });

  it('counts an emoji and 𠮷 as one code point each, as Python does', () => {
    const text = '😀2025年𠮷野家，华为';
    const map = new OffsetMap(text);
    // Python: len('😀2025年𠮷野家，华为') == 12; '华为' starts at 10
    assert.equal(map.length, 12);
    assert.equal(codePointLength(text), 12);
    assert.equal(map.slice(1, 6), '2025年');
    assert.equal(map.slice(6, 9), '𠮷野家');
    assert.equal(map.slice(10, 12), '华为');
    assert.equal(map.toUtf16(10), 12);
    assert.equal(map.toCodePoint(12), 10);
  });

  it('round-trips every offset of mixed text', () => {
    const text = '\r\n𠮷a😀😀b\r\n中文𠮷';
    const map = new OffsetMap(text);
    for (let cp = 0; cp <= map.length; cp++) assert.equal(map.toCodePoint(map.toUtf16(cp)), cp);
    assert.deepEqual([...text].map((_, i) => map.slice(i, i + 1)), [...text]);
  });

  it('counts CR and LF of a CRLF line end as two code points', () => {
    const map = new OffsetMap('第一行\r\n第二行');
    assert.equal(map.length, 8);
    assert.equal(map.slice(5, 8), '第二行');
  });

  it('refuses an offset that splits a surrogate pair, or lies outside the text', () => {
    const map = new OffsetMap('a𠮷b');
    assert.throws(() => map.toCodePoint(2), /splits a surrogate pair/);
    assert.equal(map.splitsPair(2), true);
    assert.equal(map.splitsPair(1), false);
    assert.throws(() => map.toUtf16(4), RangeError);
    assert.throws(() => map.toCodePoint(-1), RangeError);
  });
});
