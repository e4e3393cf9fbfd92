// The project lexicon: what the annotator accepted (suggested again wherever it recurs) and
// what they rejected (not suggested again in the same context). One readable file per corpus,
// .biaozhu/lexicon.json, shared by the CLI and the extension.
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from '../../core/atomicWrite';
import { OffsetMap } from '../../core/offsets';
import { LabelName, SpanAttrs, type Span } from '../../core/span';

export const LEXICON_DIR = '.biaozhu';
export const LEXICON_FILE = 'lexicon.json';
/** Code points kept either side of a rejected span: "the same context" means these agree. */
export const REJECT_CONTEXT = 4;
/** Attributes that name the entity itself and so hold wherever it recurs (a date's value does not). */
const IDENTITY_ATTRS = ['canonical', 'title', 'org'] as const;

const Entry = z.object({ text: z.string().min(1), label: LabelName, attrs: SpanAttrs.optional() }).strict();
const Rejection = z.object({ text: z.string().min(1), label: LabelName, context: z.tuple([z.string(), z.string()]) }).strict();
const LexiconSchema = z.object({ version: z.literal(1), entries: z.array(Entry), rejected: z.array(Rejection) }).strict();

export type LexiconEntry = z.infer<typeof Entry>;
export type LexiconRejection = z.infer<typeof Rejection>;
/** Plain data (structured-cloneable, sent to segmenter workers as is). */
export type Lexicon = z.infer<typeof LexiconSchema>;

export const emptyLexicon = (): Lexicon => ({ version: 1, entries: [], rejected: [] });

export class LexiconError extends Error {
  constructor(
    readonly file: string,
    readonly problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'LexiconError';
  }
}

export function lexiconPath(root: string): string {
  return path.join(root, LEXICON_DIR, LEXICON_FILE);
}

export function parseLexicon(file: string, json: string): Lexicon {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new LexiconError(file, `invalid JSON: ${(err as Error).message}`);
  }
  const result = LexiconSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new LexiconError(file, `not a valid Biaozhu lexicon: ${problems.join('; ')}`);
  }
  return normalize(result.data);
}

/** The lexicon of the corpus at `root`; empty when it has none yet. */
export async function loadLexicon(root: string): Promise<Lexicon> {
  const file = lexiconPath(root);
  let json: string;
  try {
    json = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return emptyLexicon();
    throw new LexiconError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return parseLexicon(file, json);
}

/** Same lexicon, same bytes: sorted, fixed key order, one entry a line. */
export function serializeLexicon(lexicon: Lexicon): string {
  const { entries, rejected } = normalize(lexicon);
  const list = (items: object[]) => (items.length ? `[\n${items.map((i) => '    ' + JSON.stringify(i)).join(',\n')}\n  ]` : '[]');
  const entryLines = entries.map(({ text, label, attrs }) => (attrs ? { text, label, attrs: sortedKeys(attrs) } : { text, label }));
  const rejectedLines = rejected.map(({ text, label, context }) => ({ text, label, context }));
  return `{\n  "version": 1,\n  "entries": ${list(entryLines)},\n  "rejected": ${list(rejectedLines)}\n}\n`;
}

/**
 * Writes the lexicon atomically when its bytes change (returns whether it wrote); an empty
 * lexicon is not written where there is no file yet. An existing file that does not parse is
 * the user's and is never overwritten: its error is thrown instead.
 */
export async function saveLexicon(root: string, lexicon: Lexicon): Promise<boolean> {
  const file = lexiconPath(root);
  const next = serializeLexicon(lexicon);
  const current = await fs.readFile(file, 'utf8').catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ENOENT') return undefined;
    throw new LexiconError(file, `cannot read (${err.code ?? String(err)})`);
  });
  if (current !== undefined) parseLexicon(file, current);
  const empty = !lexicon.entries.length && !lexicon.rejected.length;
  if (current === next || (current === undefined && empty)) return false;
  try {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, next);
  } catch (err) {
    throw new LexiconError(file, `cannot write (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return true;
}

/**
 * Adds what the annotator decided in `spans` (over `text`): accepted spans become entries,
 * rejected ones rejections with their context. Learning the same spans twice changes nothing;
 * an entry already known keeps its attributes. Returns a new lexicon.
 */
export function learnFromSpans(lexicon: Lexicon, text: string, spans: readonly Span[]): Lexicon {
  const map = new OffsetMap(text);
  const learned = emptyLexicon();
  for (const s of spans) {
    if (s.stale) continue;
    if (s.status === 'accepted') {
      const attrs = identityAttrs(s.attrs);
      learned.entries.push(attrs ? { text: s.text, label: s.label, attrs } : { text: s.text, label: s.label });
    } else if (s.status === 'rejected') {
      const before = map.slice(Math.max(0, s.start - REJECT_CONTEXT), s.start);
      const after = map.slice(s.end, Math.min(map.length, s.end + REJECT_CONTEXT));
      learned.rejected.push({ text: s.text, label: s.label, context: [before, after] });
    }
  }
  return mergeLexicons([lexicon, learned]);
}

/** One lexicon from several; where two hold the same entry, the earlier one's is kept. */
export function mergeLexicons(lexicons: readonly Lexicon[]): Lexicon {
  return normalize({ version: 1, entries: lexicons.flatMap((l) => l.entries), rejected: lexicons.flatMap((l) => l.rejected) });
}

/** Words for the segmenter's dictionary: names, tagged as jieba tags them. Dates and amounts have patterns. */
export function lexiconWords(lexicon: Lexicon): Array<{ word: string; tag: string }> {
  const tags: Record<string, string> = { COMPANY: 'nt', OFFICIAL: 'nr' };
  return lexicon.entries.filter((e) => tags[e.label]).map((e) => ({ word: e.text, tag: tags[e.label] }));
}

function identityAttrs(attrs: Span['attrs']): LexiconEntry['attrs'] {
  const kept = Object.fromEntries(IDENTITY_ATTRS.filter((k) => attrs?.[k] !== undefined).map((k) => [k, attrs![k]]));
  return Object.keys(kept).length ? kept : undefined;
}

function sortedKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => cmp(a, b))) as T;
}

/** Sorted by label then text, duplicates removed (the first of a key wins). */
function normalize(lexicon: Lexicon): Lexicon {
  const unique = <T>(items: readonly T[], key: (t: T) => string) => {
    const seen = new Map<string, T>();
    for (const item of items) if (!seen.has(key(item))) seen.set(key(item), item);
    return [...seen.entries()].sort(([a], [b]) => cmp(a, b)).map(([, item]) => item);
  };
  return {
    version: 1,
    entries: unique(lexicon.entries, (e) => `${e.label}\u0000${e.text}`),
    rejected: unique(lexicon.rejected, (r) => `${r.label}\u0000${r.text}\u0000${r.context[0]}\u0000${r.context[1]}`),
  };
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
