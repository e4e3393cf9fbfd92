import { lookupName, NOT_COMPANIES, type CompanyEntry } from '../../dict/companies';
import { MONTH_AND_DAY_AHEAD } from '../date/date';
import { companyNameEndingAt, type Found } from './registeredName';

// Company names written in Latin letters inside Chinese text, known by the word that says they are
// companies: a legal form (Tesla, Inc., HSBC Holdings plc, Airbus SE, Novo Nordisk A/S) or a word
// only companies are named with (Summit Therapeutics, Palantir Technologies, Index Ventures), or by
// the word for the kind of company right before (金融科技公司Finora). Without these a Latin name is
// a company only by the dictionary or its context (company.ts, companyCues.ts).

/** A letter of a name, accented ones too (Nestlé, Hermès). */
const LETTER = 'A-Za-z0-9À-ÖØ-öø-ÿ';
const IS_LETTER = new RegExp(`[${LETTER}]`);
/** A capitalised word of a name: Bristol-Myers, J.P., AT&T, O'Neil, A/S. */
const WORD = String.raw`[A-Z](?:[${LETTER}]|[-&'’/](?=[${LETTER}])|\.(?=[A-Za-zÀ-ÖØ-öø-ÿ]))*\.?`;
/**
 * Capitalised words joined by spaces, & or and, a legal form after a comma (Tesla, Inc., CO., LTD., Shiseido Company, Limited) and plc, a bracketed
 * place or word before more of the name (WuXi AppTec (Hong Kong) Limited, CHINA PACIFIC INSURANCE (GROUP) CO., LTD.).
 */
const RUN = new RegExp(String.raw`(?<![${LETTER}&.-])${WORD}(?:(?: | & | and | of (?=[A-Z])|, (?=(?:Inc|Ltd|Limited|Incorporated|LLC|plc|PLC|AG|SE|N\.V|INC|LTD|LIMITED)\b))(?:${WORD}|plc\b)| \([A-Z][A-Za-z]+(?: [A-Z][A-Za-z]+)?\)(?= [A-Z]))*`, 'g');
/** Legal forms and the words only companies are named with (registers write them in capitals too: CO., LTD.). */
const CORPORATE = new Set(
  `Inc Inc. Incorporated Corp Corp. Corporation Company Co Co. Ltd Ltd. Limited LLC L.P. plc PLC AG SE SA S.A. N.V. NV A/S GmbH KGaA Aktiengesellschaft SARL Bhd Pte Pty B.V. BV S.p.A. Oyj ASA SAS K.K.
   Holdings Group Groupe Entertainment Research Therapeutics Therapies Pharmaceuticals Pharma Biosciences Biotherapeutics Biotech Technologies Airlines Airways Capital Ventures Partners Resources Mining Minerals Management`
    .split(/\s+/)
    .flatMap((w) => (w.length >= 3 && /[a-z]/.test(w) ? [w, w.toUpperCase()] : [w])),
);

/** A name up to a legal form of the last word's kind, and more words after it. */
const LEGAL_FORM_THEN_MORE = /^(.*? (?:Inc\.?|Incorporated|Corporation|Ltd\.?|LTD\.?|Limited|LIMITED|LLC|plc|PLC|GmbH|AG|N\.V\.|S\.A\.))(?: (?![Ll]imited|LTD|Ltd|Inc|INC|plc|PLC|LLC|AG|N\.V|S\.A)[A-Z][^,]*)$/;
/** Words of a company's arm of its own, not the company: Intel Capital, Sony Pictures Entertainment. */
const ARMS = new Set(['Capital', 'Ventures', 'Partners', 'Entertainment', 'Research']);

/** More of a Latin name after `end`: a space and a capital (Caldera … Caldera Heart). */
export const latinNameGoesOn = (text: string, end: number): boolean => text[end] === ' ' && /[A-Z]/.test(text[end + 1] ?? '');

