import * as assert from 'node:assert/strict';
import { foldWidth, parseNumber } from '../../../src/engine/recognizers/text/numerals';

describe('numerals', () => {
  it('folds full-width digits and signs without changing the length', () => {
    const s = '１２月３１日增长２５．５％，总计１２００元';
    assert.equal(foldWidth(s), '12月31日增长25.5%，总计1200元');
    assert.equal(foldWidth(s).length, s.length);
  });

  const cases: Array<[string, number | undefined]> = [
    ['482', 482],
    ['572.7', 572.7],
    ['１２００', 1200],
    ['1,200', 1200],
    ['3·5', 3.5],
    ['五百亿', 5e10],
    ['1.2万亿', 1.2e12],
    ['三千万', 3e7],
    ['十二', 12],
    ['三十一', 31],
    ['二十', 20],
    ['一九九八', 1998],
    ['二〇二五', 2025],
    ['三千零五', 3005],
    ['一亿二千万', 1.2e8],
    ['十万', 1e5],
    ['十五点五', 15.5],
    ['5千万', 5e7],
    ['40多', 40],
    ['20几', 20],
    ['十几', 10],
    ['十来', 10],
    ['二十六七', 26],
    // a digit said after a unit without its own is a tenth of it; after 零 it is ones
    ['一千六', 1600],
    ['两万五', 25000],
    ['一万二千', 12000],
    ['一千零六', 1006],
    ['几十', undefined],
    ['数亿', undefined],
    ['abc', undefined],
    ['', undefined],
  ];
  for (const [text, value] of cases) {
    it(`reads ${JSON.stringify(text)} as ${value}`, () => assert.equal(parseNumber(text), value));
  }
});
