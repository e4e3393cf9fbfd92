import { promises as fs } from 'node:fs';
import * as path from 'node:path';
import { readArticle } from '../core/article';
import { anchorSpans } from '../core/reanchor';
import { readSidecar, sidecarPath } from '../core/sidecar';
import { LEXICON_DIR, learnFromSpans, mergeLexicons, emptyLexicon, type Lexicon } from '../engine/lexicon/lexicon';

/**
 * The folder whose .biaozhu/ holds the corpus lexicon: the nearest one with a .biaozhu/ folder
 * at or above the common folder of `paths`, else that common folder itself.
 */
export async function findCorpusRoot(paths: readonly string[]): Promise<string> {
  const dirs = await Promise.all(
    paths.map(async (p) => {
      const abs = path.resolve(p);
      return (await fs.stat(abs)).isDirectory() ? abs : path.dirname(abs);
    }),
  );
  const common = dirs.reduce((a, b) => {
    while (a !== b && !b.startsWith(a.endsWith(path.sep) ? a : a + path.sep)) a = path.dirname(a);
    return a;
  });
  for (let dir = common; ; dir = path.dirname(dir)) {
    if ((await fs.stat(path.join(dir, LEXICON_DIR)).catch(() => undefined))?.isDirectory()) return dir;
    if (path.dirname(dir) === dir) return common;
  }
}

/**
 * What the annotator decided in the sidecars of `files` (accepted, hand-made and rejected spans,
 * re-anchored on the current text) added to `lexicon`. Files that cannot be read are skipped
 * here; annotating them reports the problem.
 */
export async function learnFromCorpus(lexicon: Lexicon, files: readonly string[]): Promise<Lexicon> {
  const learned: Lexicon[] = [lexicon];
  for (const file of files) {
    try {
      const sidecar = await readSidecar(sidecarPath(file));
      if (!sidecar?.spans.some((s) => s.status !== 'suggested')) continue;
      const { text } = await readArticle(file);
      learned.push(learnFromSpans(emptyLexicon(), text, anchorSpans(sidecar, text).spans));
    } catch {
      continue;
    }
  }
  return mergeLexicons(learned);
}
