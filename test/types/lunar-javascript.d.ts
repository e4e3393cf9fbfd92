// The part of lunar-javascript (6tail, MIT) the lunar calendar's test checks our table against; the package ships no types.
declare module 'lunar-javascript' {
  export class Solar {
    toYmd(): string;
  }
  export class Lunar {
    /** A lunar date; a negative month is that month's leap month. */
    static fromYmd(year: number, month: number, day: number): Lunar;
    getSolar(): Solar;
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
