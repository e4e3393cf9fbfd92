import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { COMPANY_NAMES, lookupName, NOT_COMPANIES } from '../../../src/engine/dict/companies';
import { LISTED_BY_CODE, normalizedCode } from '../../../src/engine/dict/stockCodes';
import { PhraseTrie } from '../../../src/engine/recognizers/text/phraseTrie';

describe('company dictionary', () => {
  it('gives each name one company: no alias is written in two entries', () => {
    // The source lists entries one a line; a name in two lines would silently keep the first.
    const source = readFileSync(path.resolve(__dirname, '../../../../src/engine/dict/companies.ts'), 'utf8');
    const block = source.slice(source.indexOf('const ENTRIES = `') + 17, source.indexOf('`;', source.indexOf('const ENTRIES = `')));
    const lineOf = new Map<string, number>();
    const clashes: string[] = [];
    block.split('\n').forEach((line, i) => {
      if (!line.trim() || line.startsWith('#')) return;
      for (const name of line.split('|').map((n) => n.trim().replace(/^\?/, ''))) {
        if (lineOf.has(name) && lineOf.get(name) !== i) clashes.push(`${name} (lines ${lineOf.get(name)! + 1} and ${i + 1} of the list)`);
        lineOf.set(name, i);
      }
    });
    assert.ok(lineOf.size > 1000, `${lineOf.size} names read`);
    assert.deepEqual(clashes, []);
  });

  it('has a few hundred companies, each name at least two characters long', () => {
    const entries = new Set([...COMPANY_NAMES.values()].map((n) => n.entry));
    assert.ok(entries.size >= 300, `${entries.size} entries`);
    for (const name of COMPANY_NAMES.keys()) assert.ok(name.length >= 2, name);
  });

  it('links short names to their registered names', () => {
    assert.equal(COMPANY_NAMES.get('华为')!.entry.canonical, '华为技术有限公司');
    assert.equal(COMPANY_NAMES.get('中兴')!.entry.canonical, '中兴通讯股份有限公司');
    assert.equal(COMPANY_NAMES.get('工行')!.entry.canonical, '中国工商银行股份有限公司');
    assert.equal(COMPANY_NAMES.get('华润')!.entry.canonical, '华润(集团)有限公司');
    assert.equal(COMPANY_NAMES.get('药明康德')!.entry.canonical, '无锡药明康德新药开发股份有限公司');
    // a Taiwan bank by its name without its legal form, whose first word is an ordinal
    assert.equal(COMPANY_NAMES.get('第一商业银行')!.entry.canonical, '第一商业银行股份有限公司');
    // a bottler is a company of its own, not the brand's owner
    assert.equal(COMPANY_NAMES.get('中粮可口可乐')!.entry.canonical, '中粮可口可乐饮料有限公司');
    // Whenever an entry has a registered name, that is what its short names stand for.
    const registered = /有限(?:责任)?公司$/;
    for (const [name, { entry }] of COMPANY_NAMES) if (registered.test(name)) assert.match(entry.canonical, registered, name);
    // Two banks of one city are two companies.
    assert.equal(COMPANY_NAMES.get('华侨银行')!.entry.canonical, '华侨银行有限公司');
    assert.equal(COMPANY_NAMES.get('大华银行')!.entry.canonical, '大华银行有限公司');
    // A listed subsidiary is a company of its own, not its parent group.
    assert.equal(COMPANY_NAMES.get('通威股份')!.entry.canonical, '通威股份有限公司');
    assert.equal(COMPANY_NAMES.get('华泰联合证券')!.entry.canonical, '华泰联合证券有限责任公司');
    assert.equal(COMPANY_NAMES.get('阿里云')!.entry.canonical, '阿里云计算有限公司');
    assert.equal(COMPANY_NAMES.get('京东物流')!.entry.canonical, '京东物流股份有限公司');
    assert.equal(COMPANY_NAMES.get('中信特钢')!.entry.canonical, '中信泰富特钢集团股份有限公司');
    assert.equal(COMPANY_NAMES.get('五矿发展')!.entry.canonical, '五矿发展股份有限公司');
    // a company's new Latin name beside its old one
    assert.equal(COMPANY_NAMES.get('BeOne Medicines')!.entry.canonical, '百济神州有限公司');
    // foreign companies cited for their data or named in a store's name
    assert.equal(COMPANY_NAMES.get('Adobe')!.entry.canonical, '奥多比公司');
    assert.equal(COMPANY_NAMES.get('三越伊势丹')!.entry.canonical, '株式会社三越伊势丹控股');
    // a spun-off company is its own, not its former parent's (戴姆勒卡车 is not 梅赛德斯-奔驰); a listed arm is not its group
    assert.equal(COMPANY_NAMES.get('戴姆勒卡车')!.entry.canonical, '戴姆勒卡车控股股份公司');
    assert.equal(COMPANY_NAMES.get('杰瑞股份')!.entry.canonical, '烟台杰瑞石油服务集团股份有限公司');
    assert.equal(COMPANY_NAMES.get('杰瑞集团')!.entry.canonical, '杰瑞集团');
    // a renamed company is one (中国华融 is now 中信金融资产); a subsidiary abroad is its own (台积电亚利桑那, JASM)
    assert.equal(COMPANY_NAMES.get('中国华融')!.entry.canonical, COMPANY_NAMES.get('中信金融资产')!.entry.canonical);
    assert.equal(COMPANY_NAMES.get('JASM')!.entry.canonical, '日本先进半导体制造公司');
    assert.equal(COMPANY_NAMES.get('台积电亚利桑那')!.entry.canonical, '台积电亚利桑那公司');
    // a name with a middle dot, the dictionary's whole (洛克希德·马丁公司, not 马丁公司 after a person's dot)
    assert.equal(COMPANY_NAMES.get('洛克希德·马丁')!.entry.canonical, '洛克希德·马丁公司');
    assert.equal(COMPANY_NAMES.get('一汽丰田')!.entry.canonical, '一汽丰田汽车有限公司');
    assert.equal(COMPANY_NAMES.get('三一集团')!.entry.canonical, '三一集团有限公司');
    assert.equal(COMPANY_NAMES.get('国寿财险')!.entry.canonical, '中国人寿财产保险股份有限公司');
    assert.equal(COMPANY_NAMES.get('潍柴动力')!.entry.canonical, '潍柴动力股份有限公司');
    assert.equal(COMPANY_NAMES.get('海尔智家')!.entry.canonical, '海尔智家股份有限公司');
    assert.equal(COMPANY_NAMES.get('山东铁投')!.entry.canonical, '山东铁路投资控股集团有限公司');
    assert.equal(COMPANY_NAMES.get('广汽丰田')!.entry.canonical, '广汽丰田汽车有限公司');
    assert.equal(COMPANY_NAMES.get('格力地产')!.entry.canonical, '格力地产股份有限公司');
    // an insurer's former registered name, as the press still writes it
    assert.equal(COMPANY_NAMES.get('中国人寿保险公司')!.entry.canonical, '中国人寿保险(集团)公司');
    assert.equal(COMPANY_NAMES.get('慕尼黑再保险')!.entry.canonical, '慕尼黑再保险公司');
    // a listed subsidiary apart from its group
    assert.equal(COMPANY_NAMES.get('锦江酒店')!.entry.canonical, '上海锦江国际酒店股份有限公司');
    // a group apart from its listed cement company; a short name never stands for a shorter one
    assert.equal(COMPANY_NAMES.get('海螺集团')!.entry.canonical, '安徽海螺集团有限责任公司');
    assert.equal(COMPANY_NAMES.get('海螺水泥')!.entry.canonical, '安徽海螺水泥股份有限公司');
    assert.equal(COMPANY_NAMES.get('蔚来汽车')!.entry.canonical, '蔚来集团');
    assert.equal(COMPANY_NAMES.get('江铜')!.entry.canonical, '江西铜业集团有限公司');
    assert.equal(COMPANY_NAMES.get('江西铜业')!.entry.canonical, '江西铜业股份有限公司');
    // companies of one family or one English name are each their own: LG's chemical arm, Merck KGaA and MSD
    assert.equal(COMPANY_NAMES.get('LG化学')!.entry.canonical, 'LG化学株式会社');
    assert.equal(COMPANY_NAMES.get('LG电子')!.entry.canonical, 'LG电子株式会社');
    assert.equal(COMPANY_NAMES.get('默克')!.entry.canonical, '默克集团');
    assert.equal(COMPANY_NAMES.get('默沙东')!.entry.canonical, '默沙东公司');
    // well-known companies by their full names (携程 → 携程集团有限公司, 温氏股份 → 温氏食品集团股份有限公司)
    assert.equal(COMPANY_NAMES.get('携程')!.entry.canonical, '携程集团有限公司');
    assert.equal(COMPANY_NAMES.get('温氏股份')!.entry.canonical, '温氏食品集团股份有限公司');
    // a broker's Hong Kong arm apart from it; a listed company apart from its group
    assert.equal(COMPANY_NAMES.get('光大证券国际')!.entry.canonical, '光大证券国际控股有限公司');
    assert.equal(COMPANY_NAMES.get('中国银河证券')!.entry.canonical, '中国银河证券股份有限公司');
    assert.equal(COMPANY_NAMES.get('中航沈飞')!.entry.canonical, '中航沈飞股份有限公司');
    // a group's former short name (兖州煤业, now 兖矿能源)
    assert.equal(COMPANY_NAMES.get('兖州煤业')!.entry.canonical, '兖矿能源集团股份有限公司');
    // the platform's group is not the brokerage it owns
    assert.equal(COMPANY_NAMES.get('贝壳找房')!.entry.canonical, '贝壳控股有限公司');
    // a renamed group by its current name (戴姆勒 became 梅赛德斯-奔驰集团); a luxury group apart from its brand
    assert.equal(COMPANY_NAMES.get('戴姆勒')!.entry.canonical, '梅赛德斯-奔驰集团股份公司');
    assert.equal(COMPANY_NAMES.get('LVMH')!.entry.canonical, '酩悦·轩尼诗-路易·威登集团');
    assert.equal(COMPANY_NAMES.get('路易威登')!.entry.canonical, '路易威登');
    // a broker's international arm apart from it
    assert.equal(COMPANY_NAMES.get('中信证券国际')!.entry.canonical, '中信证券国际有限公司');
    // 红杉中国 apart from 红杉资本 since they split; a miner by its Latin name
    assert.equal(COMPANY_NAMES.get('红杉中国')!.entry.canonical, '红杉中国');
    assert.equal(COMPANY_NAMES.get('CMOC')!.entry.canonical, '洛阳栾川钼业集团股份有限公司');
    // BP is a pager too (ＢＰ机): the company only where the article names it
    assert.equal(COMPANY_NAMES.get('BP')!.ambiguous, true);
  });

  it('marks aliases that are everyday words as ambiguous', () => {
    for (const word of ['苹果', '平安', '民生', '暴雪', '长城', '大众', '王府井', '青岛港', '长安', '中交', '汾酒', '联通', '海螺', '心动', '洋河', '双沟', '珍酒', '美国钢铁', '新航']) assert.equal(COMPANY_NAMES.get(word)?.ambiguous, true, word);
    assert.equal(COMPANY_NAMES.get('苹果公司')?.ambiguous, false);
  });

  it('covers its categories: bookmakers, auction houses, exchanges run as companies, studios, developers, brokers, funds, venture capital, logistics, travel, new-economy firms, shipyards, refiners, insurers, steel and cement', () => {
    for (const name of ['威廉希尔', '立博', 'bet365', '苏富比', '中国嘉德', '纳斯达克', '伦敦金属交易所', '迪士尼', 'Capcom', '必和必拓', '新鸿基地产', '长江证券', '周大福', '汇添富', '联邦快递', '泡泡玛特', '米哈游', '宁德时代', '长鑫存储', '极氪', 'DeepSeek', '月之暗面', 'SpaceX', '君联资本', '国投招商', '中国外运', '首旅如家', '中青旅', '江南造船', '延长石油', '华夏电影', '奇安信', '太平财险', '国寿资产', '马钢', '华新水泥', '微众银行', '四川能投', '龙芯中科', '中粮糖业', '国电投', '陕西煤业', '首钢股份', '建发国际', '特锐德', '米其林', '东京电子', '中科飞测', '五矿稀土', '科沃施', '电装', '美宜佳', '得物', 'Rapidus', '今治造船', '百果园', '深天马A', '富瑞', '大华继显', '泰克资源', '兖煤澳洲', '万豪', '希尔顿', '海南电网', '中国东方', '中国长城', '欧力士', '劳力士', '百达翡丽', '威格斯', '德克斯户外', 'Equinor', '卡塔尔能源', '道达尔能源', '浙江新华', '西西弗书店', '钟书阁', '茑屋书店', '北京开卷', '贝塔斯曼', '培生集团', '爱美客', 'WPP', '电通', '新潮传媒', '蓝色光标', '蓝标', '兆讯传媒', 'JCDecaux', '通力电梯', 'KONE', '奥的斯', '国铁上海局', '阿尔斯通', '西门子交通', '泰康健投', '欧葆庭', 'Orpea', '日医学馆']) {
      assert.ok(COMPANY_NAMES.has(name), name);
    }
    // …and the sectors written out whole from general knowledge: industry and energy, consumer, health and finance, technology, cars and foreign groups.
    for (const name of ['杭叉集团', '宝丰能源', '舍得酒业', '华兰生物', '齐鲁银行', '中航信托', '安谋科技', '鹏鼎控股', '纬创', '塔塔集团', '东映', '蔡司']) assert.ok(COMPANY_NAMES.has(name), name);
    // …and the second tier, mid- and small-cap listed companies by their stock short names, and Taiwan's
    for (const name of ['万通液压', '连城数控', '安彩高科', '城发环境', '奥特维', '大族激光', '金健米业', '研华']) assert.ok(COMPANY_NAMES.has(name), name);
    // …and the third, the rest of the A-share boards by code range
    for (const name of ['淮河能源', '常柴', '光启', '恒盛能源', '冠石科技']) assert.ok(COMPANY_NAMES.has(name), name);
    // …and the fourth: start-ups, consumer and internet companies off the A-share boards, foreign companies by their Chinese names
    for (const name of ['空中云汇', '美客多', '燕文物流', '万邑通', '英之杰', 'Lidl']) assert.ok(COMPANY_NAMES.has(name), name);
    // (A data, car or sports site named as a source is a medium: 天眼查显示, 汽车之家 版权所有, 懂球帝 2024-04-25.)
    for (const name of ['天眼查', '汽车之家', '懂球帝', '虎扑']) assert.equal(COMPANY_NAMES.has(name), false, name);
    // (A port, a city, a zone or a market a company is named for is the place: 广州港股份有限公司 is no alias 广州港, 鄂尔多斯 no company, 上海临港 the zone, 轻纺城 the market.)
    for (const name of ['广州港', '天津港', '北部湾港', '鄂尔多斯', '泰山', '上海临港', '轻纺城']) assert.equal(COMPANY_NAMES.has(name), false, name);
    // (A company's unit, platform or plant the press names alone is none: 特斯拉上海超级工厂, 腾讯云, 长庆油田.)
    for (const name of ['特斯拉上海', '腾讯云', '华为云', '华为终端', '支付宝', '长庆油田', '白云机场']) assert.equal(COMPANY_NAMES.has(name), false, name);
    // Mainland exchanges are public institutions, not enterprises.
    for (const name of ['上海证券交易所', '深交所', '上海黄金交易所']) assert.equal(COMPANY_NAMES.has(name), false, name);
    for (const word of ['威廉', '光荣', '土豆', '太古', '风行', '茅台', '荣耀', '菜鸟', '地平线', '小米', '李宁', '如家', '去哪儿', '博纳', '易捷', '大基金', '华星', '天马', '好时', '太重', '桑坦德', '海量数据', '二三四五', '探探', '南京熊猫', '中原高速']) assert.equal(COMPANY_NAMES.get(word)?.ambiguous, true, word);
    // (An entry of one ambiguous name keeps the name, unmarked, as its canonical.)
    assert.equal(COMPANY_NAMES.get('探探')?.entry.canonical, '探探');
    // '#' lines name a category and are no entries.
    assert.equal([...COMPANY_NAMES.keys()].some((name) => name.startsWith('#')), false);
  });

  it('never lists a non-company as a company name', () => {
    for (const name of NOT_COMPANIES) assert.equal(COMPANY_NAMES.has(name), false, name);
    // (A government's investment company is a company: 新加坡政府投资公司; so is a university's or a paper's registered one: 中山大学达安基因股份有限公司, 广东广州日报传媒股份有限公司.)
    for (const name of COMPANY_NAMES.keys()) assert.doesNotMatch(name, /政府(?!投资公司$)|管委会|(?:大学|晚报|日报)(?!.*有限公司$)|协会/, name);
  });
});

