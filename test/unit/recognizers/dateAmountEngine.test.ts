import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../src/core/offsets';
import { createEngine } from '../../../src/engine/engine';

describe('DATE and AMOUNT through the engine', () => {
  it('come out in code points with their values, after emoji, 𠮷 and CRLF', async () => {
    const text = '😀𠮷 标题\r\n发布时间:2025-06-16 11:22:05\r\n🎉 515日,济南市人工智能核心产业规模达到４８２亿元,增长２５％。';
    const engine = createEngine();
    try {
      const spans = (await engine.annotate(text)).filter((s) => s.label === 'DATE' || s.label === 'AMOUNT');
      const map = new OffsetMap(text);
      assert.deepEqual(
        spans.map((s) => [s.label, map.slice(s.start, s.end), s.attrs?.value, s.attrs?.unit]),
        [
          ['DATE', '2025-06-16 11:22:05', '2025-06-16T11:22:05', undefined],
          ['DATE', '515日', '2025-05-15', undefined],
          ['AMOUNT', '４８２亿元', 48200000000, 'CNY'],
          ['AMOUNT', '２５％', 0.25, 'percent'],
        ],
      );
      assert.equal(spans[1].start, [...text.slice(0, text.indexOf('515日'))].length); // code points, not UTF-16
    } finally {
      await engine.dispose();
    }
  });
});