/**
 * The Latin company names in `text`: those that carry a corporate word after their first
 * (rule:company-latin), and those right after a word for what kind of company they are
 * (rule:company-apposition: 金融科技公司Finora, 初创企业Sakana AI), of one to three words, not
 * one that starts with an acronym (公司CEO David Ha, 企业IPO).
 */
export function latinCompanyNames(text: string): Found[] {
  const out: Found[] = [];
  for (const m of text.matchAll(RUN)) {
    // (A date glued on is no part of the name: Live Nation Entertainment5月1日.)
    const digits = /\d{1,4}$/.exec(m[0])?.[0].length ?? 0;
    const dated = digits > 0 && DATE_AHEAD.test(text.slice(m.index + m[0].length - digits, m.index + m[0].length + 8));
    if (dated) m[0] = m[0].slice(0, -digits);
    // (A legal form ends the name; a page footer's words after it are not the name's: Phoenix New Media Limited All Rights Reserved.)
    const formEnd = LEGAL_FORM_THEN_MORE.exec(m[0])?.[1]!.length;
    if (formEnd !== undefined) m[0] = m[0].slice(0, formEnd);
    const end = m.index + m[0].length;
    // (A number right after a legal form's full stop is the next word's: Precision Motion Systems, Inc.100%股权.)
    if ((IS_LETTER.test(text[end] ?? '') && !(m[0].endsWith('.') && /\d/.test(text[end]!)) && !dated) || NOT_COMPANIES.has(m[0])) continue;
    const words = m[0].split(/,? (?:& |and )?/);
    // (Indonesia's legal form comes first: PT. Glory Industrial Indonesia, PT Vale Indonesia.)
    if (words.length >= 2 && (words.slice(1).some((w) => CORPORATE.has(w)) || /^PT\.?$/.test(words[0]!))) {
      // A dictionary company the name starts with is the one it names: Pfizer Inc. is 辉瑞; not its investment arm (Intel Capital).
      let entry: CompanyEntry | undefined;
      for (let k = words.length - 1; k >= 1 && !entry && !words.slice(k).some((w) => ARMS.has(w)); k--) entry = lookupName(words.slice(0, k).join(' '))?.entry;
      out.push({ start: m.index, end, label: 'COMPANY', source: 'rule:company-latin', entry });
      continue;
    }
    // A company's Latin name in brackets right after the Chinese name the dictionary knows, whole: 派拉蒙全球（Paramount Global）, 宏利金融（Manulife Financial）
    // (not an arm's or an institute's after a longer Chinese name: 星巴克中国（Starbucks China）, 瑞士再保险研究院（Swiss Re Institute）).
    const chinese = words.length >= 2 && /[（(]/.test(text[m.index - 1] ?? '') && /[)）]/.test(text[end] ?? '') ? companyNameEndingAt(text, m.index - 1) : -1;
    // (Nor a ticker in capitals: 苹果（AAPL US）.)
    if (chinese >= 0 && /[\u4e00-\u9fff]/.test(text[chinese]!) && /[a-z]/.test(m[0]) && !lookupName(m[0])) {
      out.push({ start: m.index, end, label: 'COMPANY', source: 'rule:company-latin', entry: lookupName(text.slice(chinese, m.index - 1))?.entry });
      continue;
    }
    const spaced = m[0].split(' ');
    if (KIND_BEFORE.test(text.slice(Math.max(0, m.index - 2), m.index)) && /[a-z]/.test(spaced[0]!) && spaced.length <= 3) {
      out.push({ start: m.index, end, label: 'COMPANY', source: AFTER_KIND, entry: lookupName(m[0])?.entry });
    }
  }
  return out;
}
export const AFTER_KIND = 'rule:company-apposition';
const DATE_AHEAD = new RegExp(`^(?:${MONTH_AND_DAY_AHEAD})`);
const KIND_BEFORE = /(?:公司|企业|[发营行造应务售厂]商|[车药房]企)$/;
