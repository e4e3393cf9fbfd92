import { OffsetMap } from '../core/offsets';
import { compareSpans, type SpanDraft } from '../core/span';
import { narrowed } from './astral';
import { foldLatin, latinFolded } from './fullWidthLatin';
import { unpadded } from './paddedNames';
import { lookupName } from './dict/companies';
import { toSimplified } from './dict/traditional';
import { LEXICON_SOURCE, type LexiconMatcher } from './lexicon/matcher';
import { recognizeAmounts } from './recognizers/amount/amount';
import { recognizeCompanies } from './recognizers/company/company';
import { recognizeDates } from './recognizers/date/date';
import { GLUE } from './recognizers/official/names';
import { recognizeOfficials } from './recognizers/official/official';
import type { Candidate, Recognizer, RecognizerInput } from './recognizers/types';
import { resolveOverlaps } from './resolve';
import type { Token } from './segmenter/segmenter';
import { withCompanyOrganizations } from './companyOrganizations';

const RECOGNIZERS: Recognizer[] = [recognizeCompanies, recognizeOfficials, recognizeDates, recognizeAmounts];

/**
 * Text and its tagged tokens in, suggestions out (code points, sorted, never overlapping): the
 * recognizers and the lexicon, minus what the annotator rejected in the same context, with
 * overlaps resolved (resolve.ts). Runs inside a segmenter worker, next to the tokens. An
 * article in traditional script is recognized in its simplified form (same offsets), one with
 * characters outside the BMP with a stand-in of one unit for each (astral.ts), and officials in
 * one with names padded with spaces closed up (paddedNames.ts).
 */
export function recognize(text: string, tokens: readonly Token[], lexicon?: LexiconMatcher): SpanDraft[] {
  const input = { text, tokens };
  const map = new OffsetMap(text);
  const found: Candidate[] = [];
  const view = simplified(input);
  const narrow = narrowed(view, map);
  const read = narrow?.input ?? view;
  const padded = unpadded(read);
  const latin = latinFolded(read);
  const recognized = RECOGNIZERS.map((r) => {
    const found = padded && r === recognizeOfficials ? padded.widen(r(padded.input)) : r(latin && r === recognizeCompanies ? latin : read);
    return narrow ? narrow.widen(found) : found;
  });
  for (const candidates of [...recognized, lexicon?.recognize(input) ?? []]) {
    for (const c of candidates) if (isWellFormed(c, map) && !lexicon?.isRejected(text, c)) found.push(c);
  }
  withCompanyOrganizations(found, view.text);
  const spans = resolveOverlaps(withoutCompaniesInNames(withoutNamesOfCompanies(found, view.text), view.text));
  if (view.traditional || latin) {
    const read = foldLatin(view.text);
    for (const c of spans) withAttrsAsWritten(c, read, text);
  }
  // The candidates are this call's own: converted in place rather than copied.
  for (const c of spans) {
    c.start = map.toCodePoint(c.start);
    c.end = map.toCodePoint(c.end);
  }
  return spans.sort(compareSpans);
}

/**
 * A title, an organization or a full name the article writes, as it writes it: in a traditional
 * article, the text at the same place as in its simplified form (台积电 → 台積電), and full-width
 * Latin as written (ＡＢＣ科技有限公司, read as ABC科技有限公司), the mention nearest before the span
 * first (`read`: the simplified text, Latin folded). A dictionary's name the article does not write stays simplified.
 */
function withAttrsAsWritten(c: Candidate, read: string, text: string): void {
  for (const key of ['title', 'org', 'canonical'] as const) {
    const value = c.attrs?.[key];
    if (typeof value !== 'string' || !value) continue;
    const folded = foldLatin(value);
    const before = read.lastIndexOf(folded, c.start);
    const at = before >= 0 ? before : read.indexOf(folded);
    if (at >= 0) c.attrs![key] = text.slice(at, at + value.length);
  }
}

/** Companies that may run on from a function character a name was read to start with. */
const GLUED_SOURCES = new Set(['rule:company-short', 'dict:company']);

/** Officials whose name a title or an appointment delimits. */
const DELIMITED = new Set(['rule:official-title', 'rule:official-appointed']);

/**
 * A company found from inside a name a title or an appointment delimits is no company: 选举陈华为公司董事长
 * is 陈华, not 华为公司, though the longer span would win. (The annotator's lexicon is kept.)
 */
function withoutCompaniesInNames(found: Candidate[], text: string): Candidate[] {
  const names = found.filter((c) => c.label === 'OFFICIAL' && DELIMITED.has(c.source));
  if (!names.length) return found;
  // (…unless the name starts with a function character and a short name the article uses, or the dictionary's, runs on from the next:
  // 总经理由金穗农业提名 is 由 金穗农业, no 由金穗; 董事长由鲁信集团现任董事长兼任 is 由 鲁信集团.)
  const glued = new Set(names.filter((n) => GLUE.at(text, n.start) && found.some((c) => c.label === 'COMPANY' && GLUED_SOURCES.has(c.source) && c.start === n.start + 1 && c.end > n.end)));
  // (…but a name the dictionary knows whole from where the name starts is the company's: 首席商务官 康方/生物科技（开曼）有限公司, no official 康方.)
  return found.filter((c) => !glued.has(c) && (c.label !== 'COMPANY' || c.source === LEXICON_SOURCE || !names.some((n) => !glued.has(n) && c.start >= n.start && c.start < n.end && c.end > n.end && !(c.start === n.start && lookupName(text.slice(c.start, c.end))))));
}

/** What declares a company's short name right before it: （以下简称“克劳森”）, （下称宏晟）. */
const DECLARED_BEFORE = /(?:简称|下称)[:：]?[“"「『]?$/;

/**
 * A name the article declares a company's short name is the company's wherever no title delimits it as a
 * person's: 克劳森精密技术股份公司（以下简称“克劳森”）… 克劳森首席执行官为弗兰克·奥伯迈尔 has no official 克劳森
 * addressed by the title after it, nor its other mentions.
 */
function withoutNamesOfCompanies(found: Candidate[], text: string): Candidate[] {
  const declared = new Set(found.filter((c) => c.label === 'COMPANY' && DECLARED_BEFORE.test(text.slice(Math.max(0, c.start - 5), c.start))).map((c) => text.slice(c.start, c.end)));
  return declared.size ? found.filter((c) => c.label !== 'OFFICIAL' || DELIMITED.has(c.source) || c.source === LEXICON_SOURCE || !declared.has(text.slice(c.start, c.end))) : found;
}

/**
 * What the recognizers read: an article in traditional script as simplified text (same offsets;
 * their dictionaries and rules are simplified), so attributes come out simplified too
 * (台積電董事長 → org 台积电) until withAttrsAsWritten. The lexicon reads the article as written.
 */
function simplified(input: RecognizerInput): RecognizerInput {
  const text = toSimplified(input.text);
  return text === input.text ? input : { text, tokens: input.tokens.map((t) => ({ ...t, word: text.slice(t.start, t.end) })), traditional: true };
}

/** A candidate a recognizer got wrong (empty, outside the text, splitting a surrogate pair) is dropped. */
function isWellFormed(c: Candidate, map: OffsetMap): boolean {
  return Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.start < c.end && c.end <= map.utf16Length && !map.splitsPair(c.start) && !map.splitsPair(c.end);
}
