import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../src/core/offsets';
import { LiveOffsets } from '../../../src/extension/model/liveOffsets';

/** Applies random edits to a text with astral characters and compares with a fresh OffsetMap. */
describe('LiveOffsets', () => {
  const pieces = ['百度', '𠮷', '😀', 'a', '\r\n', '２５％', '京东集团'];
  const rnd = seeded(7);

  it('agrees with OffsetMap after every one of 500 random edits', () => {
    let text = '𠮷野家在济南😀开店\r\n百度集团';
    const live = new LiveOffsets(text);
    for (let step = 0; step < 500; step++) {
      const cps = [...text];
      const a = Math.floor(rnd() * (cps.length + 1));
      const b = Math.min(cps.length, a + Math.floor(rnd() * 4));
      const ins = Array.from({ length: Math.floor(rnd() * 3) }, () => pieces[Math.floor(rnd() * pieces.length)]).join('');
      const uA = cps.slice(0, a).join('').length;
      const uLen = cps.slice(a, b).join('').length;
      live.applyEdit(uA, uLen, ins);
      text = cps.slice(0, a).join('') + ins + cps.slice(b).join('');
      const map = new OffsetMap(text);
      for (let cp = 0; cp <= map.length; cp += 1 + Math.floor(rnd() * 3)) {
        assert.equal(live.toUtf16(cp), map.toUtf16(cp), `toUtf16(${cp}) after step ${step}`);
        assert.equal(live.toCodePoint(map.toUtf16(cp)), cp, `toCodePoint after step ${step}`);
      }
    }
  });
});

export function seeded(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}
