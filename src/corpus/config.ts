import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { z } from 'zod';
import { describeIssues, LabelConfigError, LabelList, resolveLabels, type Label } from '../core/labels';

/** Where a corpus keeps its configuration, relative to the corpus root. */
export const CONFIG_PATH = path.join('.biaozhu', 'config.json');

export const CorpusConfigSchema = z
  .object({
    /** Editors may point at a JSON schema; ignored here. */
    $schema: z.string().optional(),
    /** Labels in addition to (or overriding fields of) COMPANY, OFFICIAL, DATE and AMOUNT. */
    labels: LabelList.optional(),
  })
  .strict();

export interface CorpusConfig {
  /** The config file read, or undefined when the corpus has none (defaults only). */
  file?: string;
  labels: Label[];
}

/** Parses the text of a config file; every problem names the file and the field. */
export function parseCorpusConfig(file: string, json: string): CorpusConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch (err) {
    throw new LabelConfigError(file, [`invalid JSON: ${(err as Error).message}`]);
  }
  const result = CorpusConfigSchema.safeParse(raw);
  if (!result.success) throw new LabelConfigError(file, describeIssues(result.error.issues));
  return { file, labels: resolveLabels(result.data.labels) };
}

/** Reads a config file the caller named; a missing file is an error too. */
export async function readCorpusConfig(file: string): Promise<CorpusConfig> {
  let json: string;
  try {
    json = await fs.readFile(file, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new LabelConfigError(file, [code === 'ENOENT' ? 'no such file' : `cannot read (${code ?? String(err)})`]);
  }
  return parseCorpusConfig(file, json);
}

/** The nearest `.biaozhu/config.json` at or above `start` (a file or a folder), if any. */
export async function findCorpusConfig(start: string): Promise<string | undefined> {
  let dir = path.resolve(start);
  const stat = await fs.stat(dir).catch(() => undefined);
  if (stat && !stat.isDirectory()) dir = path.dirname(dir);
  for (;;) {
    const candidate = path.join(dir, CONFIG_PATH);
    if (await fs.stat(candidate).then((s) => s.isFile(), () => false)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** The configuration that applies to `start`: the nearest config file, or the defaults. */
export async function loadCorpusConfig(start: string): Promise<CorpusConfig> {
  const file = await findCorpusConfig(start);
  return file ? readCorpusConfig(file) : { labels: resolveLabels() };
}