describe('PhraseTrie', () => {
  const trie = new PhraseTrie(['华为', '华为技术有限公司', 'IBM']);
  it('finds the longest phrase from a position, or the longest one a test accepts', () => {
    const text = '与华为技术有限公司合作';
    assert.equal(trie.longestFrom(text, 1), 9);
    assert.equal(
      trie.longestFrom(text, 1, (end) => end < 9),
      3,
    );
    assert.equal(trie.longestFrom(text, 0), -1);
    assert.equal(trie.edgeAt(text, 1), true);
    assert.equal(trie.edgeAt(text, 0), false);
  });

  it('finds a phrase of one character where no longer phrase goes on with the next', () => {
    // (A walk is refused at its second character by a table of the phrases' first two: the phrase of one stays found.)
    const short = new PhraseTrie(['中', '中国银行', '国']);
    assert.equal(short.longestFrom('中方', 0), 1);
    assert.equal(short.longestFrom('中国银行', 0), 4);
    assert.equal(short.longestFrom('中国人', 0), 1);
    assert.equal(new PhraseTrie(['国', '银行中国'], { reversed: true }).longestEndingAt('美国', 2), 1);
  });

  it('finds the longest phrase ending at a position when reversed', () => {
    const reversed = new PhraseTrie(['书记', '市委书记', '副书记'], { reversed: true });
    assert.equal(reversed.longestEndingAt('济南市委书记刘强', 6), 2);
    assert.equal(reversed.longestEndingAt('济南市委书记刘强', 5), -1);
  });

  it('matches full-width Latin always and any case when asked', () => {
    assert.equal(trie.longestFrom('ＩＢＭ公司', 0), 3);
    assert.equal(trie.longestFrom('ibm', 0), -1);
    assert.equal(new PhraseTrie(['Visa'], { foldCase: true }).longestFrom('走VISA通道', 1), 5);
  });

  it("matches a name's middle dot written as a bullet or a katakana dot", () => {
    const dotted = new PhraseTrie(['德勤·关黄陈方会计师行']);
    for (const text of ['德勤•关黄陈方会计师行', '德勤・关黄陈方会计师行', '德勤·关黄陈方会计师行']) assert.equal(dotted.longestFrom(text, 0), 11, text);
    assert.equal(lookupName('德勤•关黄陈方会计师行')?.entry.canonical, '德勤·关黄陈方会计师行');
  });

  it('finds in a text what a search for each phrase finds, with thousands of phrases', () => {
    // The dictionary's own names and the tails of each: thousands of nodes sharing prefixes.
    const phrases = [...new Set([...COMPANY_NAMES.keys()].flatMap((n) => [n, n.slice(1)]).filter((n) => n.length > 0))];
    const forward = new PhraseTrie(phrases);
    const backward = new PhraseTrie(phrases, { reversed: true });
    const text = `${phrases.slice(0, 400).join('和')}𠮷😀，CRLF\r\n`;
    const norm = (s: string) => s.replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
    const folded = norm(text);
    const normed = phrases.map(norm); // (once: the search below reads every phrase at every position)
    for (let i = 0; i <= text.length; i++) {
      const ends = phrases.filter((_, k) => folded.startsWith(normed[k]!, i)).map((p) => i + p.length);
      const starts = phrases.filter((p, k) => i >= p.length && folded.startsWith(normed[k]!, i - p.length)).map((p) => i - p.length);
      assert.equal(forward.longestFrom(text, i), ends.length ? Math.max(...ends) : -1, `from ${i}`);
      assert.equal(backward.longestEndingAt(text, i), starts.length ? Math.min(...starts) : -1, `ending at ${i}`);
    }
  });
});

