import type { Mention } from './appointments';
import { TITLE_AT } from './officialTitles';
import { STOCK_CODE } from './titleOrg';
import { nameAt } from './titledNames';
import type { TokenIndex } from '../text/tokenIndex';

/** A cell's bounds in the text, its spaces trimmed. */
interface Cell {
  start: number;
  end: number;
}

/**
 * A header row: how many cells it has, the column of the names, the post they hold (a post heading that column) or the
 * column of each row's post (a 职务 column beside a 姓名 one, -1 otherwise), and the column of the organization (-1 if none).
 */
interface Header {
  cells: number;
  names: number;
  title: string;
  posts: number;
  org: number;
}

/** The rules between a table's cells as text writes them: ｜, |, a tab. */
const RULE = /[｜|\t]/;
/** A header cell that names the organization of each row: 当事人名称, 企业名称, 单位. */
const ORG_HEADER = /名称|^(?:当事人|单位|企业|公司|机构)/;
/** What may follow a post in its header cell: a note in brackets on who else holds it (法定代表人（负责人）). */
const HEADER_NOTE = /^(?:[（(][^（）()]{1,8}[)）])?$/;
/** The header cells of a table of people and their posts: 姓名, then 职务. */
const NAME_HEADER = /^姓名$/;
const POST_HEADER = /^(?:职务|职位|现任职务|担任职务)$/;
/** What may follow a name in its cell: the person's sex (江慧敏（女）). */
const NAME_NOTE = /^(?:[（(][男女][)）])?$/;

/**
 * The holders of a post a table's column is headed by, as penalty notices and registers print them
 * (序号｜当事人名称｜法定代表人（负责人）｜…, then １｜杭州味之源餐饮管理有限公司｜赵强｜…): each row's cell in
 * that column that is a name alone, its organization the row's cell under a 名称 header; and the people of a
 * table of names and posts (序号｜姓名｜企业｜职务, then 1｜王　鹏｜昆山金宇电子有限公司｜董事长、总经理), each with its row's post.
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
    const { start } = cells[header.names]!;
    const end = nameCellEnd(text, cells[header.names]!, idx);
    if (end - start < 2 || end - start > 4) continue;
    const post = header.posts >= 0 ? cells[header.posts]! : undefined;
    if (post && TITLE_AT.longestFrom(text, post.start) <= post.start) continue;
    const title = post ? text.slice(post.start, post.end) : header.title;
    // (…without the stock code after its name: 苏州东吴生物医药股份有限公司（688312.SH）.)
    const org = header.org >= 0 ? text.slice(cells[header.org]!.start, cells[header.org]!.end).replace(STOCK_CODE, '') : '';
    out.push({ start, end, title, org, source: 'rule:official-title' });
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

/**
 * The column a header row names a post in (the post alone in its cell), or its 姓名 and 职务 columns, and its
 * organization's column; none where no cell is a post or such a pair, or one is a name (a row of a table of names and posts).
 */
function headerOf(text: string, cells: readonly Cell[], idx: TokenIndex): Header | undefined {
  if (cells.some((c) => nameCellEnd(text, c, idx) > 0)) return undefined;
  const headed = (re: RegExp) => cells.findIndex((c) => re.test(text.slice(c.start, c.end)));
  const orgOf = (...not: number[]) => cells.findIndex((c, k) => !not.includes(k) && ORG_HEADER.test(text.slice(c.start, c.end)));
  const [names, posts] = [headed(NAME_HEADER), headed(POST_HEADER)];
  if (names >= 0 && posts >= 0) return { cells: cells.length, names, title: '', posts, org: orgOf(names, posts) };
  const titleEnds = cells.map(({ start }) => TITLE_AT.longestFrom(text, start));
  const post = cells.findIndex(({ start, end }, k) => titleEnds[k]! > start && titleEnds[k]! <= end && HEADER_NOTE.test(text.slice(titleEnds[k]!, end)));
  if (post < 0) return undefined;
  return { cells: cells.length, names: post, title: text.slice(cells[post]!.start, titleEnds[post]), posts: -1, org: orgOf(post) };
}

/** The end of the name a cell holds alone (its sex noted after it: 江慧敏（女）), or -1. */
function nameCellEnd(text: string, { start, end }: Cell, idx: TokenIndex): number {
  const name = end > start ? nameAt(text, start, idx) : -1;
  return name > start && name <= end && NAME_NOTE.test(text.slice(name, end)) ? name : -1;
}
