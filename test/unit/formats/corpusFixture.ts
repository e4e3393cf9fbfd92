import { spawnSync } from 'node:child_process';
import { cpSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { readArticle } from '../../../src/core/article';
import { anchorSpans } from '../../../src/core/reanchor';
import { buildSidecar, readSidecar, sidecarPath, writeSidecar } from '../../../src/core/sidecar';
import { OffsetMap } from '../../../src/core/offsets';
import { makeSpan, type Span } from '../../../src/core/span';
import { findArticles } from '../../../src/corpus/files';
import { tempDir } from '../helpers/tempDir';

export const ROOT = path.resolve(__dirname, '../../../..');
const CLI = path.join(ROOT, 'dist/cli.js');

export function runCli(args: string[]): { code: number | null; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export { tempDir };

/** A fresh copy of the seed articles (no sidecars). */
export function copySeeds(): string {
  const dir = tempDir('biaozhu-seeds-');
  for (const f of readdirSync(path.join(ROOT, 'seeds')).filter((f) => f.endsWith('.txt'))) cpSync(path.join(ROOT, 'seeds', f), path.join(dir, f));
  return dir;
}

export function copyDir(dir: string): string {
  const out = tempDir('biaozhu-copy-');
  cpSync(dir, out, { recursive: true });
  return out;
}

/** Sets every open suggestion in the sidecars under `dir` to accepted, as an annotator accepting them all would. */
export async function acceptAll(dir: string): Promise<void> {
  for (const file of await findArticles([dir])) {
    const sidecar = await readSidecar(sidecarPath(file));
    if (!sidecar) continue;
    const { text } = await readArticle(file);
    const spans = anchorSpans(sidecar, text).spans.map((s) => (s.status === 'suggested' ? { ...s, status: 'accepted' as const } : s));
    await writeSidecar(sidecarPath(file), buildSidecar(file, text, spans, sidecar.reviewed));
  }
}

/** The seeds annotated with `biaozhu annotate` and every suggestion accepted. */
export async function annotatedSeeds(): Promise<string> {
  const dir = copySeeds();
  const r = runCli(['annotate', dir]);
  if (r.code !== 0) throw new Error(`annotate failed: ${r.stderr}`);
  await acceptAll(dir);
  return dir;
}

/** Accepted spans of each article under `dir` by file name, reduced to what a round trip must keep. */
export async function acceptedSpans(dir: string): Promise<Map<string, Array<Pick<Span, 'start' | 'end' | 'label' | 'text'>>>> {
  const out = new Map<string, Array<Pick<Span, 'start' | 'end' | 'label' | 'text'>>>();
  for (const file of await findArticles([dir])) {
    const sidecar = await readSidecar(sidecarPath(file));
    const { text } = await readArticle(file);
    const spans = sidecar ? anchorSpans(sidecar, text).spans.filter((s) => s.status === 'accepted' && !s.stale) : [];
    out.set(path.relative(dir, file), spans.map(({ start, end, label, text }) => ({ start, end, label, text })));
  }
  return out;
}

/** Bytes of every sidecar under `dir`, by file name. */
export function sidecarBytes(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .filter((f) => f.endsWith('.ann.json'))
      .map((f) => [f, readFileSync(path.join(dir, f), 'utf8')]),
  );
}

/** Code-point slice, as Python's text[start:end]. */
export function cpSlice(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Writes an article and its sidecar with the given spans (found by their text's first occurrence after `from`). */
export async function writeArticle(
  dir: string,
  name: string,
  text: string,
  spans: Array<{ text: string; label: string; status: Span['status']; from?: number; attrs?: Span['attrs'] }>,
  reviewed = false,
): Promise<string> {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  const map = new OffsetMap(text);
  const made = spans.map((s) => {
    const u = text.indexOf(s.text, s.from ?? 0);
    if (u < 0) throw new Error(`${s.text} not in the text`);
    const start = map.toCodePoint(u);
    return makeSpan({ start, end: start + Array.from(s.text).length, label: s.label, source: 'test', attrs: s.attrs }, map, s.status);
  });
  await writeSidecar(sidecarPath(file), buildSidecar(file, text, made, reviewed));
  return file;
}
