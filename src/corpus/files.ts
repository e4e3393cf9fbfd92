import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { SIDECAR_SUFFIX } from '../core/sidecar';

/** Folders never descended into when collecting articles. */
const SKIPPED_DIRS = new Set(['node_modules', '.git', '.biaozhu', '.vscode-test']);

/**
 * Article files under the given paths (files are taken as given, folders searched for `ext`),
 * sorted and without duplicates. A path that does not exist is an error naming it.
 */
export async function findArticles(paths: readonly string[], ext = '.txt'): Promise<string[]> {
  const found = new Set<string>();
  async function walk(dir: string): Promise<void> {
    for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIPPED_DIRS.has(entry.name)) await walk(p);
      } else if (entry.isFile() && entry.name.endsWith(ext) && !entry.name.endsWith(SIDECAR_SUFFIX)) {
        found.add(p);
      }
    }
  }
  for (const p of paths) {
    const stat = await fs.stat(p).catch(() => undefined);
    if (!stat) throw new Error(`${p}: no such file or folder`);
    if (stat.isDirectory()) await walk(p);
    else found.add(p);
  }
  return [...found].sort();
}
