import * as path from 'node:path';
import * as vscode from 'vscode';
import { activePatterns, LabelConfigError, parseLabels, resolveLabels, type Label } from '../core/labels';
import type { PatternInput } from '../core/labelPatterns';
import { CONFIG_PATH, readCorpusConfig } from '../corpus/config';
import { setLabels } from './settings';

/**
 * The configured labels. Rule: when the workspace's first folder has `.biaozhu/config.json`, its
 * `labels` apply (the CLI reads the same file, so editor and CLI agree); otherwise the setting
 * `biaozhu.labels` does. Either way the four default labels are always there. A broken setting or
 * file is reported once, naming it and the field, and the defaults apply until it is fixed.
 * User patterns run only in a trusted workspace.
 */
export class LabelConfig implements vscode.Disposable {
  private labels: Label[] = resolveLabels();
  private readonly changed = new vscode.EventEmitter<Label[]>();
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [this.changed];
  /** What is wrong with the label configuration, while something is. */
  problem: string | undefined;
  /** Resolves once the first load finished. */
  readonly ready: Promise<void>;

  constructor() {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${CONFIG_PATH.split(path.sep).join('/')}`);
    const reload = () => void this.load();
    this.disposables.push(
      watcher,
      watcher.onDidChange(reload),
      watcher.onDidCreate(reload),
      watcher.onDidDelete(reload),
      vscode.workspace.onDidChangeConfiguration((e) => e.affectsConfiguration('biaozhu.labels') && reload()),
      vscode.workspace.onDidGrantWorkspaceTrust(() => this.changed.fire(this.labels)),
    );
    this.ready = this.load();
  }

  current(): readonly Label[] {
    return this.labels;
  }

  names(): string[] {
    return this.labels.map((l) => l.name);
  }

  /** The user's patterns that may run now (none in an untrusted workspace). */
  patterns(): PatternInput[] {
    return activePatterns(this.labels, vscode.workspace.isTrusted);
  }

  private async load(): Promise<void> {
    let labels: Label[];
    this.problem = undefined;
    try {
      labels = await readConfigured();
    } catch (err) {
      if (!(err instanceof LabelConfigError)) throw err;
      this.problem = err.message;
      void vscode.window.showErrorMessage(vscode.l10n.t('Biaozhu: the label configuration is invalid, the default labels apply until it is fixed. {0}', err.message));
      labels = resolveLabels();
    }
    this.labels = labels;
    setLabels(labels);
    this.changed.fire(labels);
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The corpus file of the first workspace folder when it exists, else the setting. */
async function readConfigured(): Promise<Label[]> {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (folder) {
    const file = path.join(folder.uri.fsPath, CONFIG_PATH);
    const exists = await vscode.workspace.fs.stat(vscode.Uri.file(file)).then(
      () => true,
      () => false,
    );
    if (exists) return (await readCorpusConfig(file)).labels;
  }
  return parseLabels(vscode.workspace.getConfiguration('biaozhu').get('labels'), 'setting biaozhu.labels');
}
