import * as assert from 'node:assert/strict';
import { MAX_OPTIMIZED_SOURCE, scan, ScanPattern } from '../../../src/engine/recognizers/scan';

describe('scan', () => {
  it('yields every match, and starts over on each call', () => {
    const digits = new ScanPattern('[0-9]', '\\d+');
    const all = (t: string) => [...scan(digits, t)].map((m) => [m.index, m[0]]);
    assert.deepEqual(all('a1 b22 c333'), [[1, '1'], [4, '22'], [8, '333']]);
    const first = scan(digits, 'x9 y8');
    first.next(); // abandoned half-way: the next call must not continue from there
    assert.deepEqual(all('7 and 6'), [[0, '7'], [6, '6']]);
  });

  it('finds what the global regex finds, lookbehinds and all', () => {
    const source = '(?<![0-9])[0-9]+年|[0-9]月';
    const text = '2025年5月, 12025年3月 and 1年';
    const pattern = new ScanPattern('[0-9]', source);
    const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);
    assert.deepEqual(found(scan(pattern, text)), found(text.matchAll(new RegExp(source, 'g'))));
  });

  it('skips the starts its guard refuses, which a sound guard leaves the matches as they are', () => {
    const guard = { first: '[0-9]', after: '[0-9]' };
    const found = (ms: Iterable<RegExpExecArray>) => [...ms].map((m) => [m.index, m[0]]);
    assert.deepEqual(found(scan(new ScanPattern('[0-9]', '[0-9]', guard), '12 3')), [[0, '1'], [3, '3']]);
    const source = '(?<![0-9])[0-9]+';
    const text = 'x12 y345';
    assert.deepEqual(found(scan(new ScanPattern('[0-9]', source, guard), text)), found(text.matchAll(new RegExp(source, 'g'))));
  });

  it('refuses a pattern too long for V8 to optimize, which would run several times slower', () => {
    const alternatives = (n: number) => Array.from({ length: n }, (_, i) => `x${i}y`).join('|');
    assert.doesNotThrow(() => new ScanPattern('x', alternatives(100)));
    assert.throws(() => new ScanPattern('x', alternatives(4000)), /scan pattern of \d+ characters/);
    assert.ok(alternatives(4000).length > MAX_OPTIMIZED_SOURCE);
  });

  it('does not loop on empty matches', () => {
    assert.deepEqual([...scan(new ScanPattern('[ab]', 'a*'), 'abc')].map((m) => [m.index, m[0]]), [[0, 'a'], [1, '']]);
  });
});
