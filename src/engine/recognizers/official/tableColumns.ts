import type { Mention } from './appointments';
import { TITLE_AT } from './officialTitles';
import { nameAt } from './titledNames';
import type { TokenIndex } from '../text/tokenIndex';

/** A cell's bounds in the text, its spaces trimmed. */
interface Cell {
  start: number;
  end: number;
}

/** A header row: how many cells it has, the column of the post, the post, and the column of the organization (-1 if none). */
interface Header {
  cells: number;
  post: number;
  title: string;
  org: number;
}

/** The rules between a table's cells as text writes them: ｜, |, a tab. */
const RULE = /[｜|\t]/;
/** A header cell that names the organization of each row: 当事人名称, 企业名称, 单位. */
const ORG_HEADER = /名称|^(?:当事人|单位|企业|公司|机构)/;
/** What may follow a post in its header cell: a note in brackets on who else holds it (法定代表人（负责人）). */
const HEADER_NOTE = /^(?:[（(][^（）()]{1,8}[)）])?$/;

/**
 * The holders of a post a table's column is headed by, as penalty notices and registers print them
 * (序号｜当事人名称｜法定代表人（负责人）｜…, then １｜杭州味之源餐饮管理有限公司｜赵强｜…): each row's cell in
 * that column that is a name alone, its organization the row's cell under a 名称 header.
 */
export function tableColumnPosts(text: string, idx: TokenIndex): Mention[] {
  const out: Mention[] = [];
  let header: Header | undefined;
  let lastEnd = -1;
  for (const line of text.matchAll(/[^\n]+/g)) {
    const cells = cellsOf(line[0], line.index);
    // (A blank line or a line of no cells ends the table.)
    const follows = line.index === lastEnd + 1;
    lastEnd = line.index + line[0].length;
    if (cells.length < 3 || !follows) header = undefined;
    if (cells.length < 3) continue;
    const heading = headerOf(text, cells, idx);
    if (heading) {
      header = heading;
      continue;
    }
    if (!header || cells.length !== header.cells) continue;
    const { start, end } = cells[header.post]!;
    if (end - start < 2 || end - start > 4 || nameAt(text, start, idx) !== end) continue;
    const org = header.org >= 0 ? text.slice(cells[header.org]!.start, cells[header.org]!.end) : '';
    out.push({ start, end, title: header.title, org, source: 'rule:official-title' });
  }
  return out;
}

/** A row's cells, trimmed, by the rules between them. */
function cellsOf(line: string, at: number): Cell[] {
  if (!RULE.test(line)) return [];
  const cells: Cell[] = [];
  let from = 0;
  for (const piece of line.split(RULE)) {
    const lead = piece.length - piece.trimStart().length;
    cells.push({ start: at + from + lead, end: at + from + piece.trimEnd().length });
    from += piece.length + 1;
  }
  return cells;
}

/** The column a header row names a post in (the post alone in its cell), and its organization's column; none where no cell is a post, or one is a name (a row of a table of names and posts). */
function headerOf(text: string, cells: readonly Cell[], idx: TokenIndex): Header | undefined {
  if (cells.some(({ start, end }) => end > start && nameAt(text, start, idx) === end)) return undefined;
  const titleEnds = cells.map(({ start }) => TITLE_AT.longestFrom(text, start));
  const post = cells.findIndex(({ start, end }, k) => titleEnds[k]! > start && titleEnds[k]! <= end && HEADER_NOTE.test(text.slice(titleEnds[k]!, end)));
  if (post < 0) return undefined;
  const title = text.slice(cells[post]!.start, titleEnds[post]);
  return { cells: cells.length, post, title, org: cells.findIndex((c, k) => k !== post && ORG_HEADER.test(text.slice(c.start, c.end))) };
}
