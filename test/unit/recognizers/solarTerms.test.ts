import * as assert from 'node:assert/strict';
import { Solar } from 'lunar-javascript';
import { isSolarTerm, solarTermDate } from '../../../src/engine/recognizers/date/solarTerms';

const ymd = (d: Date | undefined) => d?.toISOString().slice(0, 10);
const TERMS = ['小寒', '大寒', '立春', '雨水', '惊蛰', '春分', '清明', '谷雨', '立夏', '小满', '芒种', '夏至', '小暑', '大暑', '立秋', '处暑', '白露', '秋分', '寒露', '霜降', '立冬', '小雪', '大雪', '冬至'];

describe('solar terms', () => {
  it('has every term of every year in its month, the first of a month by the 9th and the second from the 18th', () => {
    for (let year = 1950; year <= 2100; year++) {
      TERMS.forEach((term, i) => {
        const d = solarTermDate(term, year)!;
        assert.equal(d.getUTCMonth(), i >> 1, `${year} ${term}`);
        assert.ok(i % 2 ? d.getUTCDate() >= 18 : d.getUTCDate() <= 9, `${year} ${term} ${ymd(d)}`);
      });
    }
  });

  it('agrees with lunar-javascript on every term of every year it has', () => {
    for (let year = 1950; year <= 2100; year++) {
      // (The table of a lunar year runs from the last December's 冬至 to March's terms; its December's 冬至 is keyed DONG_ZHI.)
      const table = Solar.fromYmd(year, 6, 1).getLunar().getJieQiTable();
      for (const term of TERMS) assert.equal(ymd(solarTermDate(term, year)), table[term === '冬至' ? 'DONG_ZHI' : term]!.toYmd(), `${year} ${term}`);
    }
  });

  it('gives known dates, 清明节 as 清明, and none outside its years or for other words', () => {
    assert.equal(ymd(solarTermDate('冬至', 2025)), '2025-12-21');
    assert.equal(ymd(solarTermDate('立春', 2023)), '2023-02-04');
    assert.equal(ymd(solarTermDate('清明节', 2024)), '2024-04-04');
    assert.equal(ymd(solarTermDate('清明', 1998)), '1998-04-05');
    assert.equal(solarTermDate('冬至', 1949), undefined);
    assert.equal(solarTermDate('冬至', 2101), undefined);
    assert.ok(isSolarTerm('清明节') && isSolarTerm('处暑'));
    assert.ok(!isSolarTerm('春节') && !isSolarTerm('冬季'));
  });
});
