import * as assert from 'node:assert/strict';
import { companies as found, names } from './companyHelpers';

describe('COMPANY mentions of a company the article names', () => {
  it('takes a Latin alias in brackets alone, without the brackets, and its later mentions', () => {
    assert.deepEqual(found('盖蒂公司（Getty Images）宣布，Getty Images将扩大业务。'), [
      { text: '盖蒂公司', source: 'rule:company-suffix', canonical: undefined },
      { text: 'Getty Images', source: 'rule:company-alias', canonical: '盖蒂公司' },
      { text: 'Getty Images', source: 'rule:company-mention', canonical: '盖蒂公司' },
    ]);
    assert.deepEqual(names("欧莱雅集团（L'Oréal）连续第八年参展"), ['欧莱雅集团', "L'Oréal"]); // accented letters
    // …after 原 (former) glued on: 原沃塔/x 瑞斯
    assert.deepEqual(names('美国Voltaris Energy Inc.（以下简称“沃塔瑞斯”）起诉。2022年，原沃塔瑞斯亚太区研发总监离职'), ['Voltaris Energy Inc.', '沃塔瑞斯', '沃塔瑞斯']);
  });

  it('takes no stock code in brackets for an alias', () => {
    assert.deepEqual(names('苹果公司(AAPL.O)与Alphabet(GOOGL US)股价上涨，信实工业（RELIANCE.NS）'), ['苹果公司', 'Alphabet', '信实工业']);
  });

  it('suggests every other mention of a name a rule found, with the registered name it stands for', () => {
    assert.deepEqual(names('星河珠宝的副总陈晓峰介绍说，星河珠宝今年将开新店。'), ['星河珠宝', '星河珠宝']);
    const dict = found('华为技术有限公司发布公告。华为表示');
    assert.deepEqual(dict.map((c) => c.canonical), [undefined, '华为技术有限公司']);
    // …a Latin name without its legal form (Vision Industries Company … Vision Industries)
    assert.deepEqual(names('公司与Vision Industries Company签署协议。其与Vision Industries合资的工厂将投产'), ['Vision Industries Company', 'Vision Industries']);
    // …a name of four characters or more between function characters the segmenter glued into unknown pieces (欧与保/x 乐力/n 加在华/x)
    assert.deepEqual(names('保乐力加中国区总裁表示。帝亚吉欧与保乐力加在华策略'), ['保乐力加', '帝亚吉欧', '保乐力加']);
    // …and after a word of likeness glued onto its first characters (像宏泰/x 镍业/x)
    assert.deepEqual(names('宏泰镍业科技股份有限公司总裁表示。“我们欢迎像宏泰镍业这样把冶炼带到印尼。'), ['宏泰镍业科技股份有限公司', '宏泰镍业']);
    // …or a noun (天源/供水管/n 网: the pipe network's management office)
    assert.deepEqual(names('郑州市天源供水有限公司（以下简称“天源供水”）将对管道迁改。天源供水管网管理所所长刘建军介绍'), ['郑州市天源供水有限公司', '天源供水', '天源供水']);
    // …or a trading session (易贷/数科盘/x 前: pre-market)
    assert.deepEqual(names('易贷数科控股有限公司（下称“易贷数科”）。受财报提振，易贷数科盘前股价一度上涨4.6%'), ['易贷数科控股有限公司', '易贷数科', '易贷数科']);
    // …or 须 (must: 子午线/置/地须/x)
    assert.deepEqual(names('子午线置地私人有限公司（以下简称“子午线置地”）。根据裁决，子午线置地须向华澄新加坡支付工程款'), ['子午线置地私人有限公司', '子午线置地', '子午线置地']);
    // …or 经 (through) glued there, and an adverb glued onto its last character (恒川/新材仅/x, 经锐拓/x 精密)
    assert.deepEqual(names('上海锐拓精密机械有限公司（以下简称“锐拓精密”）诉江苏恒川新材料科技股份有限公司（以下简称“恒川新材”）。此后，恒川新材仅支付了前两期款项，剩余款项经锐拓精密多次书面催告仍未支付'), ['上海锐拓精密机械有限公司', '锐拓精密', '江苏恒川新材料科技股份有限公司', '恒川新材', '恒川新材', '锐拓精密']);
    // …not the road a highway group is named for (江西省高速公路投资集团有限责任公司 … 运营高速公路)
    assert.deepEqual(names('江西省高速公路投资集团有限责任公司宣布，集团运营高速公路里程达6189公里'), ['江西省高速公路投资集团有限责任公司']);
  });

  it("takes the article's longer name over a dictionary name inside it (中信海达, not 中信)", () => {
    assert.deepEqual(found('中信海达（300999）涨停。机构买入中信海达5431万元，中信证券卖出').map((c) => [c.text, c.canonical]), [
      ['中信海达', undefined],
      ['中信海达', undefined],
      ['中信证券', '中信证券股份有限公司'],
    ]);
  });

  it('takes a Latin name in brackets after a company, before its stock code too', () => {
    // …with its legal form after a comma, and before the short form the article declares
    assert.deepEqual(names('玛氏公司（Mars, Incorporated）宣布。马士基集团（A.P. Moller-Maersk，以下简称“马士基”）公布'), ['玛氏公司', 'Mars, Incorporated', '马士基集团', 'A.P. Moller-Maersk', '马士基']);
    assert.deepEqual(names('远东宏信有限公司（Far East Horizon，03360.HK）公告。住友融资租赁株式会社（Sumitomo Mitsui Finance and Leasing）宣布'), ['远东宏信有限公司', 'Far East Horizon', '住友融资租赁株式会社', 'Sumitomo Mitsui Finance and Leasing']);
  });

  it('takes a Latin name listed with a company', () => {
    assert.deepEqual(names('育碧与Northwind签署协议'), ['育碧', 'Northwind']);
    assert.deepEqual(names('Northwind和育碧联合宣布'), ['Northwind', '育碧']);
    assert.deepEqual(names('育碧与VR技术结合'), ['育碧']);
    // (…nor an executive's title: 出任公司CEO和抖音集团CEO)
    assert.deepEqual(names('梁汝波、张楠分别出任公司CEO和抖音集团CEO。'), ['抖音集团']);
    // …whole, of several words: not its first or last word alone
    assert.deepEqual(names('Lynas Rare Earths与宁德时代签约，宁德时代与Arcadia Lithium Mines合作'), ['Lynas Rare Earths', '宁德时代', '宁德时代', 'Arcadia Lithium Mines']);
    // (…but a company the dictionary knows alone, before its platform's word)
    assert.deepEqual(names('随着Temu、TikTok Shop等平台加入'), ['Temu', 'TikTok']);
  });

  it('takes no mention inside a Latin word, before a model number, or of a medium as source', () => {
    assert.deepEqual(names('星河珠宝总裁说，星河珠宝2号店开业'), ['星河珠宝']);
    assert.deepEqual(names('Nexon总裁表示，Nexonia不同'), ['Nexon']);
  });
});
