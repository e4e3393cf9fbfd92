import * as assert from 'node:assert/strict';
import { NOT_POSITIONS, POSITIONS } from '../../../src/engine/dict/positions';
import { personNameAt } from '../../../src/engine/recognizers/official/names';
import { TokenIndex } from '../../../src/engine/recognizers/text/tokenIndex';
import { withOffsets } from '../../../src/engine/segmenter/segmenter';

const jieba = require('nodejieba') as { tag(s: string): Array<{ word: string; tag: string }> };

/** The name personNameAt reads at the start of `text`, or '' for none. */
function nameAtStart(text: string): string {
  const tokens = withOffsets(jieba.tag(text));
  const end = personNameAt(text, 0, TokenIndex.of(tokens, text.length));
  return end < 0 ? '' : text.slice(0, end);
}

describe('personal names', () => {
  it('reads surname and given name whatever the segmenter tags them', () => {
    assert.equal(nameAtStart('于海田在山东大厦'), '于海田'); // 于/p 海田/nz
    assert.equal(nameAtStart('刘强和市委副书记'), '刘强'); // 刘强/x 和/c
    assert.equal(nameAtStart('王劲时说'), '王劲'); // 王劲/x 时说/n
    // a given name the segmenter reads as a number, but not a count of something
    assert.equal(nameAtStart('林百里表示'), '林百里'); // 林/ng 百里/m
    assert.equal(nameAtStart('张勇届时卸任'), '张勇'); // a time said of the person (届时), not a third character
    assert.equal(nameAtStart('孙勇受市政府委托作报告'), '孙勇'); // 受 (on behalf of) follows names
    // an unknown word of three whose last character ends given names more than it follows them (蔡明介/x 日前); not speech glued on (王刚说/x)
    assert.equal(nameAtStart('蔡明介日前出席论坛'), '蔡明介');
    assert.equal(nameAtStart('王刚说，公司将扩产'), '王刚');
    assert.equal(nameAtStart('张万里说'), '张万里'); // 张/q 万里/m
    assert.equal(nameAtStart('李千里表示'), '李千里'); // 李/nr 千里/q
    assert.equal(nameAtStart('刘百万元'), ''); // 刘/zg 百万元/m
    assert.equal(nameAtStart('欧阳修说'), '欧阳修');
    assert.equal(nameAtStart('欧阳晓明表示'), '欧阳晓明');
    assert.equal(nameAtStart('刘明称，'), '刘明'); // 刘明称/x
    assert.equal(nameAtStart('辛立群获提名为董事会主席'), '辛立群'); // 辛立/x 群获/x: 获 (gets) follows names
    // 里 as a two-character name's second where the segmenter kept the two one unknown word (傅里/x); not another locative (任上/x, a term of office)
    assert.equal(nameAtStart('傅里一行抵达'), '傅里');
    assert.equal(nameAtStart('任上，'), '');
    assert.equal(nameAtStart('刘明说'), '刘明'); // 刘/zg 明说/v
    // 谈 (talks about) follows names; 座谈 is a word of its own
    assert.equal(nameAtStart('李明谈转型'), '李明'); // 李明/x 谈/v
    assert.equal(nameAtStart('茅忠群谈传承'), '茅忠群'); // 茅忠/x 群谈/x
    assert.equal(nameAtStart('潘健座谈。'), '潘健'); // 潘健/x 座谈/n
    // 顺 and 元 end given names before what follows names, though tagged a preposition or a numeral
    assert.equal(nameAtStart('陈炎顺在会上说'), '陈炎顺'); // 陈炎/x 顺/p 在/p
    assert.equal(nameAtStart('王明元。'), '王明元'); // 王明/nr 元/m
    assert.equal(nameAtStart('王明元月到任'), '王明'); // 元月 (January)
    assert.equal(nameAtStart('白玉刚。'), '白玉刚'); // 白玉/nr 刚/d: 刚 (just) only before a pause
    // 系 (is) and 亦 (also) follow names
    assert.equal(nameAtStart('王刚系党员'), '王刚'); // 王刚系/x
    assert.equal(nameAtStart('王刚亦表示'), '王刚');
    assert.equal(nameAtStart('邹敏辩称'), '邹敏'); // 辩称 (argued)
    // 清 ends given names though tagged a dynasty (王程/x 清/t), before an idiom of what the person does too
    assert.equal(nameAtStart('王程清出席会议'), '王程清');
    assert.equal(nameAtStart('王程清表示'), '王程清');
    assert.equal(nameAtStart('丁伍号表示'), '丁伍号'); // 丁伍/x 号/m
    // a third character glued to a word that follows names whole (刘宝/x 军代表/n)
    assert.equal(nameAtStart('刘宝军代表签约'), '刘宝军');
    assert.equal(nameAtStart('刘立民主持，'), '刘立民'); // 刘立/x 民主/n 持/v: 主持 split across tokens
    // …but not a verb the segmenter knew whole, its aspect after it (邱明/x 推介/v 了)
    assert.equal(nameAtStart('邱明推介了当地品牌'), '邱明');
    // …nor the first character of a word that follows names, cut by the segmenter (张桐/x 出/v 生于/v)
    assert.equal(nameAtStart('张桐出生于1989年'), '张桐');
    // a last character the segmenter took for a numeral before a pause is the name's (谢富/x 年/m 。)
    assert.equal(nameAtStart('谢富年。双威集团营收增长'), '谢富年');
    // 处 is someone's place (从陈强处获悉), no given name's
    assert.equal(nameAtStart('陈强处获悉'), '陈强'); // 陈强/x 处/n
  });

  it('reads foreign and Latin names', () => {
    assert.equal(nameAtStart('奥巴马随后发表讲话'), '奥巴马');
    assert.equal(nameAtStart('泽连斯基均未置评'), '泽连斯基'); // 泽/nr 连斯基/nr
    assert.equal(nameAtStart('库克本周访问上海'), '库克'); // 库克/nrt
    assert.equal(nameAtStart('斯塔默说'), '斯塔默'); // 斯塔/nrt 默说/x
    assert.equal(nameAtStart('默茨称'), '默茨'); // 默茨称/x
    assert.equal(nameAtStart('利亚表示'), '');
    // a Latin name, but not from an English function word (CEO of Tesla)
    assert.equal(nameAtStart('Elon Musk表示'), 'Elon Musk');
    assert.equal(nameAtStart('of Tesla马斯克表示'), '');
    assert.equal(nameAtStart('the Board'), '');
    // a Uyghur name with 合, and never a span ending on its dot
    assert.equal(nameAtStart('阿里木·热合曼表示'), '阿里木·热合曼');
    assert.equal(nameAtStart('李在明举行会谈'), '李在明'); // 李在明/x: 在 inside an unknown word
    assert.equal(nameAtStart('李在会上说'), '');
    assert.equal(nameAtStart('李向东为总经理'), '李向东'); // 李向东/nr: a name the segmenter knows, 向 and all
    // a surname and a given name the segmenter read as a weekday (周一/t 鸣/v) before what follows names, not a part of the day (周一晚)
    assert.equal(nameAtStart('周一鸣同志不再担任董事长'), '周一鸣');
    assert.equal(nameAtStart('周一晚表示'), '');
    assert.equal(nameAtStart('李向东京出发'), ''); // 李向/x 东京/ns
    assert.equal(nameAtStart('唐·贝肯就格陵兰岛'), '唐·贝肯');
    // a copula before a dotted name is none of it (…首席执行官为/安东尼奥·菲洛萨)
    assert.equal(nameAtStart('为安东尼奥·菲洛萨。'), '');
    assert.equal(nameAtStart('安东尼奥·菲洛萨。'), '安东尼奥·菲洛萨');
    // …nor what the person does, the segmenter's name-like word after it (勒布朗/汇报/nz)
    assert.equal(nameAtStart('弗朗索瓦·勒布朗汇报。'), '弗朗索瓦·勒布朗');
    // a character that follows names, inside a transliteration (詹尼·因/p 凡/d 蒂诺/nrt), but not before speech
    assert.equal(nameAtStart('詹尼·因凡蒂诺在声明中说'), '詹尼·因凡蒂诺');
    assert.equal(nameAtStart('詹尼·罗西因病缺席'), '詹尼·罗西');
    // …and the last character of a transliteration before speech (玉苏甫江·麦麦/提/v 表示)
    assert.equal(nameAtStart('玉苏甫江·麦麦提表示，今年收购价上涨'), '玉苏甫江·麦麦提');
    assert.equal(nameAtStart('玉苏甫江·麦麦提出席并致辞'), '玉苏甫江·麦麦提');
    // a word the segmenter took for a foreign name, whole, whatever its characters (费尔南德斯/nrt)
    assert.equal(nameAtStart('费尔南德斯表示'), '费尔南德斯');
    // nor a word the segmenter glued speech onto after the part after the dot (帕普·拉斯洛/nr 称该/x)
    assert.equal(nameAtStart('帕普·拉斯洛称该项目是重要投资'), '帕普·拉斯洛');
    // 元 after a name the segmenter knew is the name's, not a yuan (王明/nr 元/m 签署)
    assert.equal(nameAtStart('王明元签署了协议'), '王明元');
    assert.equal(nameAtStart('Tim Cook said'), 'Tim Cook');
  });

  it('reads no name in common words that start with a surname character', () => {
    for (const text of ['高度重视', '于近日表示', '强调指出', '任期内', '方总，', '刘先生每天', '马上出发']) assert.equal(nameAtStart(text), '', text);
  });
});

describe('positions lexicon', () => {
  it('has government, Party and company titles with their ranks', () => {
    for (const t of ['市委书记', '市委副书记', '市长', '常务副市长', '省委书记', '省长', '董事长', '轮值董事长', '总裁', '高级副总裁', '副总裁', 'CEO', '理事长', '局长', '总经理', '主席', '部长', '创始人']) {
      assert.ok(POSITIONS.includes(t), t);
    }
  });

  it('does not count reporters, experts or athletes as officials', () => {
    for (const t of NOT_POSITIONS) assert.equal(POSITIONS.includes(t), false, t);
    assert.ok(NOT_POSITIONS.has('记者'));
  });
});
