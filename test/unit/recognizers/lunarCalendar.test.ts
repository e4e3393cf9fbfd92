import * as assert from 'node:assert/strict';
import { Lunar, LunarYear } from 'lunar-javascript';
import { lunarDayOf, lunarMonthEnd, lunarToGregorian, lunarYearFor } from '../../../src/engine/recognizers/date/lunarCalendar';

const ymd = (d: Date | undefined) => d?.toISOString().slice(0, 10);

describe('lunar calendar', () => {
  it('has each year end the day before the next one starts (the month lengths add up)', () => {
    for (let year = 1950; year < 2100; year++) {
      const last = lunarMonthEnd(year, { month: 12 })!;
      const next = lunarToGregorian(year + 1, { month: 1, day: 1 })!;
      assert.equal(next.getTime() - last.getTime(), 24 * 3600 * 1000, `lunar year ${year}`);
    }
  });

  it('agrees with lunar-javascript on every day of every year it has', () => {
    for (let year = 1950; year <= 2100; year++) {
      const lunarYear = LunarYear.fromYear(year);
      const leap = lunarYear.getLeapMonth();
      for (const month of lunarYear.getMonthsInYear()) {
        const m = month.getMonth(); // negative for the leap month
        for (const day of [1, month.getDayCount()]) {
          const expected = Lunar.fromYmd(year, m, day).getSolar().toYmd();
          assert.equal(ymd(lunarToGregorian(year, { month: Math.abs(m), day, leap: m < 0 })), expected, `${year} ${m < 0 ? 'leap ' : ''}${Math.abs(m)}/${day}`);
        }
        if (m > 0 && m !== leap) assert.equal(lunarToGregorian(year, { month: m, day: 1, leap: true }), undefined);
      }
    }
  });

  it('gives known holidays, counting leap months', () => {
    assert.equal(ymd(lunarToGregorian(1998, { month: 1, day: 1 })), '1998-01-28');
    assert.equal(ymd(lunarToGregorian(2012, { month: 1, day: 1 })), '2012-01-23');
    assert.equal(ymd(lunarToGregorian(2009, { month: 5, day: 5 })), '2009-05-28');
    assert.equal(ymd(lunarToGregorian(2025, { month: 8, day: 15 })), '2025-10-06'); // after 2025's leap sixth month
    assert.equal(ymd(lunarToGregorian(2020, { month: 5, day: 5 })), '2020-06-25'); // after 2020's leap fourth month
    assert.equal(ymd(lunarToGregorian(2023, { month: 8, day: 15 })), '2023-09-29');
    assert.equal(ymd(lunarToGregorian(2024, { month: 1, day: 1, shift: -1 })), '2024-02-09');
    assert.equal(ymd(lunarToGregorian(2025, { month: 6, day: 1, leap: true })), '2025-07-25');
  });

  it('has no date outside its years, for a leap month the year lacks, or for a 30th in a short month', () => {
    assert.equal(lunarToGregorian(1949, { month: 1, day: 1 }), undefined);
    assert.equal(lunarToGregorian(2101, { month: 1, day: 1 }), undefined);
    assert.equal(lunarToGregorian(2024, { month: 6, day: 1, leap: true }), undefined);
    assert.equal(lunarToGregorian(2024, { month: 12, day: 30 }), undefined);
    assert.equal(ymd(lunarToGregorian(2024, { month: 12, day: 29 })), '2025-01-28');
  });

  it('reads holidays and lunar dates, and leaves Gregorian months alone', () => {
    assert.deepEqual(lunarDayOf('中秋节'), { month: 8, day: 15 });
    assert.deepEqual(lunarDayOf('大年初三'), { month: 1, day: 3 });
    assert.deepEqual(lunarDayOf('农历八月十五'), { month: 8, day: 15, leap: false });
    assert.deepEqual(lunarDayOf('腊月廿三'), { month: 12, day: 23, leap: false });
    assert.deepEqual(lunarDayOf('五月初五'), { month: 5, day: 5, leap: false });
    assert.deepEqual(lunarDayOf('农历闰六月'), { month: 6, day: undefined, leap: true });
    assert.equal(lunarDayOf('八月十五'), undefined);
    assert.equal(lunarDayOf('五月'), undefined);
    assert.equal(lunarDayOf('春天'), undefined);
  });

  it('takes the lunar year whose date falls in the year said, the next one when that is past', () => {
    const never = () => false;
    assert.equal(lunarYearFor({ month: 12, day: 8 }, 2025, never), 2024); // 腊八 of January 2025
    assert.equal(lunarYearFor({ month: 8, day: 15 }, 2025, never), 2025);
    assert.equal(lunarYearFor({ month: 12, day: 8 }, 2025, () => true), 2025);
  });
});
