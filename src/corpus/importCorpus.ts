import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readArticle } from '../core/article';
import { writeFileAtomic } from '../core/atomicWrite';
import { sha256 } from '../core/hash';
import { OffsetMap } from '../core/offsets';
import { anchorSpans } from '../core/reanchor';
import { buildSidecar, readSidecar, serializeSidecar, sidecarPath, writeSidecar, type Sidecar } from '../core/sidecar';
import { compareSpans, makeSpan, overlaps, sortSpans, type Span } from '../core/span';
import { parseBrat } from '../formats/brat';
import { parseConll } from '../formats/conll';
import { parseDoccano, type DoccanoOffsets } from '../formats/doccano';
import { parseLabelStudio } from '../formats/labelStudio';
import type { ImportedDoc, ImportedSpan, Parsed } from '../formats/records';
import { isWhitespace } from '../formats/sequence';
import type { CorpusProgress } from './annotateCorpus';
import { commonRoot, relativePath } from './relativePaths';
import { findArticles } from './files';

export const IMPORT_FORMATS = ['doccano', 'label-studio', 'brat', 'conll'] as const;
export type ImportFormat = (typeof IMPORT_FORMATS)[number];

/** The files a folder argument stands for, by format. */
const IMPORT_EXTENSION: Record<ImportFormat, string> = { doccano: '.jsonl', 'label-studio': '.json', brat: '.ann', conll: '.conll' };

export interface ImportOptions {
  format: ImportFormat;
  /** Import files, or folders searched for the format's files. */
  paths: readonly string[];
  /** The corpus folder whose articles receive the spans. */
  into: string;
  ext?: string;
  /** doccano only: offsets in UTF-16 code units, as doccano's web UI writes them. */
  offsets?: DoccanoOffsets;
  /** Create an article file for a document whose text matches none (else that is an error). */
  createArticles?: boolean;
}

export interface Conflict {
  file: string;
  where: string;
  span: { start: number; end: number; label: string; text: string };
  existing: { start: number; end: number; label: string; text: string; status: string };
}

export interface ImportReport {
  documents: number;
  /** Spans added as accepted (or suggestions turned accepted). */
  imported: number;
  /** Imported spans already there as accepted. */
  duplicates: number;
  /** Imported spans not added: they overlap an accepted span or repeat a rejected one. */
  conflicts: Conflict[];
  /** Sidecars written and articles created, absolute. */
  written: string[];
  created: string[];
  /** Articles under the corpus folder that could not be read (so nothing could match them). */
  unreadable: string[];
}

/** Problems listed in the message; the full list is in `problems`. */
const MAX_SHOWN = 50;

/** Import files are UTF-8; anything else is an error, not a page of replacement characters. */
async function readUtf8(file: string): Promise<string> {
  const bytes = await fs.readFile(file).catch((err: NodeJS.ErrnoException) => {
    throw new Error(`${file}: cannot read (${err.code ?? err.message})`);
  });
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new Error(`${file}: not valid UTF-8; convert it, e.g. iconv -f GBK -t UTF-8`);
  }
}

/** Everything wrong with the import, found before anything is written. */
export class ImportError extends Error {
  constructor(readonly problems: string[]) {
    const shown = problems.slice(0, MAX_SHOWN).map((p) => '  ' + p);
    if (problems.length > MAX_SHOWN) shown.push(`  ... and ${problems.length - MAX_SHOWN} more`);
    super(`import refused, nothing was written (${problems.length} problems):\n${shown.join('\n')}`);
    this.name = 'ImportError';
  }
}

async function parseFiles(format: ImportFormat, files: readonly string[], offsets?: DoccanoOffsets): Promise<Parsed> {
  const out: Parsed = { docs: [], problems: [] };
  const root = commonRoot(files);
  for (const file of files) {
    let parsed: Parsed;
    try {
      if (format === 'brat') {
        const txt = file.replace(/\.ann$/, '.txt');
        const hint = relativePath(root, txt);
        parsed = parseBrat(file, await readUtf8(file), (await readArticle(txt)).text, hint);
      } else {
        const content = await readUtf8(file);
        parsed = format === 'doccano' ? parseDoccano(file, content, offsets) : format === 'label-studio' ? parseLabelStudio(file, content) : parseConll(file, content);
      }
    } catch (err) {
      parsed = { docs: [], problems: [(err as Error).message] };
    }
    out.docs.push(...parsed.docs);
    out.problems.push(...parsed.problems);
  }
  return out;
}

interface Article {
  file: string;
  text: string;
  /** Code-point offsets of the non-whitespace characters, for CoNLL alignment. */
  visible?: number[];
}

const stripWhitespace = (text: string) => Array.from(text).filter((c) => !isWhitespace(c)).join('');

/** A hint is used as a file name only when it stays inside the corpus folder. */
function safeHint(hint: string | undefined): string | undefined {
  if (!hint || path.isAbsolute(hint) || hint.split(/[\\/]/).some((p) => p === '..' || p === '')) return undefined;
  return hint;
}

/**
 * Imports annotations into the sidecars of the articles under `opts.into`. Each document is
 * matched to articles by its text (SHA-256 of the exact text; for CoNLL, of the text without
 * whitespace). Imported spans become accepted spans with source `import:FORMAT`, merged with what
 * is there. Every file is parsed and every sidecar computed first: on any problem an ImportError
 * lists them all and nothing is written. Then each write is atomic.
 */