describe('stock code table', () => {
  it('gives each code one company, A-share codes of six digits and Hong Kong codes of five', () => {
    const source = readFileSync(path.resolve(__dirname, '../../../../src/engine/dict/stockCodes.ts'), 'utf8');
    const block = source.slice(source.indexOf('const LINES = `') + 15, source.indexOf('`;', source.indexOf('const LINES = `')));
    const codes = block.split('\n').flatMap((line) => line.trim().split(/\s+/).slice(1)).filter(Boolean);
    assert.equal(new Set(codes).size, codes.length);
    assert.deepEqual(codes.filter((c) => !/^\d{5,6}$/.test(c)), []);
    assert.equal(LISTED_BY_CODE.size, codes.length);
  });

  it('reads a code as the press writes it: full-width digits, a market suffix, a Hong Kong code of four digits', () => {
    assert.deepEqual(['６０１８５７', '601857.SH', '0700.HK', '00700', '700.HK'].map(normalizedCode), ['601857', '601857', '00700', '00700', '00700']);
    assert.equal(LISTED_BY_CODE.get(normalizedCode('0857.HK')), '中国石油天然气股份有限公司');
    // a group's listed arm by its own code (东风汽车（600006.SH） is 东风汽车股份有限公司, not 东风汽车集团有限公司)
    assert.equal(LISTED_BY_CODE.get(normalizedCode('600006.SH')), '东风汽车股份有限公司');
  });
});
