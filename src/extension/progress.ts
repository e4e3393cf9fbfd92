import * as path from 'node:path';
import * as vscode from 'vscode';

/** Reports `done` of `total` items, optionally naming the current file. */
export type ReportProgress = (done: number, total: number, file?: string) => void;

/**
 * Runs corpus-wide work under a cancellable progress notification; cancelling aborts the signal
 * the work checks between files.
 */
export async function withCancellableProgress<T>(title: string, work: (report: ReportProgress, signal: AbortSignal) => Promise<T>): Promise<T> {
  return await vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (progress, token) => {
    const abort = new AbortController();
    const cancelled = token.onCancellationRequested(() => abort.abort());
    let shown = 0;
    const report: ReportProgress = (done, total, file) => {
      const percent = total ? (100 * done) / total : 100;
      progress.report({ increment: percent - shown, message: file ? `${done}/${total} ${path.basename(file)}` : `${done}/${total}` });
      shown = percent;
    };
    try {
      return await work(report, abort.signal);
    } finally {
      cancelled.dispose();
    }
  });
}
