import { isProvinceOrCity } from '../../dict/places';
import { CharSet } from '../text/charSet';
import { isForeignCountry } from './nameWords';
import type { Found } from './registeredName';
import type { TokenIndex } from '../text/tokenIndex';

// The telecom operators' provincial and city companies go by the place and the operator's short
// name: 浙江移动 (中国移动通信集团浙江有限公司), 南京电信, 四川联通, and China Tower's: 山东铁塔. The operator's word alone is an
// everyday one (移动, 电信), so only the place before it makes it a name. (A province's 广电 is its
// broadcaster, 湖南广电, not 中国广电's company.) State Grid's provincial ones go by 国网 and the place: 国网甘肃电力.
// A foreign country's national operator goes by the country and its trade: 法国电力公司 (EDF), 沙特电信公司 (stc).

const OPERATORS = new Set(['移动', '联通', '电信', '铁塔']);
/** Their last characters: a word ending in none is no operator's, and needs no slice to tell. */
const OPERATOR_END = new CharSet([...OPERATORS].map((o) => o.at(-1)).join(''));
/** Words after which the place and the operator's word are a market or a service, not a company: 上海移动支付, 浙江电信诈骗, 广东电信市场. */
const SERVICE_AFTER = /^(?:支付|互联|通信|通讯|端|办公|应用|医疗|诈骗|网络|执法|政务|设备|终端|电源|硬盘|充电|储能|机器人|平台|运营|行业|市场|监管|管理|条例|产业|技术|业务经营|用户规模|服务业|基础设施)/;

/** Regional operator companies in the text: a province or city, then an operator's short name. */
export function regionalOperators(text: string, idx: TokenIndex): Found[] {
  const out: Found[] = [];
  const tokens = idx.tokens;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const place = tokens[i - 1];
    // (浙江电信/nz: the segmenter may keep them one word.)
    if (!OPERATOR_END.at(t.word, t.word.length - 1)) continue;
    const glued = t.word.length > 2 && OPERATORS.has(t.word.slice(-2)) && isProvinceOrCity(t.word.slice(0, -2));
    if (!(glued || (place && OPERATORS.has(t.word) && place.end === t.start && isProvinceOrCity(place.word)))) continue;
    const start = glued ? t.start : place!.start;
    if (text.startsWith('中国', start - 2) || SERVICE_AFTER.test(text.slice(t.end, t.end + 4))) continue;
    out.push({ start, end: t.end, label: 'COMPANY', source: 'rule:company-operator' });
  }
  // State Grid's provincial companies: 国网甘肃电力. (A city's or a county's supply company is its branch, 国网's: 国网济南供电公司.)
  for (const m of text.matchAll(STATE_GRID_UNIT)) if (isProvinceOrCity(m[1]!)) out.push({ start: m.index!, end: m.index! + m[0].length, label: 'COMPANY', source: 'rule:company-operator' });
  for (const m of text.matchAll(NATIONAL_OPERATOR)) {
    // (…the Congo's named with its capital's initial: 刚果（金）国家矿业公司.)
    const congo = CONGO_BEFORE.exec(text.slice(Math.max(0, m.index! - 5), m.index!))?.[0].length ?? 0;
    const country = idx.at(m.index! - 1 - congo);
    const end = m.index! + m[0].length;
    if (!country || country.end !== m.index! - congo || !isForeignCountry(country.word) || !idx.isBoundary(end)) continue;
    if (SOME_BEFORE.test(text.slice(Math.max(0, country.start - 2), country.start)) || MANY_AFTER.test(text.slice(end, end + 2))) continue;
    out.push({ start: country.start, end, label: 'COMPANY', source: 'rule:company-operator' });
  }
  return out;
}

/**
 * A national trade and 公司, after a foreign country's name: (韩国)电力公司, (沙特)电信公司, (德国)铁路公司, (巴西)国家石油公司,
 * (哈萨克斯坦)国家石油天然气公司, (哈萨克斯坦)国家原子能公司.
 */
const NATIONAL_OPERATOR = /(?:国家)?(?:电力|电信|铁路|石油天然气|石油|天然气|邮政|原子能|矿业)公司/g;
/** The capital's initial that tells the two Congos apart: 刚果（金）, 刚果（布）. */
const CONGO_BEFORE = /[(（][金布][)）]$/;
/** Any or several companies of the trade in that country, no name: 一家美国电力公司, 多家韩国电信公司, 各国石油公司. */
const SOME_BEFORE = /(?:[一两几多各某该这那每些]家?|其他|主要|大型|众多|等)$/;
const MANY_AFTER = /^(?:们|纷纷|普遍|大多|都|均)/;

/** 国网, a province or city, and its power company: 国网甘肃电力, 国网甘肃省电力公司. */
const STATE_GRID_UNIT = /国网([\u4e00-\u9fff]{2,3}?)[省市]?(?:电力公司|电力)/g;
