// Names padded with spaces: government and company pages align a two-character name with the
// three-character ones around it (市委书记宁　刚，市长许　琳; 独立董事钱 鹤、张克东), and some part the
// surname from the given name (市长龚 文政). The officials recognizer, whose rules read a name as
// the characters next to its title, its verb or its list (任命王磊为, 副主任莫国春、), reads an article
// with those spaces taken out; what it finds is mapped back, the span covering the name with its
// spaces (宁　刚), and a name read on past its spaces ends where they say.
import { COMPOUND_SURNAMES, SINGLE_SURNAMES } from './dict/surnames';
import { AFTER_NAME, HONORIFICS, NOT_GIVEN, personNameAt } from './recognizers/official/names';
import { LINE_START } from './recognizers/official/official';
import { TITLE_AT, titleBefore } from './recognizers/official/officialTitles';
import { TokenIndex } from './recognizers/text/tokenIndex';
import type { Candidate, RecognizerInput } from './recognizers/types';
import type { Token } from './segmenter/segmenter';

/** Tags of the function characters the segmenter glues onto a name's last character (明在/x) or its surname (为陈/x, 由向/x): a preposition, a particle. */
const GLUED_TAGS: Readonly<Record<string, string>> = { 在: 'p', 为: 'p', 于: 'p', 向: 'p', 对: 'p', 由: 'p', 的: 'uj', 等: 'u' };

/** One or two spaces (ASCII, ideographic, no-break) between two Chinese characters; the test for any, without the global flag's state. */
const PADDING = /(?<=[\u4e00-\u9fff])[ \u3000\u00a0]{1,2}(?=[\u4e00-\u9fff])/g;
const PADDING_ANY = new RegExp(PADDING.source);
const CJK = /[\u4e00-\u9fff]/;
/** The verb of a post taken, after a list's name: 任, 出任, 担任, 兼任. */
const POST_TAKEN = /^(?:任|出任|担任|兼任)/;
/** A line's start and one to three characters of a name before its last. */
const LINE_OPENED_BEFORE = /(?:^|\n)[^\S\n]*[\u4e00-\u9fff]{1,3}$/;

/** A padded name: the surname at `start`, `spaces` after it, then a given name of `given` characters. */
interface Padded {
  start: number;
  surname: number;
  spaces: number;
  given: number;
}

export interface PaddedView {
  /** The article with the spaces inside padded names taken out. */
  readonly input: RecognizerInput;
  /** Candidates found in `input`, mapped in place to the article's offsets. */
  widen(found: Candidate[]): Candidate[];
}

/** The view of an article with its padded names closed up, else undefined (no padded name). */
export function unpadded(input: RecognizerInput): PaddedView | undefined {
  const { text, tokens } = input;
  if (!PADDING_ANY.test(text)) return undefined;
  const idx = TokenIndex.of(tokens, text.length);
  const names: Padded[] = [];
  for (const m of text.matchAll(PADDING)) {
    const name = paddedNameAt(text, m.index, m[0].length, idx);
    const last = names[names.length - 1];
    if (name && (!last || last.start + last.surname + last.spaces + last.given <= name.start)) names.push(name);
  }
  if (!names.length) return undefined;
  // View offset of each name's given name, and how many spaces are out before it (the view's offset plus that is the article's).
  const givenAt: number[] = [];
  const outBefore: number[] = [];
  let view = '';
  let from = 0;
  let out = 0;
  const viewTokens: Token[] = [];
  let t = 0;
  const shifted = (tok: Token): Token => ({ ...tok, start: tok.start - out, end: tok.end - out });
  for (const n of names) {
    const at = n.start + n.surname;
    const end = at + n.spaces + n.given;
    // (A token glued onto the surname, a title's end (官汪/x) or a preposition (为陈/x), stays a token of its own before the name.)
    const head = idx.at(n.start)!;
    while (t < tokens.length && tokens[t]!.end <= head.start) viewTokens.push(shifted(tokens[t++]!));
    if (head.start < n.start) viewTokens.push({ word: text.slice(head.start, n.start), start: head.start - out, end: n.start - out, tag: n.start - head.start === 1 ? GLUED_TAGS[text[head.start]!] ?? 'n' : 'n' });
    // (…and one glued onto the given name, what follows a name (明在/x), a token of its own after it.)
    const tail = idx.at(end - 1)!;
    while (t < tokens.length && tokens[t]!.start < end) t++;
    view += text.slice(from, at);
    const start = n.start - out;
    out += n.spaces;
    givenAt.push(at - out + n.spaces);
    outBefore.push(out);
    view += text.slice(at + n.spaces, end);
    from = end;
    // The segmenter's pieces of the padded name become one name.
    viewTokens.push({ word: view.slice(start), start, end: view.length, tag: 'nr' });
    if (tail.end > end) viewTokens.push({ word: text.slice(end, tail.end), start: end - out, end: tail.end - out, tag: GLUED_TAGS[text[end]!] ?? 'x' });
  }
  view += text.slice(from);
  while (t < tokens.length) viewTokens.push(shifted(tokens[t++]!));
  // The article's offset of a view offset: after the spaces taken out before it (an end, only those before its last character).
  const article = (pos: number, isEnd: boolean): number => {
    let shift = 0;
    for (let k = 0; k < givenAt.length && (isEnd ? givenAt[k]! < pos : givenAt[k]! <= pos); k++) shift = outBefore[k]!;
    return pos + shift;
  };
  return {
    input: { ...input, text: view, tokens: viewTokens },
    widen(found) {
      for (const c of found) {
        c.start = article(c.start, false);
        c.end = article(c.end, true);
        // (A name read on past a padded name's end is the padded name: the spaces say where it ends (核准王　刚/豫南农商银行董事长).)
        // (…and the characters it took are its organization's first: org 南农商银行 → 豫南农商银行.)
        const padded = names.find((n) => n.start === c.start);
        const end = padded ? paddedEnd(padded) : c.end;
        if (end < c.end) {
          const taken = text.slice(end, c.end);
          const org = c.attrs?.org;
          if (org && text.startsWith(taken + org, end)) c.attrs!.org = taken + org;
          c.end = end;
        }
      }
      return found;
    },
  };
}

