import { FileError } from './fileError';
import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { writeFileAtomic } from './atomicWrite';
import { sha256 } from './hash';
import { OffsetMap } from './offsets';
import { SpanFields, startBeforeEnd, sortSpans, type Span } from './span';

export const SIDECAR_SUFFIX = '.ann.json';
/** Code points of text kept on each side of a span, to find it again after the article changes. */
export const CONTEXT_LENGTH = 16;

export function sidecarPath(articlePath: string): string {
  return articlePath + SIDECAR_SUFFIX;
}

const SidecarSpan = startBeforeEnd(
  SpanFields.extend({
    /** Text just before and just after the span when it was saved. */
    context: z.tuple([z.string(), z.string()]).optional(),
  }),
);
export type SidecarSpan = z.infer<typeof SidecarSpan>;

export const SidecarSchema = z
  .object({
    version: z.literal(1),
    document: z
      .object({
        path: z.string().min(1),
        sha256: z.string().regex(/^[0-9a-f]{64}$/, 'a lower-case hex SHA-256'),
        length: z.number().int().nonnegative(),
      })
      .strict(),
    reviewed: z.boolean().optional(),
    spans: z.array(SidecarSpan),
  })
  .strict()
  .superRefine((doc, ctx) => {
    const ids = new Set<string>();
    doc.spans.forEach((s, i) => {
      if (!s.stale && s.end > doc.document.length) {
        ctx.addIssue({ code: 'custom', path: ['spans', i, 'end'], message: `past the document length ${doc.document.length}` });
      }
      if (ids.has(s.id)) ctx.addIssue({ code: 'custom', path: ['spans', i, 'id'], message: `duplicate id ${s.id}` });
      ids.add(s.id);
    });
  });
export type Sidecar = z.infer<typeof SidecarSchema>;

export class SidecarError extends FileError {}

/** Parses and validates sidecar JSON; every failure names the file and the first problems. */
export function parseSidecar(file: string, json: string): Sidecar {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new SidecarError(file, `invalid JSON: ${(err as Error).message}`);
  }
  const result = SidecarSchema.safeParse(raw);
  if (!result.success) {
    const problems = result.error.issues.slice(0, 5).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    const more = result.error.issues.length > 5 ? ` (and ${result.error.issues.length - 5} more)` : '';
    throw new SidecarError(file, `not a valid Biaozhu sidecar: ${problems.join('; ')}${more}`);
  }
  return result.data;
}

/** The sidecar of `file`, or undefined when there is none yet. */
export async function readSidecar(file: string): Promise<Sidecar | undefined> {
  let json: string;
  try {
    json = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new SidecarError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
  }
  return parseSidecar(file, json);
}

/** Builds the sidecar for `spans` over `text`, with context recorded for re-anchoring. */
export function buildSidecar(articlePath: string, text: string, spans: readonly Span[], reviewed = false): Sidecar {
  const map = new OffsetMap(text);
  return {
    version: 1,
    document: { path: path.basename(articlePath), sha256: sha256(text), length: map.length },
    ...(reviewed ? { reviewed: true } : {}),
    spans: sortSpans(spans).map((s) => ({
      ...s,
      context: s.stale
        ? undefined
        : ([map.slice(Math.max(0, s.start - CONTEXT_LENGTH), s.start), map.slice(s.end, Math.min(map.length, s.end + CONTEXT_LENGTH))] as [string, string]),
    })),
  };
}

/** Same annotations, same bytes: fixed key order, one span a line so git diffs stay readable. */
export function serializeSidecar(doc: Sidecar): string {
  const { path: p, sha256: h, length } = doc.document;
  const head = [`  "version": 1`, `  "document": ${JSON.stringify({ path: p, sha256: h, length })}`];
  if (doc.reviewed) head.push(`  "reviewed": true`);
  const spans = sortSpans(doc.spans).map((s) => '    ' + JSON.stringify(orderedSpan(s)));
  const body = spans.length ? `[\n${spans.join(',\n')}\n  ]` : '[]';
  return `{\n${head.join(',\n')},\n  "spans": ${body}\n}\n`;
}

function orderedSpan(s: SidecarSpan): Record<string, unknown> {
  const out: Record<string, unknown> = {
    id: s.id,
    start: s.start,
    end: s.end,
    label: s.label,
    text: s.text,
    status: s.status,
    source: s.source,
  };
  if (s.attrs && Object.keys(s.attrs).length) {
    out.attrs = Object.fromEntries(Object.entries(s.attrs).filter(([, v]) => v !== undefined).sort(([a], [b]) => (a < b ? -1 : 1)));
  }
  if (s.stale) out.stale = true;
  if (s.context) out.context = s.context;
  return out;
}

/**
 * Writes the sidecar atomically. An existing sidecar that does not parse or validate is the
 * user's data in a state we do not understand: it is reported and never overwritten.
 */
export async function writeSidecar(file: string, doc: Sidecar): Promise<void> {
  await readSidecar(file); // throws SidecarError for an invalid file, which stops the write
  await writeFileAtomic(file, serializeSidecar(doc));
}
