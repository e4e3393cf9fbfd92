import * as assert from 'node:assert/strict';
import { scan } from '../../../src/engine/recognizers/scan';

describe('scan', () => {
  it('yields every match, and starts over on each call', () => {
    const re = /\d+/g;
    const all = (t: string) => [...scan(re, t)].map((m) => [m.index, m[0]]);
    assert.deepEqual(all('a1 b22 c333'), [[1, '1'], [4, '22'], [8, '333']]);
    const first = scan(re, 'x9 y8');
    first.next(); // abandoned half-way: the next call must not continue from there
    assert.deepEqual(all('7 and 6'), [[0, '7'], [6, '6']]);
  });

  it('does not loop on empty matches', () => {
    assert.equal([...scan(/x*/g, 'abc')].length, 4);
  });
});
