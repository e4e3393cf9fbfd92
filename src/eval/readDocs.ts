import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { readArticle } from '../core/article';
import { OffsetMap } from '../core/offsets';
import { anchorSpans } from '../core/reanchor';
import { readSidecar, sidecarPath } from '../core/sidecar';
import { DEFAULT_LABELS, LabelName, type Span } from '../core/span';
import { findArticles } from '../corpus/files';
import type { EvalSpan } from './score';

/** A document read from a gold or prediction source, before the two are paired. */
export interface SourceDoc {
  id: string;
  text?: string;
  labels: readonly string[];
  spans: EvalSpan[];
  neutral: EvalSpan[];
}

/** A gold or prediction file that cannot be used: names the file (and line) and the problem. */
export class EvalInputError extends Error {
  constructor(
    readonly file: string,
    problem: string,
  ) {
    super(`${file}: ${problem}`);
    this.name = 'EvalInputError';
  }
}

const JsonlSpan = z
  .object({ start: z.number().int().nonnegative(), end: z.number().int().positive(), label: LabelName, text: z.string().optional(), attrs: z.record(z.string(), z.unknown()).optional() })
  .refine((s) => s.start < s.end, { message: 'start must be less than end', path: ['end'] });

const GoldRecord = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string(),
  labels: z.array(LabelName).optional(),
  spans: z.array(JsonlSpan),
  neutral: z.array(JsonlSpan).optional(),
});

const PredRecord = z.object({
  id: z.union([z.string().min(1), z.number()]),
  text: z.string().optional(),
  spans: z.array(JsonlSpan),
});

/**
 * Documents from a JSONL file, one JSON object a line (the format of the dev sets). Gold lines
 * need `text`; spans that carry `text` must match the document at their offsets. A gold line
 * without `labels` is scored on the labels its spans use, or the default four.
 */
export async function readJsonlDocs(file: string, role: 'gold' | 'pred'): Promise<SourceDoc[]> {
  let content: string;
  try {
    content = await fs.readFile(file, 'utf8');
  } catch (err) {
    throw new EvalInputError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  const docs: SourceDoc[] = [];
  const ids = new Set<string>();
  content.split(/\r?\n/).forEach((line, i) => {
    if (!line.trim()) return;
    const where = `line ${i + 1}`;
    let raw: unknown;
    try {
      raw = JSON.parse(line);
    } catch (err) {
      throw new EvalInputError(file, `${where}: invalid JSON: ${(err as Error).message}`);
    }
    const parsed = (role === 'gold' ? GoldRecord : PredRecord).safeParse(raw);
    if (!parsed.success) {
      const problems = parsed.error.issues.slice(0, 3).map((p) => `${p.path.join('.') || '(root)'}: ${p.message}`);
      throw new EvalInputError(file, `${where}: not a ${role === 'gold' ? 'gold' : 'prediction'} record: ${problems.join('; ')}`);
    }
    const rec = parsed.data as z.infer<typeof GoldRecord>;
    const id = String(rec.id);
    if (ids.has(id)) throw new EvalInputError(file, `${where}: duplicate id ${JSON.stringify(id)}`);
    ids.add(id);
    const neutral = rec.neutral ?? [];
    if (rec.text !== undefined) {
      const map = new OffsetMap(rec.text);
      for (const s of [...rec.spans, ...neutral]) {
        if (s.end > map.length) throw new EvalInputError(file, `${where}: span ${s.start}-${s.end} ends past the text (${map.length} code points)`);
        const actual = map.slice(s.start, s.end);
        if (s.text !== undefined && s.text !== actual) {
          throw new EvalInputError(file, `${where}: span ${s.start}-${s.end} says ${JSON.stringify(s.text)} but the text there is ${JSON.stringify(actual)}`);
        }
      }
    }
    const labels = rec.labels ?? (rec.spans.length ? [...new Set(rec.spans.map((s) => s.label))] : [...DEFAULT_LABELS]);
    docs.push({ id, text: rec.text, labels, spans: rec.spans.map(plain), neutral: neutral.map(plain) });
  });
  return docs;
}

/**
 * Documents from an annotated corpus folder (X.txt beside X.txt.ann.json), id = path relative
 * to the folder. As gold: the accepted spans, scored on the default labels and any other label
 * they use; an article without a sidecar is not gold and is left out. As predictions: suggested
 * and accepted spans. Stale spans (text no longer found) count for neither.
 */
export async function readSidecarDocs(dir: string, role: 'gold' | 'pred', ext = '.txt'): Promise<SourceDoc[]> {
  const files = await findArticles([dir], ext).catch((err: Error) => {
    throw new EvalInputError(dir, err.message);
  });
  const docs: SourceDoc[] = [];
  for (const file of files) {
    const { text } = await readArticle(file);
    const sidecar = await readSidecar(sidecarPath(file)); // a SidecarError names the file
    if (!sidecar && role === 'gold') continue;
    const live = (sidecar ? anchorSpans(sidecar, text).spans : []).filter(
      (s: Span) => !s.stale && (s.status === 'accepted' || (role === 'pred' && s.status === 'suggested')),
    );
    const labels = [...new Set([...DEFAULT_LABELS, ...live.map((s) => s.label)])];
    docs.push({ id: path.relative(dir, file).split(path.sep).join('/'), text, labels, spans: live.map(plain), neutral: [] });
  }
  if (role === 'gold' && !docs.length) throw new EvalInputError(dir, `no annotated articles (*${ext} with a ${sidecarPath('')} sidecar) found`);
  return docs;
}

/** A folder is read as an annotated corpus, anything else as JSONL. */
export async function readDocs(p: string, role: 'gold' | 'pred', ext?: string): Promise<SourceDoc[]> {
  const stat = await fs.stat(p).catch(() => undefined);
  if (!stat) throw new EvalInputError(p, 'no such file or folder');
  return stat.isDirectory() ? readSidecarDocs(p, role, ext) : readJsonlDocs(p, role);
}

function plain(s: { start: number; end: number; label: string; attrs?: Readonly<Record<string, unknown>> }): EvalSpan {
  return { start: s.start, end: s.end, label: s.label, ...(s.attrs && Object.keys(s.attrs).length ? { attrs: s.attrs } : {}) };
}
