import { promises as fs } from 'node:fs';
import * as path from 'node:path';

/** Test seam: called after the temporary file is written and before it replaces the target. */
export const atomicWriteHooks: { beforeRename?: (tmp: string) => void | Promise<void> } = {};

/**
 * Writes `content` to `file` so that a crash at any moment leaves either the old file or the new
 * one, never a half-written file: write a temporary file beside it, flush it, rename it over.
 */
export async function writeFileAtomic(file: string, content: string): Promise<void> {
  const tmp = path.join(path.dirname(file), `.${path.basename(file)}.tmp-${process.pid}-${Math.random().toString(36).slice(2, 8)}`);
  const handle = await fs.open(tmp, 'wx');
  try {
    try {
      await handle.writeFile(content, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await atomicWriteHooks.beforeRename?.(tmp);
    await fs.rename(tmp, file);
  } catch (err) {
    await fs.rm(tmp, { force: true });
    throw err;
  }
}
