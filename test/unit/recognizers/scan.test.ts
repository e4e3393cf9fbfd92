import * as assert from 'node:assert/strict';
import { startFilter } from '../../../src/engine/recognizers/text/regexPrefix';
import { MAX_OPTIMIZED_SOURCE, scan, ScanPattern } from '../../../src/engine/recognizers/text/scan';

describe('scan', () => {
  it('yields every match, and starts over on each call', () => {
    const digits = new ScanPattern('\\d+');
    const all = (t: string) => [...scan(digits, t)].map((m) => [m.index, m[0]]);
    assert.deepEqual(all('a1 b22 c333'), [[1, '1'], [4, '22'], [8, '333']]);
    const first = scan(digits, 'x9 y8');
    first.next(); // abandoned half-way: the next call must not continue from there
    assert.deepEqual(all('7 and 6'), [[0, '7'], [6, '6']]);
  });

  it('finds what the global regex finds, lookbehinds and all', () => {
    const source = '(?<![0-9])[0-9]+年|[0-9]月';
    const text = '2025年5月, 12025年3月 and 1年';
    const pattern = new ScanPattern(source);
    const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);
    assert.deepEqual(found(scan(pattern, text)), found(text.matchAll(new RegExp(source, 'g'))));
  });

  it('skips the starts its guard refuses, which a sound guard leaves the matches as they are', () => {
    const guard = { first: '[0-9]', after: '[0-9]' };
    const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);
    assert.deepEqual(found(scan(new ScanPattern('[0-9]', guard), '12 3')), [[0, '1'], [3, '3']]);
    const source = '(?<![0-9])[0-9]+';
    const text = 'x12 y345';
    assert.deepEqual(found(scan(new ScanPattern(source, guard), text)), found(text.matchAll(new RegExp(source, 'g'))));
  });

  it('splits alternatives too long together for V8 into several regexes, with the same matches as one', () => {
    // Overlapping alternatives in an order that decides: at 2 the earlier x2y wins over x2, at 0 the longer x0yy over x0y.
    const alternatives = ['x0yy', 'x2y', ...Array.from({ length: 7000 }, (_, i) => `x${i + 5}y`), 'x0y', 'x2', 'x7'];
    assert.ok(alternatives.join('|').length > 2 * MAX_OPTIMIZED_SOURCE, 'three regexes at least');
    const text = 'x0yy x2y x2 x7 x3999y x4004y x0y x5y';
    const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);
    const split = new ScanPattern(alternatives);
    const expected = found(text.matchAll(new RegExp(alternatives.join('|'), 'g')));
    assert.deepEqual(found(scan(split, text)), expected);
    assert.deepEqual(found(scan(split, 'x7 x0y')), [[0, 'x7'], [3, 'x0y']], 'a new text is searched anew');
    assert.deepEqual(found(scan(split, text)), expected, 'and the first text again from its start');
    assert.throws(() => new ScanPattern(['x', 'y'.repeat(MAX_OPTIMIZED_SOURCE + 1)]), /scan alternative of \d+ characters/);
    // V8 counts its source with each / escaped.
    assert.throws(() => new ScanPattern(['/'.repeat(MAX_OPTIMIZED_SOURCE / 2 + 1)]), /scan alternative of \d+ characters/);
  });

  it('tries each alternative wherever it can start, as its source says', () => {
    // An optional first character (x?y), a lookbehind (nothing to match), a group of alternatives, a class, an escape.
    const alternatives = ['(?<![a-z])x?y+', '(?:春|秋)节?', '[甲乙]\\d', '\\$\\d+', '(?=元)元旦'];
    const text = 'ay y xyy 春节秋 甲1乙x $12 元旦 元';
    const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);
    assert.deepEqual(found(scan(new ScanPattern(alternatives), text)), found(text.matchAll(new RegExp(alternatives.join('|'), 'g'))));
    assert.deepEqual(found(scan(new ScanPattern(alternatives), text)).map(([, m]) => m), ['y', 'xyy', '春节', '秋', '甲1', '$12', '元旦']);
  });

  it('refuses an alternative that may match nothing or start with a backreference: it could start anywhere', () => {
    assert.throws(() => new ScanPattern('a*'), /may match nothing or start anywhere/);
    assert.throws(() => new ScanPattern(['b', '(?:a|)']), /may match nothing or start anywhere/);
    assert.throws(() => new ScanPattern('(a)\\1|\\1b'), /may match nothing or start anywhere/);
  });

  it('tries a regex only where the text starts, up to its third unit, as one of its alternatives can', () => {
    const starts = startFilter(['(?:中国)?农民丰收节', '中秋节?', '[一二]{1,2}月', '\\d']);
    const may = (text: string) => starts.mayStart(text, 0);
    assert.ok(may('中国农民丰收节') && may('中秋') && may('中国农'), 'every start of a match');
    assert.ok(may('二月') && may('一二月') && may('7'));
    assert.ok(!may('中国人') && !may('中国') && !may('中') && !may('一个') && !may('一二') && !may('农'), 'no start of any');
  });

  it('finds what the global regex finds, whatever the regex reads in its first units', () => {
    const alternatives = [
      'a{2,3}b', '(?:ab|c)?d+', 'x(?=y)y?z', '(a)b\\1', '[^ab]b', '.c', 'ab*', 'a(?:b|)c', '(?<=q)ab', 'b(?!a)[a-d]{2}', '(?:d|)(?:e)?f', 'e+?f',
    ];
    let seed = 7;
    const random = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) >>> 16) / 65536;
    const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);
    for (let round = 0; round < 200; round++) {
      const text = Array.from({ length: 40 }, () => 'abcdefqxyz\n'[Math.floor(random() * 11)]).join('');
      const some = alternatives.filter(() => random() < 0.5);
      if (!some.length) continue;
      assert.deepEqual(found(scan(new ScanPattern(some), text)), found(text.matchAll(new RegExp(some.join('|'), 'g'))), `${some.join('|')} in ${JSON.stringify(text)}`);
    }
  });
});
