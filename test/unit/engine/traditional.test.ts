import * as assert from 'node:assert/strict';
import { toSimplified } from '../../../src/engine/dict/traditional';

describe('traditional script', () => {
  it('simplifies an article in traditional script, character for character', () => {
    const text = '鴻海精密工業股份有限公司10月合併營收為新台幣8,054億元';
    const simplified = toSimplified(text);
    assert.equal(simplified, '鸿海精密工业股份有限公司10月合并营收为新台币8,054亿元');
    assert.equal(simplified.length, text.length);
    // (佈 of 宣佈, announce, as Hong Kong writes it)
    assert.equal(toSimplified('行政總裁林紹恒宣佈派發第二次中期股息'), '行政总裁林绍恒宣布派发第二次中期股息');
    // (燁 of 燁輝企業, a steelmaker's name)
    assert.equal(toSimplified('燁輝企業總經理王志成'), '烨辉企业总经理王志成');
    // (given names' and Taiwan companies' characters: 陳林詠詩, 信驊)
    assert.equal(toSimplified('副主席陳林詠詩接任，信驊創高'), '副主席陈林咏诗接任，信骅创高');
    // (Taiwan's dot in a foreign name, the mainland's ·)
    assert.equal(toSimplified('WTO總幹事瑪麗亞‧桑托斯表示'), 'WTO总干事玛丽亚·桑托斯表示');
  });

  it('leaves simplified text alone, even where it quotes a few traditional characters', () => {
    const text = '华为技术有限公司在济南设立研究所。' + '记者了解到，该项目总投资50亿元，预计明年投产。'.repeat(3) + '招牌上写着“華為”。';
    assert.equal(toSimplified(text), text);
    assert.equal(toSimplified(''), '');
  });

  it('keeps characters outside the table, astral ones included', () => {
    assert.equal(toSimplified('𠮷野家董事長說，營收增長12%，會議結束。'), '𠮷野家董事长说，营收增长12%，会议结束。');
  });
});
