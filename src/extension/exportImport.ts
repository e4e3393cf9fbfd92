import * as path from 'node:path';
import * as vscode from 'vscode';
import { exportCorpus, type ExportReport } from '../corpus/exportCorpus';
import { IMPORT_FORMATS, ImportError, importCorpus, type ImportFormat, type ImportReport } from '../corpus/importCorpus';
import { SIDECAR_SUFFIX } from '../core/sidecar';
import { EXPORT_FORMATS, EXTENSION as EXPORT_EXTENSION, writesFolder, type ExportFormat } from '../formats/render';
import { parseSplit } from '../formats/split';
import type { CorpusIndex } from './corpusIndex';
import type { Articles } from './documentState';
import { withCancellableProgress } from './progress';
import type { SidecarSync } from './sidecarSync';

export const EXPORT_COMMAND = 'biaozhu.exportTrainingData';
export const IMPORT_COMMAND = 'biaozhu.importAnnotations';

/** What the export command asks for; a test (or a keybinding) may pass it all and skip the pickers. */
export interface ExportArgs {
  format: ExportFormat;
  status: 'accepted' | 'all';
  reviewedOnly?: boolean;
  /** e.g. "80/10/10"; none when omitted. */
  split?: string;
  /** Folder the export goes into. */
  folder: string;
}

export interface ImportArgs {
  format: ImportFormat;
  paths: string[];
}

/** Seed of the deterministic split by article (as `biaozhu export --seed`). */
const SPLIT_SEED = '0';

/**
 * "Export training data…" and "Import annotations…": the CLI's export and import (corpus/exportCorpus.ts,
 * corpus/importCorpus.ts) over the workspace folder, with quick picks, a folder picker and a cancellable
 * progress notification. Pending annotation changes are written to the sidecars first.
 */
export function registerExportImport(articles: Articles, sync: SidecarSync, corpus: CorpusIndex): vscode.Disposable[] {
  const t = vscode.l10n.t;
  const root = () => vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const flush = () => Promise.all(articles.all().map((s) => sync.save(s)));

  async function askExport(): Promise<ExportArgs | undefined> {
    const format = (await vscode.window.showQuickPick([...EXPORT_FORMATS], { placeHolder: t('Export format') })) as ExportFormat | undefined;
    if (!format) return undefined;
    const statuses = [
      { label: t('Accepted spans'), status: 'accepted' as const, reviewedOnly: false },
      { label: t('Accepted spans of reviewed articles only'), status: 'accepted' as const, reviewedOnly: true },
      { label: t('Accepted spans and open suggestions'), status: 'all' as const, reviewedOnly: false },
    ];
    const status = await vscode.window.showQuickPick(statuses, { placeHolder: t('Which spans') });
    if (!status) return undefined;
    const splits = [{ label: t('No split') }, { label: '80/10/10' }, { label: '80/20' }, { label: '90/10' }];
    const split = await vscode.window.showQuickPick(splits, { placeHolder: t('Split by article into train/dev/test') });
    if (!split) return undefined;
    const [folder] =
      (await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: false, openLabel: t('Export here'), defaultUri: vscode.Uri.file(root() ?? '.') })) ?? [];
    if (!folder) return undefined;
    return { format, status: status.status, reviewedOnly: status.reviewedOnly, split: split.label.includes('/') ? split.label : undefined, folder: folder.fsPath };
  }

  async function askImport(): Promise<ImportArgs | undefined> {
    const format = (await vscode.window.showQuickPick([...IMPORT_FORMATS], { placeHolder: t('Import format') })) as ImportFormat | undefined;
    if (!format) return undefined;
    const picked = await vscode.window.showOpenDialog({ canSelectFolders: true, canSelectFiles: true, canSelectMany: true, openLabel: t('Import') });
    return picked?.length ? { format, paths: picked.map((u) => u.fsPath) } : undefined;
  }

  const exportCommand = async (given?: ExportArgs): Promise<ExportReport | undefined> => {
    const corpusRoot = root();
    const args = given ?? (await askExport());
    if (!args || !corpusRoot) return undefined;
    const split = args.split ? { parts: parseSplit(args.split), seed: SPLIT_SEED } : undefined;
    const name = `biaozhu-${args.format}`;
    const out = path.join(args.folder, writesFolder(args.format, !!split) ? name : `${name}.${EXPORT_EXTENSION[args.format]}`);
    await flush();
    try {
      const report = await withCancellableProgress(t('Biaozhu: exporting {0}', args.format), (report, signal) =>
        exportCorpus({ format: args.format, paths: [corpusRoot], out, status: args.status, reviewedOnly: args.reviewedOnly, split }, (p) => report(p.done, p.total, p.file), signal),
      );
      void vscode.window.showInformationMessage(t('Biaozhu: exported {0} articles ({1} spans) to {2}.', report.articles, report.spans, out));
      const problems = [...report.failed.map((f) => f.error), ...report.warnings];
      if (problems.length) void vscode.window.showWarningMessage(t('Biaozhu: {0} problem(s) in the export: {1}', problems.length, problems.slice(0, 5).join('; ')));
      return report;
    } catch (err) {
      if ((err as Error).name === 'AbortError') void vscode.window.showInformationMessage(t('Biaozhu: export cancelled; nothing was written.'));
      else void vscode.window.showErrorMessage(t('Biaozhu: export failed. {0}', (err as Error).message));
      return undefined;
    }
  };

  const importCommand = async (given?: ImportArgs): Promise<ImportReport | undefined> => {
    const corpusRoot = root();
    const args = given ?? (await askImport());
    if (!args || !corpusRoot) return undefined;
    await flush();
    try {
      const report = await withCancellableProgress(t('Biaozhu: importing {0}', args.format), (report, signal) =>
        importCorpus({ format: args.format, paths: args.paths, into: corpusRoot }, (p) => report(p.done, p.total, p.file), signal),
      );
      await corpus.refresh(report.written.map((f) => f.slice(0, -SIDECAR_SUFFIX.length)));
      void vscode.window.showInformationMessage(
        t('Biaozhu: imported {0} spans into {1} articles ({2} already there, {3} conflicts).', report.imported, report.written.length, report.duplicates, report.conflicts.length),
      );
      return report;
    } catch (err) {
      const message = err instanceof ImportError ? err.message : (err as Error).message;
      if ((err as Error).name === 'AbortError') void vscode.window.showInformationMessage(t('Biaozhu: import cancelled; nothing was written.'));
      else void vscode.window.showErrorMessage(t('Biaozhu: import failed. {0}', message));
      return undefined;
    }
  };

  return [vscode.commands.registerCommand(EXPORT_COMMAND, exportCommand), vscode.commands.registerCommand(IMPORT_COMMAND, importCommand)];
}