export async function importCorpus(opts: ImportOptions, onProgress?: (p: CorpusProgress) => void, signal?: AbortSignal): Promise<ImportReport> {
  const inputs = await findArticles(opts.paths, IMPORT_EXTENSION[opts.format]);
  const { docs, problems } = await parseFiles(opts.format, inputs, opts.offsets);
  const whitespaceFree = docs.some((d) => d.whitespaceFree);

  const byKey = new Map<string, Article[]>();
  const unreadable: string[] = [];
  // A corpus folder that does not exist yet is fine with --create-articles.
  const articleFiles = (await fs.stat(opts.into).catch(() => undefined)) ? await findArticles([opts.into], opts.ext ?? '.txt') : [];
  // The import's own files (brat's .txt beside each .ann) are not articles to annotate, even inside DIR.
  const own = new Set(inputs.flatMap((f) => [path.resolve(f), path.resolve(f.replace(/\.ann$/, '.txt'))]));
  for (const file of articleFiles.filter((f) => !own.has(path.resolve(f)))) {
    signal?.throwIfAborted();
    try {
      const { text } = await readArticle(file);
      const key = sha256(whitespaceFree ? stripWhitespace(text) : text);
      byKey.set(key, [...(byKey.get(key) ?? []), { file, text }]);
    } catch (err) {
      unreadable.push((err as Error).message);
    }
  }

  const created = new Map<string, string>();
  const targets = new Map<string, { article: Article; spans: ImportedSpan[] }>();
  for (const doc of docs) {
    const key = sha256(doc.text);
    let articles = byKey.get(key);
    if (!articles) {
      if (!opts.createArticles) {
        problems.push(`${doc.where}: its text (${JSON.stringify([...doc.text].slice(0, 20).join(''))}...) matches no article under ${opts.into}; use --create-articles to create one`);
        continue;
      }
      const file = path.join(opts.into, safeHint(doc.hint) ?? `imported/${key.slice(0, 12)}${opts.ext ?? '.txt'}`);
      const exists = await fs.stat(file).then(() => true, () => false);
      if (exists || created.has(file)) {
        problems.push(`${doc.where}: cannot create ${file}: a file with other text is there`);
        continue;
      }
      created.set(file, doc.text);
      articles = [{ file, text: doc.text }];
      byKey.set(key, articles);
    }
    for (const article of articles) {
      const entry = targets.get(article.file) ?? { article, spans: [] };
      entry.spans.push(...(doc.whitespaceFree ? realign(doc, article) : doc.spans));
      targets.set(article.file, entry);
    }
  }

  const report: ImportReport = { documents: docs.length, imported: 0, duplicates: 0, conflicts: [], written: [], created: [], unreadable };
  const writes: Array<{ file: string; sidecar: Sidecar }> = [];
  const files = [...targets.keys()].sort();
  for (const [i, file] of files.entries()) {
    signal?.throwIfAborted();
    const { article, spans } = targets.get(file)!;
    try {
      const existing = created.has(file) ? undefined : await readSidecar(sidecarPath(file));
      const base = existing ? anchorSpans(existing, article.text).spans : [];
      const merged = mergeImported(base, spans, article, `import:${opts.format}`, report);
      const next = buildSidecar(file, article.text, merged, existing?.reviewed);
      if (!existing || serializeSidecar(existing) !== serializeSidecar(next)) writes.push({ file, sidecar: next });
    } catch (err) {
      problems.push((err as Error).message);
    }
    onProgress?.({ done: i + 1, total: files.length, file });
  }
  if (problems.length) throw new ImportError(problems);
  signal?.throwIfAborted();

  for (const [file, text] of created) {
    await fs.mkdir(path.dirname(file), { recursive: true });
    await writeFileAtomic(file, text);
    report.created.push(path.resolve(file));
  }
  for (const w of writes) {
    await writeSidecar(sidecarPath(w.file), w.sidecar);
    report.written.push(path.resolve(sidecarPath(w.file)));
  }
  return report;
}

/** CoNLL offsets count non-whitespace characters: map them onto the article's code points. */
function realign(doc: ImportedDoc, article: Article): ImportedSpan[] {
  article.visible ??= Array.from(article.text).flatMap((c, i) => (isWhitespace(c) ? [] : [i]));
  const visible = article.visible;
  return doc.spans.map((s) => ({ ...s, start: visible[s.start], end: visible[s.end - 1] + 1 }));
}

/**
 * Adds imported spans to an article's spans. An identical accepted span is a duplicate; an
 * identical suggestion becomes accepted; a span the annotator rejected, or one overlapping an
 * accepted span, is a conflict and is left out; open suggestions it overlaps give way.
 */
function mergeImported(base: readonly Span[], imported: readonly ImportedSpan[], article: Article, source: string, report: ImportReport): Span[] {
  const map = new OffsetMap(article.text);
  let spans = [...base];
  for (const d of [...imported].sort(compareSpans)) {
    const span = makeSpan({ start: d.start, end: d.end, label: d.label, source, ...(d.attrs ? { attrs: d.attrs } : {}) }, map, 'accepted');
    const live = spans.filter((s) => !s.stale);
    const same = live.find((s) => s.label === d.label && s.start === d.start && s.end === d.end);
    if (same?.status === 'accepted') {
      report.duplicates++;
      continue;
    }
    const clash = same?.status === 'rejected' ? same : live.find((s) => s.status === 'accepted' && overlaps(s, d));
    if (clash) {
      report.conflicts.push({
        file: article.file,
        where: d.where,
        span: { start: d.start, end: d.end, label: d.label, text: span.text },
        existing: { start: clash.start, end: clash.end, label: clash.label, text: clash.text, status: clash.status },
      });
      continue;
    }
    report.imported++;
    if (same) {
      spans = spans.map((s) => (s === same ? { ...s, status: 'accepted' as const } : s));
      continue;
    }
    spans = spans.filter((s) => s.id !== span.id && (s.stale || s.status !== 'suggested' || !overlaps(s, d)));
    spans.push(span);
  }
  return sortSpans(spans);
}
