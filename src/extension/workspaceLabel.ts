import * as vscode from 'vscode';
import { readArticle } from '../core/article';
import { anchorSpans } from '../core/reanchor';
import { OffsetMap } from '../core/offsets';
import { buildSidecar, sidecarPath, writeSidecar, SIDECAR_SUFFIX } from '../core/sidecar';
import { readSidecarFile, type Articles } from './documentState';
import { AnnotationStore } from './model/annotationStore';
import { findOccurrences } from './model/occurrences';
import { readSettings } from './settings';

/** The source of spans the annotator made by hand (as in the README's sidecar format). */
export const ANNOTATOR = 'manual';

/**
 * Labels every occurrence of `text` as `label` in every article of the workspace. Open articles
 * change in the editor (and are saved by SidecarSync); closed ones are read, re-anchored and
 * written back. Occurrences that meet an accepted span are left alone.
 * Returns the number of spans added and the files that could not be changed.
 */
export async function labelInWorkspace(
  articles: Articles,
  text: string,
  label: string,
  onProgress?: (done: number, total: number) => void,
  signal?: AbortSignal,
): Promise<{ added: number; failed: string[] }> {
  const globs = readSettings().files;
  const files = new Set<string>();
  for (const g of globs) for (const u of await vscode.workspace.findFiles(g, '**/node_modules/**')) if (!u.fsPath.endsWith(SIDECAR_SUFFIX)) files.add(u.fsPath);
  let added = 0;
  const failed: string[] = [];
  for (const [i, file] of [...files].sort().entries()) {
    if (signal?.aborted) break;
    onProgress?.(i, files.size);
    const open = articles.get(vscode.Uri.file(file));
    if (open) {
      if (!open.readOnly) added += open.store.label(findOccurrences(open.document.getText(), text), label, ANNOTATOR, false);
      else failed.push(file);
      continue;
    }
    try {
      const { text: article } = await readArticle(file);
      const found = findOccurrences(article, text);
      if (!found.length) continue;
      const { sidecar } = await readSidecarFile(sidecarPath(file));
      const map = new OffsetMap(article);
      const store = new AnnotationStore(article, sidecar ? anchorSpans(sidecar, article).spans : [], (s, e) => map.slice(s, e));
      const n = store.label(found, label, ANNOTATOR, false);
      if (n) await writeSidecar(sidecarPath(file), buildSidecar(file, article, store.all(), !!sidecar?.reviewed));
      added += n;
    } catch (err) {
      failed.push((err as Error).message);
    }
  }
  return { added, failed };
}
