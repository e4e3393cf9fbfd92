import { PLACE_NAMES } from '../../dict/places';
import { GLUE, isCJKWord } from '../official/names';
import { COUNTRY_LIKE, isGeneric, MARKET_WORDS } from './nameWords';
import type { Found } from './registeredName';
import { scan, ScanPattern } from '../text/scan';
import type { TokenIndex } from '../text/tokenIndex';

/**
 * Listed companies under special treatment are cited by their stock name: ST曙光, *ST大唐, ＊ST天茂 (not ST股,
 * ST板块, ST公司, ST类: such stocks); so are those being delisted: 退市美尚 (not 退市风险, 退市新规).
 */
const STOCK_NAME = new ScanPattern(String.raw`[*＊]?ST(?!股|板块|概念|公司|类|企业|个股)(?=[\u4e00-\u9fff]{2})|退市(?=[\u4e00-\u9fff]{2})`);
/** Words of the delisting itself after 退市: 退市新规, 退市整理期. */
const DELISTING_WORDS = /^(?:新规|整理|风险|警示|制度|标准|指标|情形|程序|流程)/;
/** A stock name's last character that is the verb of a price (*ST工智/报/x 1.56元, *ST高鸿/收/x 跌). */
const PRICE_VERB_END = /^[\u4e00-\u9fff]{2}[报收涨跌]$/;
/** Stock names: the word after ST or 退市 (ST曙光, 退市海润), the name before a market marker (寒武纪-U), and one quoted in a case of trading it (操纵“盛源环保”股价). */
export function stockNames(text: string, idx: TokenIndex): Found[] {
  const out: Found[] = [];
  for (const m of scan(STOCK_NAME, text)) {
    // The stock name is the word after ST, or two one-character pieces: ST曙光/申请.
    const after = m.index + m[0].length;
    const first = idx.at(after);
    if (!first || first.start !== after) continue;
    // (退市 before a word of its own is the delisting: 退市/风险.)
    if (m[0] === '退市' && (first.tag !== 'x' || DELISTING_WORDS.test(first.word))) continue;
    let end = first.end - after >= 2 ? first.end : (idx.at(first.end)?.end ?? 0);
    if (end - after > 4) continue;
    if (first.tag === 'x' && PRICE_VERB_END.test(text.slice(after, end))) end--;
    // (A conjunction the segmenter glued on: *ST华拓及/x 实控人; a former mark: *ST华讯原/x 董事长; the passive: ST中泽被/x 债权人.)
    // (…onto the second of two pieces too: ST/中/f 泽被/n.)
    if ((first.tag === 'x' || first.end - after === 1) && end - after >= 3 && (GLUE.at(text, end - 1) || text[end - 1] === '原' || text[end - 1] === '被')) end--;
    if (idx.isBoundary(m.index) && !/[A-Za-z]/.test(text[m.index - 1] ?? '')) {
      out.push({ start: m.index, end, label: 'COMPANY', source: 'rule:company-stock' });
    }
  }
  // A stock name with the STAR or Hong Kong market's marker (寒武纪-U, 泽/璟/制药-U, 小米集团-W): the name before it, not its market's (港股小米集团-W);
  // recognizeCompanies adds the marker.
  for (const m of scan(STOCK_MARKER, text)) {
    let start = m.index;
    for (let j = idx.indexAt(m.index - 1); j >= 0; j--) {
      const t = idx.tokens[j]!;
      if (m.index - t.start > 6 || !isCJKWord(t.word) || NOT_IN_STOCK_NAME.has(t.tag ?? '') || MARKET_WORDS.has(t.word)) break;
      // (A conjunction the segmenter glued onto the name's first word: 而蔚来/x -SW.)
      if (t.tag === 'x' && t.word.length > 2 && GLUE.at(text, t.start)) {
        start = t.start + 1;
        break;
      }
      start = t.start;
    }
    if (m.index - start >= 2) out.push({ start, end: m.index, label: 'COMPANY', source: 'rule:company-stock' });
  }
  // A stock name quoted in a case of trading it: 操纵“盛源环保”股价, 连续买卖“凯晟科技”.
  for (const m of scan(QUOTED_STOCK, text)) {
    const name = m[1] ?? m[2]!;
    // (Not a market's or a kind of shares: “中国”股票, “概念”股票.)
    if (PLACE_NAMES.has(name) || COUNTRY_LIKE.has(name) || isGeneric(name) || KINDS_OF_SHARES.test(name)) continue;
    out.push({ start: m.index + 1, end: m.index + 1 + name.length, label: 'COMPANY', source: 'rule:company-stock' });
  }
  return out;
}
/** Kinds of shares quoted as a market calls them: “概念”股票, “妖股”, “龙头”股价. */
const KINDS_OF_SHARES = /^(?:概念|题材|板块|龙头|妖股|热门|蓝筹|白马|垃圾|绩优|问题)/;
/** A quoted stock name after a verb of trading shares, or before 股价 or 股票. */
const QUOTED_STOCK = new ScanPattern(String.raw`(?<=(?:操纵|买卖|交易|炒作|拉抬|打压|买入|卖出|减持|增持)(?:了|其)?)“([\u4e00-\u9fff]{2,6})”|“([\u4e00-\u9fff]{2,6})”(?=股价|股票)`);
/**
 * The marks a Hong Kong or STAR stock name writes after a dash about its shares: -W (weighted voting), -S, -SW (a secondary
 * listing), -B (a biotech without revenue), -U (no profit yet), and their pairs; the longer first.
 */
export const SHARE_MARKS = '(?:UW|WD|SW|SB|WR|U|W|S|B)(?![A-Za-z0-9])';
/** The marker after a stock name: 寒武纪-U, 小米集团-W. */
const STOCK_MARKER = new ScanPattern(`-${SHARE_MARKS}`);
/** Tags of words no stock name contains: times, function words, verbs and numerals. */
const NOT_IN_STOCK_NAME = new Set(['t', 'p', 'c', 'u', 'uj', 'ul', 'd', 'r', 'v', 'f', 'm', 'q', 'y']);
