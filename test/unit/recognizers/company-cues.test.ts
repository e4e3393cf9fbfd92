import * as assert from 'node:assert/strict';
import { companies as found, names } from './companyHelpers';
const sources = (text: string) => found(text).map((c) => `${c.text}/${c.source}`);

describe('COMPANY by its context', () => {
  describe('the employer before an executive title', () => {
    it('takes a name with a trade word before the title, with or without 的', () => {
      assert.deepEqual(sources('星河珠宝的副总陈晓峰介绍说'), ['星河珠宝/rule:company-employer']);
      assert.deepEqual(names('红杉珠宝总裁表示'), ['红杉珠宝']);
      // not a verb of taking the post and 公司 (2021年起任公司副董事长)
      assert.deepEqual(names('2021年起任公司副董事长兼总裁'), []);
      // and a name the segmenter tags a place that is no province or city (横店/ns 影视, 星海/ns 文化)
      assert.deepEqual(names('横店影视总经理吕建华介绍。星海文化董事长贺一鸣说'), ['横店影视', '星海文化']);
      // …a drug maker's trade (和泽/x 生物), the name's 和 no conjunction
      assert.deepEqual(sources('和泽生物创始人、董事长兼首席执行官林志远表示'), ['和泽生物/rule:company-employer']);
      // …whatever the tag of the trade word (凯文/nz 教育/vn)
      assert.deepEqual(names('凯文教育董事长马凤山表示'), ['凯文教育']);
      // …but not a word that makes a longer title with the executive's (中泰证券/风控/x 总监), nor what the person does (王强/代行)
      assert.deepEqual(names('中泰证券风控总监郭永珍表示。王强代行总经理职责。聘任王来胜为公司总经理'), ['中泰证券']);
      // a known company the segmenter cut in two is the employer alone (中国/ns 信保/x 山东/ns 分公司), with its city (广州/中原/地产)
      assert.deepEqual(names('中国信保山东分公司总经理杨志刚介绍。广州中原地产项目部总经理黄韬说'), ['中国信保', '广州中原地产']);
      // an analyst's firm, not the sector or commodity the analyst covers (卓创资讯/玉米分析师, 浦江证券/非银金融首席分析师)
      assert.deepEqual(names('卓睿咨询高级分析师钟以宁表示。卓创资讯玉米分析师郑雅楠分析，浦江证券非银金融首席分析师邱晓岚说'), ['卓睿咨询', '卓创资讯', '浦江证券']);
      // …and no region of a company before its regional unit (雀巢/大中华/大区董事长)
      assert.deepEqual(names('大中华大区董事长张西强表示，亚太区总裁说'), []);
      // …nor a unit's words after the 兼 of a second post (三星电子/总裁兼/j 存储/业务部/总经理), the unit of the company before the first
      assert.deepEqual(names('三星电子总裁兼存储业务部总经理李祯培表示'), ['三星电子']);
      // a person's name between the employer and a title of address is the person's (汇通数科/沈国平/x 董事长), not a trade word (伟业/顾问)
      assert.deepEqual(names('汇通数科沈国平董事长表示。伟业顾问的副总梁炜谈一下'), ['汇通数科', '伟业顾问']);
    });

    it('takes the employer of a spokesperson only when its name is unknown to the segmenter or ends in a trade word', () => {
      assert.deepEqual(sources('北京伟嘉安捷相关人士认为'), ['北京伟嘉安捷/rule:company-employer']);
      assert.deepEqual(names('星河珠宝有关负责人表示'), ['星河珠宝']);
    });

    it('confirms an everyday alias (苹果CEO) and cuts a unit of a known company (华为中国区总裁 → 华为)', () => {
      assert.deepEqual(names('苹果CEO库克昨日访华'), ['苹果']);
      assert.deepEqual(names('华为中国区总裁李明表示'), ['华为']);
      assert.deepEqual(names('闪送山东区域总经理曹斌说'), ['闪送']);
      // …a macro-region's unit with its trade, the segmenter's pieces of the company before it (戴德/梁行/华东区/产业/地产)
      assert.deepEqual(names('戴德梁行华东区产业地产负责人张骏分析'), ['戴德梁行']);
      // …nor 暨 (and) glued onto a word of a notice's title (闭店暨/x 董事长变更)
      assert.deepEqual(names('关于部分门店闭店暨董事长、总裁变更的公告'), []);
      // …and the foreign country the segmenter glued onto a known company before the title (德国大众汽车集团/nt)
      assert.deepEqual(names('德国大众汽车集团首席执行官布鲁默认为'), ['大众汽车集团']);
    });

    it('leaves a department or business group out of the name', () => {
      assert.deepEqual(sources('红杉珠宝市场部总监刘洋说'), ['红杉珠宝/rule:company-employer']);
      assert.deepEqual(names('红杉珠宝市场部经理刘洋说'), ['红杉珠宝']);
      assert.deepEqual(names('红杉珠宝客户经理刘洋说'), []);
      assert.deepEqual(names('负责人调整，原国网山东省电力公司总经理林海调任'), ['国网山东省电力公司']); // former: 原国网/x
      assert.deepEqual(names('顺丰控股副总经理兼顺丰国际CEO王卫东称'), ['顺丰控股', '顺丰国际']); // a second post: 兼顺丰/x (顺丰国际 a subsidiary the dictionary knows)
      assert.deepEqual(names('华为常务董事、终端BG董事长余承东发布新品'), ['华为']);
      // and a sales channel (an insurer's 个险 or 银保 is no company)
      assert.deepEqual(names('公司个险渠道总经理王明说。银保渠道负责人李华表示。个险事业部总经理王强说'), []);
      // a group's name ends at its 集团 (淘天集团天猫总裁: 天猫 is a company of its own), and 线上 is no name
      assert.deepEqual(names('淘天集团天猫总裁刘博表示。公司线上总经理张伟表示'), ['淘天集团', '天猫']);
      assert.deepEqual(names('某某集团产品总裁刘博表示'), []);
    });

    it('takes no public body, association, person or place for an employer', () => {
      assert.deepEqual(names('济南市长于海田出席'), []);
      assert.deepEqual(names('市政府有关负责人表示'), []);
      assert.deepEqual(names('全国工商联负责人出席会议'), []);
      // (nor a title's marks the segmenter made one word: 原副/x 首席财务官)
      assert.deepEqual(names('担任首席运营官，原副首席财务官杨凯接任'), []);
      assert.deepEqual(names('驻京部队和武警部队的负责人列席了会议'), []);
      assert.deepEqual(names('央行有关负责人表示'), []);
      // …nor the verb of staying in a post the segmenter took for an unknown word (续任/x 副董事长)
      assert.deepEqual(names('并推选蔡力行续任副董事长暨执行长，任期三年'), []);
      // …nor a bank's subsidiary named by its kind (子行/x 董事长)
      assert.deepEqual(names('现任副行政总裁李国荣出任子行董事长'), []);
      assert.deepEqual(names('红叶基金会创始人周文'), []);
      assert.deepEqual(names('四川豪爵马术俱乐部负责人表示'), []);
      // a name's last character glued to the 及 that joins two officials (副总裁孙立/群及/x 首席财务官)
      assert.deepEqual(names('蒙牛乳业总裁高振华、副总裁孙立群及首席财务官温雅琴出席'), ['蒙牛乳业']);
      // a ministry by its short name (工信部), not a sports club (俱乐部 above)
      assert.deepEqual(names('工信部新闻发言人、信息通信发展司司长陈国华表示'), []);
      assert.deepEqual(names('王海董事长说'), []);
      // a person's relation after 的 (王建华的合伙人李国强), not a company's executive
      assert.deepEqual(names('王建华的合伙人李国强比他大五岁'), []);
      assert.deepEqual(names('该公司总经理表示'), []);
      // a person and the verb of taking a post (陈立新/nr 接棒/n 董事长), and the 由 of a change of post glued to a word (人由德籍/x 总经理)
      assert.deepEqual(names('华信制药董事会换届：陈立新接棒董事长'), ['华信制药']);
      // a brand's general manager is no company's (Redmi品牌总经理)
      assert.deepEqual(names('Redmi品牌总经理王腾表示'), []);
      // …nor a temple's chairman (安海宮董事長), whatever the script
      assert.deepEqual(names('安海宮董事長顏俊雄表示。安海宫董事长颜俊雄表示'), []);
      assert.deepEqual(names('精密机械有限公司的法定代表人由德籍总经理Thomas Weber变更为中方高管'), []);
    });
  });

  describe('a listed company opening its clause with its notice', () => {
    it('takes the name before 公告 and a pause, 近日 or 晚间 between', () => {
      assert.deepEqual(sources('金鼎文化晚间公告，副总经理杨柳青辞职'), ['金鼎文化/rule:company-notice']);
      assert.deepEqual(names('公告速递 ▲莱特光电公告，公司创始人增持'), ['莱特光电']);
    });

    it('takes no public body, notice kind or citing word for one', () => {
      assert.deepEqual(names('国家统计局公告，中标公告：本公司公告，另据公告，公司亏损'), []);
      assert.deepEqual(names('数据显示，国内某光电公告称'), []);
    });
  });

  describe('a startup before the round it completes or gets', () => {
    it('takes the name after the kind of firm it is, or in quotes, past when and how it got the round', () => {
      assert.deepEqual(sources('合成生物企业衍生元素完成数千万元天使轮融资'), ['衍生元素/rule:company-funded']);
      assert.deepEqual(names('机器人公司驭途科技近日宣布获得美团战略投资。自动驾驶卡车公司「远驰智运」完成3亿美元C轮融资。3D内容公司几何造物顺利完成2亿元A轮融资'), ['驭途科技', '美团', '远驰智运', '几何造物']);
    });

    it('takes no spending of investment, word alone, time or firm meant by a pronoun for one', () => {
      // (…nor adverbs and prepositions after the firms' kind: 等企业/均/d 在/p 今年获得)
      assert.deepEqual(names('智元机器人、优必选等企业均在今年获得新一轮融资'), ['智元机器人', '优必选']);
      assert.deepEqual(names('首席执行官透露，公司今年9月完成了约10亿元的B轮融资'), []);
      assert.deepEqual(names('全市企业累计完成投资80亿元。全国发电企业电源工程完成投资1,400亿元。全省企业今年完成融资。该公司完成融资。“项目今年计划完成投资85亿元”'), []);
    });
  });

  describe('a bookmaker before its odds', () => {
    it('takes a Latin name quoted with odds in an article about odds', () => {
      assert.deepEqual(sources('本场赔率方面，Unibet同赔率下偏向客队。'), ['Unibet/rule:company-bookmaker']);
      assert.deepEqual(names('本场比赛盘口不变，Unibet主胜赔降至1.85。'), ['Unibet']);
    });

    it('needs the odds right after the name, and an article that speaks of odds', () => {
      assert.deepEqual(names('Unibet同样看好主队'), []);
      assert.deepEqual(names('赔率方面，多家机构看好主队，Unibet也一样'), []);
    });
  });

  describe('the maker of a product', () => {
    it('takes the makers after 由, one or several', () => {
      assert.deepEqual(sources('这款游戏由星河互娱自主研发。'), ['星河互娱/rule:company-maker']);
      assert.deepEqual(names('由Northwind与蓝鲸网络共同发行'), ['Northwind', '蓝鲸网络']);
      assert.deepEqual(names('Moonfrog开发的角色扮演游戏'), ['Moonfrog']);
      // …and the investor leading or joining a round after 由, a capital firm named by a common word too (番茄资本), then its executive's employer
      assert.deepEqual(names('完成1.2亿元融资，由番茄资本领投。番茄资本创始合伙人王国林表示'), ['番茄资本', '番茄资本']);
    });

    it('takes no person, school or public body for a maker', () => {
      assert.deepEqual(names('这款游戏由李明开发'), []);
      assert.deepEqual(names('此系统由北京大学研发'), []);
      assert.deepEqual(names('这部电影由张艺谋执导'), []);
    });
  });

  describe('a name given with its Latin name in brackets', () => {
    it('takes the name when it ends in a corporate word or the Latin name says company, and the Latin name too', () => {
      assert.deepEqual(sources('宜鼎国际(Innodisk)新厂动工'), ['宜鼎国际/rule:company-bracketed', 'Innodisk/rule:company-alias']);
      // a generic noun before the corporate word is the name's only after a word of its own (标准/银行/集团, no 银行集团)
      assert.deepEqual(names('南非标准银行集团（Standard Bank Group）持股'), ['标准银行集团', 'Standard Bank Group']);
      assert.deepEqual(names('的银行集团（Standard Bank Group）持股'), ['Standard Bank Group']);
      // …and not the foreign country the segmenter glued onto a known name (韩国三星电子/nt, 日本丰田汽车公司/nt)
      assert.deepEqual(names('韩国三星电子（Samsung Electronics）与日本丰田汽车公司（Toyota Motor Corporation）合作'), ['三星电子', 'Samsung Electronics', '丰田汽车公司', 'Toyota Motor Corporation']);
      assert.deepEqual(names('星河国际（Galaxy Corp）宣布'), ['星河国际', 'Galaxy Corp']);
    });

    it('takes no person or place with a Latin name', () => {
      assert.deepEqual(names('库克(Tim Cook)表示'), []);
      assert.deepEqual(names('北京(Beijing)'), []);
    });
  });

  it('reads a dictionary alias before 旗下 as the parent company, the dictionary\'s', () => {
    assert.deepEqual(found('金山旗下的游戏工作室').map((c) => [c.text, c.canonical]), [['金山', '金山软件有限公司']]);
  });

  it('reads the subsidiary after a known parent\'s 旗下 by its own word and trade, before what it does', () => {
    assert.deepEqual(names('此外，淡马锡旗下兰亭投资认购1.5亿美元'), ['淡马锡', '兰亭投资']);
    // not a kind of unit or brand of the parent's, nor a trade going on into a noun
    assert.deepEqual(names('淡马锡旗下投资平台认购股份，腾讯旗下品牌众多'), ['淡马锡', '腾讯']);
  });
});
