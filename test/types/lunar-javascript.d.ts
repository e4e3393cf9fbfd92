// The part of lunar-javascript (6tail, MIT) the lunar calendar's and the solar terms' tests check our tables against; the package ships no types.
declare module 'lunar-javascript' {
  export class Solar {
    static fromYmd(year: number, month: number, day: number): Solar;
    toYmd(): string;
    getLunar(): Lunar;
  }
  export class Lunar {
    /** A lunar date; a negative month is that month's leap month. */
    static fromYmd(year: number, month: number, day: number): Lunar;
    getSolar(): Solar;
    /** The solar terms of its lunar year by name, from the last December's (DA_XUE, 冬至) to the next March's (DONG_ZHI, XIAO_HAN …). */
    getJieQiTable(): Record<string, Solar>;
  }
  export class LunarMonth {
    /** Negative for the leap month. */
    getMonth(): number;
    getDayCount(): number;
  }
  export class LunarYear {
    static fromYear(year: number): LunarYear;
    getLeapMonth(): number;
    getMonthsInYear(): LunarMonth[];
  }
}