const paddedEnd = (n: Padded): number => n.start + n.surname + n.spaces + n.given;

/** Whether a surname and two characters at `p` open their line, after its indent only: the surname a word alone or a name's (not 任命/n 刘  洋为). */
function nameOfThreeOpensLine(text: string, p: number, idx: TokenIndex): boolean {
  const first = idx.at(p);
  return SINGLE_SURNAMES.at(text, p) && CJK.test(text[p + 1] ?? '') && (first?.end === p + 1 || first?.tag === 'nr') && LINE_START.test(text.slice(Math.max(0, p - 12), p));
}

/**
 * The padded name whose spaces are text[at, at + spaces), if it is one: a surname that is a word of its
 * own before them and no title's end, and after them a given name of one or two characters the segmenter ends a word
 * after. Two unless the second is what follows a name (黄 俊为, 唐 敏先生), not a given name's.
 */
function paddedNameAt(text: string, at: number, spaces: number, idx: TokenIndex): Padded | undefined {
  // (Not a title's last character and a surname: 副市长孙　斌 is 孙, no 长孙.)
  const compound = at >= 2 && COMPOUND_SURNAMES.longestFrom(text, at - 2) === at && titleBefore(text, at - 1)?.end !== at - 1;
  const start = compound ? at - 2 : at - 1;
  if (!compound && !SINGLE_SURNAMES.at(text, start)) return undefined;
  // (The segmenter may have glued the surname onto a title's last character, 首席财务/官汪/x, or onto a preposition: 负责人/为陈/x.)
  if (!idx.isBoundary(start) && !(idx.at(start)!.end === at && (titleBefore(text, start)?.end === start || (idx.at(start)!.start === start - 1 && GLUED_TAGS[text[start - 1]!] === 'p')))) return undefined;
  // (Not the last character of a title before a space: 首席商务官 康方生物, 市长 王磊; nor of a name of three, a table's cell: 首席分析师　贺嘉明　执业证书编号.)
  // (…nor of a name of three opening a table's line, before its column's spaces: 　　孙晓梅　　园区生态环境分局副局长.)
  if ((titleBefore(text, at)?.start ?? at) < start || (start >= 2 && ((personNameAt(text, start - 2, idx) === at && titleBefore(text, start - 2) !== undefined) || (spaces > 1 && nameOfThreeOpensLine(text, start - 2, idx))))) return undefined;
  const given = at + spaces;
  if (NOT_GIVEN.at(text, given)) return undefined;
  // (Nor the last character of a name opening its line before the space and the verb of its post: 　　周振宇　任….)
  if (POST_TAKEN.test(text.slice(given, given + 2)) && LINE_OPENED_BEFORE.test(text.slice(Math.max(0, start - 5), start))) return undefined;
  const second = given + 1;
  // (Nor a second character that starts a title or the verb of a post: 刘　强/行长, 县长覃　勇/任指挥长.)
  const titleAfter = TITLE_AT.longestFrom(text, second) > 0;
  const two = CJK.test(text[second] ?? '') && !AFTER_NAME.at(text, second) && !NOT_GIVEN.at(text, second) && !HONORIFICS.has(text.slice(second, second + 2)) && !titleAfter && !POST_TAKEN.test(text.slice(second, second + 2));
  // (…or glued what follows a name onto a given name of one: 明在/x, 辉等/x.)
  // (…or the first character of a title after it: 刘　强行/d 长.)
  const length = two && idx.isBoundary(given + 2) ? 2 : idx.isBoundary(given + 1) || (idx.isBoundary(given + 2) && AFTER_NAME.at(text, second)) || titleAfter ? 1 : 0;
  return length ? { start, surname: at - start, spaces, given: length } : undefined;
}
