import * as assert from 'node:assert/strict';
import { recognizeDates } from '../../../src/engine/recognizers/date/date';
import { found, texts } from './dateAmountHelpers';

/** An article whose dateline makes 2025 "this year" and June "this month". */
const HEAD = '市里召开座谈会\n2025-06-16 11:22:05\n\n';

function valueOf(sentence: string, withDateline = true): Array<[string, string | number | undefined]> {
  return found(recognizeDates, (withDateline ? HEAD : '') + sentence)
    .filter((f) => !withDateline || f.text !== '2025-06-16 11:22:05')
    .map((f) => [f.text, f.value]);
}

function check(cases: Array<[string, Array<[string, string | undefined]>]>): void {
  for (const [sentence, expected] of cases) {
    it(sentence, () => assert.deepEqual(valueOf(sentence), expected));
  }
}

describe('DATE periods', () => {
  describe('decades and parts of centuries', () => {
    check([
      ['九十年代初期,乡镇企业兴起', [['九十年代初期', '1990/1999']]],
      ['这些校舍是六七十年代建的', [['六七十年代', '1960/1979']]],
      ['二十世纪八十年代,他进了城', [['二十世纪八十年代', '1980/1989']]],
      ['１９９０年代的老照片', [['１９９０年代', '1990/1999']]],
      ['早在19世纪末,铁路通到这里', [['19世纪末', '1800/1899']]],
      ['到本世纪末,人口将达峰值', [['本世纪末', '2000/2099']]],
      ['上世纪90年代中期', [['上世纪90年代中期', '1990/1999']]],
      ['二十一世纪上半叶', [['二十一世纪上半叶', '2000/2099']]],
    ]);

    it('does not take a bare century (an epoch or a name), nor months that are not neighbours', () => {
      assert.deepEqual(texts(recognizeDates, '面向21世纪,迈向二十一世纪,21世纪经济报道,半个世纪以来,六八十年代'), []);
    });

    it('without a dateline leaves 本世纪末 without a value and reads 上世纪80年代 as 80年代', () => {
      assert.deepEqual(valueOf('到本世纪末;上世纪80年代', false), [
        ['本世纪末', undefined],
        ['上世纪80年代', '1980/1989'],
      ]);
    });

    it('takes a range of decades from the first to the last year', () => {
      assert.deepEqual(valueOf('从70年代到90年代'), [['70年代到90年代', '1970/1999']]);
    });
  });

  describe('lunar dates and solar terms, valued by the calendar of their year', () => {
    check([
      ['农历正月初一,全家团聚', [['农历正月初一', '2025-01-29']]],
      ['农历新年期间', [['农历新年', '2025-01-29']]],
      ['腊月二十三是小年', [['腊月二十三', '2025-01-22'], ['小年', '2025-01-22']]],
      ['腊月廿八,集市最热闹', [['腊月廿八', '2025-01-27']]],
      ['五月初五那天', [['五月初五', '2025-05-31']]],
      // 2025 has a leap sixth month: the seventh month starts 30 days later than it would.
      ['农历闰六月初一,农历七月初七', [['农历闰六月初一', '2025-07-25'], ['农历七月初七', '2025-08-29']]],
      ['农历八月', [['农历八月', '2025-09-22/2025-10-20']]],
      ['立春过后,气温回升', [['立春', '2025-02-03']]],
      ['冬至这天吃饺子', [['冬至', '2025-12-21']]],
      ['春分时节,昼夜等长', [['春分', '2025-03-20']]],
      ['清明节前后', [['清明节', '2025-04-04']]],
      ['2024年冬至', [['2024年冬至', '2024-12-21']]],
    ]);

    it('keeps a Gregorian early month and leaves solar terms that are common words', () => {
      assert.deepEqual(valueOf('五月初,麦子黄了'), [['五月初', '2025-05']]);
      assert.deepEqual(valueOf('一月初一直下雪'), [['一月初', '2025-01']]);
      assert.deepEqual(texts(recognizeDates, '雨水充足,下了一场大雪,政治清明,青春分享会,到处暑气逼人,大寒潮来袭,宜春分行,长春分公司'), []);
    });

    it('names the source', () => {
      assert.deepEqual(
        recognizeDates({ text: '农历正月初一,九十年代', tokens: [] }).map((c) => c.source),
        ['rule:date-lunar', 'rule:date-decade'],
      );
    });
  });

  describe('fiscal years', () => {
    check([
      ['1998年度预算', [['1998年度', '1998']]],
      ['修改１９９８—１９９９年度收支预算', [['１９９８—１９９９年度', '1998/1999']]],
      ['上年度结余', [['上年度', '2024']]],
      // A fiscal year's bounds depend on who keeps it: its value is its name, as TIMEX writes it, and one named
      // by its distance from now has none.
      ['本财年营收增长', [['本财年', undefined]]],
      ['上一财政年度', [['上一财政年度', undefined]]],
      ['2024财年', [['2024财年', 'FY2024']]],
      ['2024年财政年度', [['2024年财政年度', 'FY2024']]],
      // one that spans two calendar years, and a quarter of one
      ['2024/25财年公司收入增长', [['2024/25财年', undefined]]],
      ['2024/2025财年公司收入增长', [['2024/2025财年', undefined]]],
      // a school year
      ['2025-2026学年第一学期，2025-26学年，2025学年', [['2025-2026学年', '2025/2026'], ['2025-26学年', '2025/2026'], ['2025学年', '2025']]],
      // a fiscal half is the fiscal year's, not the calendar's
      ['发布2025财年上半年业绩，2026财年H2', [['2025财年上半年', 'FY2025-H1'], ['2026财年H2', 'FY2026-H2']]],
      ['阿里巴巴2025财年第四季度收入增长，2026财年Q1，2026财年第一财季', [['2025财年第四季度', 'FY2025-Q4'], ['2026财年Q1', 'FY2026-Q1'], ['2026财年第一财季', 'FY2026-Q1']]],
      // A five-year plan's period (the third began in 1966), not the plan; the quotes outside the span
      ['回顾“十四五”时期以来的发展，“九五”期间，“一五”期间，编制“十五五”规划，十四五期间', [['十四五', '2021/2025'], ['九五', '1996/2000'], ['一五', '1953/1957'], ['十四五', '2021/2025']]],
      // …and as English writes it (FY2025, FY2025第四财季, FY2024Q3); not inside a Latin word (IFY2025)
      ['公布FY2025第四财季业绩，上调FY2025利润预期，FY2024Q3营收，IFY2025', [['FY2025第四财季', 'FY2025-Q4'], ['FY2025', 'FY2025'], ['FY2024Q3', 'FY2024-Q3']]],
      // …its year in two digits too, and its quarter after a space (FY26, FY26 Q2); not a longer number (FY260)
      ['FY26将继续投入，（FY26 Q2）财报，FY260', [['FY26', 'FY2026'], ['FY26 Q2', 'FY2026-Q2']]],
      // (…the quarter without 度, as Hong Kong and Taiwan write it)
      ['加拿大皇家银行公布，2025财年第一季净利润增长', [['2025财年第一季', 'FY2025-Q1']]],
      // its end or start, as 年底 is a year's
      ['截至2024财年末，门店增至7000家；本财年初', [['2024财年末', undefined], ['本财年初', undefined]]],
      // …and one written in Chinese numerals
      ['预计二〇二五财年营业利润减少，二零二六财年', [['二〇二五财年', 'FY2025'], ['二零二六财年', 'FY2026']]],
    ]);

    it('does not read 度过 as a fiscal year', () => {
      assert.deepEqual(valueOf('他把2024年度过得很充实'), [['2024年', '2024']]);
    });
  });

  describe('parts of this month and year, months named together', () => {
    check([
      ['月底前完成验收', [['月底', '2025-06']]],
      ['下旬将召开大会', [['下旬', '2025-06-21/2025-06-30']]],
      ['这个月底交房', [['这个月底', '2025-06']]],
      ['预计二三月份到货', [['二三月份', '2025-02/2025-03']]],
      ['十一二月最冷', [['十一二月', '2025-11/2025-12']]],
      ['今年五六月', [['今年五六月', '2025-05/2025-06']]],
      ['前半年的销量', [['前半年', '2025-01/2025-06']]],
      ['后半年的计划', [['后半年', '2025-07/2025-12']]],
    ]);

    it('does not take recurring or non-calendar uses', () => {
      assert.deepEqual(texts(recognizeDates, '每月底结算,不忘岁月初心,三五月,月底薪3000元'), []);
    });
  });

  describe('relative seasons and pairs of years or days', () => {
    check([
      ['今冬明春,供暖', [['今冬明春', '2025/2026']]],
      ['去冬今春雨水偏少', [['去冬今春', '2024/2025']]],
      ['今春以来', [['今春', '2025']]],
      ['今冬天气偏暖', [['今冬', '2025']]],
      ['今明两年', [['今明两年', '2025/2026']]],
      ['今明两天有雨', [['今明两天', '2025-06-16/2025-06-17']]],
      ['今年春天', [['今年春天', '2025']]],
      // 今春节 is 今 + 春节, the festival of this year.
      ['今春节期间', [['春节', '2025-01-29']]],
    ]);

    it('does not take 去 as "last" before a winter word, and has no value without a dateline', () => {
      assert.deepEqual(texts(recognizeDates, '他去冬奥会采访,去冬训基地'), []);
      assert.deepEqual(valueOf('今冬明春', false), [['今冬明春', undefined]]);
    });

    it('names the source', () => {
      assert.deepEqual(recognizeDates({ text: '今冬明春', tokens: [] }).map((c) => c.source), ['rule:date-relative']);
    });
  });

  describe('other forms', () => {
    check([
      ['公元元年', [['元年', '0001']]],
      ['从古代乃至今日', [['今日', '2025-06-16']]],
      ['新年伊始,万象更新', [['新年伊始', undefined]]],
      ['我国国庆,长假七天', [['国庆', '2025-10-01']]],
      // Another country's national day is not 10月1日.
      ['澳国庆日的焰火,美国国庆日', [['国庆日', undefined], ['国庆日', undefined]]],
    ]);

    it('does not take 元年 without 公元 (an era of something else)', () => {
      assert.deepEqual(texts(recognizeDates, '改革元年'), []);
    });
  });
});
