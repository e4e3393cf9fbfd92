import * as vscode from 'vscode';
import { annotateCorpus } from '../corpus/annotateCorpus';
import type { Engine } from '../engine/engine';
import { workspaceArticles, type CorpusIndex } from './corpusIndex';
import type { Articles } from './documentState';
import type { EngineHost } from './engineHost';
import { withCancellableProgress } from './progress';

export const ANNOTATE_WORKSPACE = 'biaozhu.annotateWorkspace';

export interface AnnotateSummary {
  annotated: number;
  total: number;
  changed: number;
  failed: string[];
  cancelled: boolean;
}

/**
 * Suggests annotations for every article of the workspace, or of a folder (Explorer context menu),
 * under a cancellable progress notification. Open articles are annotated in the editor; closed
 * ones get their sidecars written as `biaozhu annotate` does. Articles marked reviewed are skipped.
 */
export function registerAnnotateWorkspace(articles: Articles, engine: EngineHost, corpus: CorpusIndex): vscode.Disposable {
  return vscode.commands.registerCommand(ANNOTATE_WORKSPACE, async (folder?: vscode.Uri): Promise<AnnotateSummary> => {
    const t = vscode.l10n.t;
    await corpus.settled();
    const files = (await workspaceArticles(folder instanceof vscode.Uri ? folder : undefined)).filter((f) => !corpus.index.document(f)?.reviewed);
    const shared: Engine = { annotate: (text) => engine.annotate(text), dispose: async () => {} };
    const summary = await withCancellableProgress(t('Biaozhu: annotating {0} articles', files.length), async (report, signal) => {
      const out: AnnotateSummary = { annotated: 0, total: files.length, changed: 0, failed: [], cancelled: false };
      const closed: string[] = [];
      for (const f of files) {
        const open = articles.get(vscode.Uri.file(f));
        if (!open) closed.push(f);
        else if (!open.readOnly && !open.reviewed && !signal.aborted) {
          await articles.suggest(open);
          report(++out.annotated, files.length, f);
        }
      }
      const results = await annotateCorpus(closed, shared, (p) => report(out.annotated + p.done, files.length, p.file), signal);
      for (const r of results) {
        if (r.error) out.failed.push(r.error);
        else if (r.written) out.changed++;
      }
      out.annotated += results.length;
      out.cancelled = signal.aborted;
      await corpus.refresh(results.map((r) => r.file));
      return out;
    });
    const message = summary.cancelled
      ? t('Biaozhu: cancelled after {0} of {1} articles ({2} sidecars written).', summary.annotated, summary.total, summary.changed)
      : t('Biaozhu: annotated {0} articles ({1} sidecars written).', summary.annotated, summary.changed);
    void vscode.window.showInformationMessage(message);
    if (summary.failed.length) void vscode.window.showWarningMessage(t('Biaozhu: some articles were not changed: {0}', summary.failed.join('; ')));
    return summary;
  });
}
