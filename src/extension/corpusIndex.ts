import { promises as fs } from 'node:fs';
import { sep } from 'node:path';
import * as vscode from 'vscode';
import { readArticle } from '../core/article';
import { anchorSpans } from '../core/reanchor';
import { readSidecar, SIDECAR_SUFFIX, sidecarPath } from '../core/sidecar';
import type { Span } from '../core/span';
import { EntityIndex, type IndexChange } from '../corpus/entityIndex';
import type { ArticleState, Articles } from './documentState';
import { readSettings } from './settings';

/** Pause after an annotation change before the article is re-indexed (typing moves spans often). */
const UPDATE_DELAY_MS = 200;
/** Articles read from disk between two updates of the views during the first scan. */
const BATCH = 25;

/** Articles whose index entry changed, with what changed. */
export interface CorpusUpdate extends IndexChange {
  paths: string[];
}

/**
 * The corpus as an EntityIndex keyed by file path: open articles as the editor holds them (updated
 * per article, debounced, when their annotations change), closed ones from their sidecars on disk
 * (read once in the background at activation, then again only when a sidecar changes).
 */
export class CorpusIndex implements vscode.Disposable {
  readonly index = new EntityIndex();
  private readonly updated = new vscode.EventEmitter<CorpusUpdate>();
  /** Fired after articles were (re-)indexed. */
  readonly onDidUpdate = this.updated.event;
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly scanCancel = new vscode.CancellationTokenSource();
  private readonly disposables: vscode.Disposable[];
  private scanning: Promise<void> | undefined;

  constructor(private readonly articles: Articles) {
    const sidecars = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    // An open article is indexed from the editor (SidecarSync reloads it when its sidecar changes
    // on disk); re-reading it after each of our own writes would redo a big article for nothing.
    const onSidecar = (uri: vscode.Uri) => {
      const article = uri.fsPath.slice(0, -SIDECAR_SUFFIX.length);
      if (!this.articles.get(vscode.Uri.file(article))) this.scheduleDisk(article);
    };
    // Deleted articles (or folders of them) leave the corpus, even while an editor still shows one.
    const deletions = vscode.workspace.createFileSystemWatcher('**/*', true, true, false);
    this.disposables = [
      this.updated,
      this.scanCancel,
      sidecars,
      sidecars.onDidChange(onSidecar),
      sidecars.onDidCreate(onSidecar),
      sidecars.onDidDelete(onSidecar),
      deletions,
      deletions.onDidDelete((uri) => this.forget(uri.fsPath)),
      articles.onDidChange((s) => this.updateArticle(s)),
      // Typing that only moves spans changes no annotation, but the checks need the current text.
      vscode.workspace.onDidChangeTextDocument((e) => {
        const s = e.contentChanges.length ? articles.get(e.document) : undefined;
        if (s) this.updateArticle(s);
      }),
      // Once closed, the article is what its sidecar on disk says (SidecarSync writes it first).
      articles.onWillClose((s) => this.scheduleDisk(s.document.uri.fsPath)),
    ];
  }

  /** Indexes the workspace's articles in the background; resolves when done (or cancelled). */
  scan(): Promise<void> {
    return (this.scanning ??= Promise.resolve(
      vscode.window.withProgress({ location: vscode.ProgressLocation.Window, title: vscode.l10n.t('Biaozhu: indexing the workspace') }, () =>
        this.scanFiles(this.scanCancel.token),
      ),
    ));
  }

  /** Resolves when the first scan and every pending update are done (for tests and commands). */
  async settled(): Promise<void> {
    await this.scan();
    while (this.timers.size) await new Promise((r) => setTimeout(r, 25));
  }

  /** Re-reads articles from disk now (after a command wrote their sidecars). */
  async refresh(paths: readonly string[]): Promise<void> {
    const changes = await Promise.all(paths.map((p) => this.indexFromDisk(p)));
    this.fire(paths, changes);
  }

  private async scanFiles(token: vscode.CancellationToken): Promise<void> {
    const files = await workspaceArticles();
    for (let i = 0; i < files.length && !token.isCancellationRequested; i += BATCH) {
      const batch = files.slice(i, i + BATCH).filter((f) => !this.articles.get(vscode.Uri.file(f)));
      const changes = await Promise.all(batch.map((f) => this.indexFromDisk(f)));
      this.fire(batch, changes);
    }
  }

  /** Re-indexes an open article soon (its annotations, text or reviewed mark changed). */
  updateArticle(state: ArticleState): void {
    this.schedule(state.document.uri.fsPath, () => this.fromEditor(state));
  }

  private schedule(path: string, run: () => Promise<IndexChange | undefined> | IndexChange | undefined): void {
    clearTimeout(this.timers.get(path));
    const timer = setTimeout(async () => {
      try {
        this.fire([path], [await run()]);
      } finally {
        if (this.timers.get(path) === timer) this.timers.delete(path);
      }
    }, UPDATE_DELAY_MS);
    this.timers.set(path, timer);
  }

  private scheduleDisk(path: string): void {
    this.schedule(path, () => {
      const open = this.articles.get(vscode.Uri.file(path));
      return open ? this.fromEditor(open) : this.indexFromDisk(path);
    });
  }

  private async fromEditor(state: ArticleState): Promise<IndexChange | undefined> {
    const file = state.document.uri.fsPath;
    if (state.document.isClosed) return undefined;
    if (!(await exists(file))) return this.index.document(file) ? this.index.remove(file) : undefined;
    return this.index.update({ path: state.document.uri.fsPath, text: state.document.getText(), spans: state.store.all(), reviewed: state.reviewed });
  }

  /** An article as its files on disk say; one that cannot be read leaves the index. */
  private async indexFromDisk(path: string): Promise<IndexChange> {
    let text: string;
    try {
      text = (await readArticle(path)).text;
    } catch {
      return this.index.remove(path);
    }
    let spans: Span[] = [];
    let reviewed = false;
    try {
      const sidecar = await readSidecar(sidecarPath(path));
      if (sidecar) {
        spans = anchorSpans(sidecar, text).spans;
        reviewed = !!sidecar.reviewed;
      }
    } catch {
      // An invalid sidecar counts nothing here; opening the article reports the problem.
    }
    return this.index.update({ path, text, spans, reviewed });
  }

  private forget(path: string): void {
    const gone = this.index.documents().filter((d) => d.path === path || d.path.startsWith(path + sep));
    for (const d of gone) {
      clearTimeout(this.timers.get(d.path));
      this.timers.delete(d.path);
    }
    this.fire(
      gone.map((d) => d.path),
      gone.map((d) => this.index.remove(d.path)),
    );
  }

  private fire(paths: readonly string[], changes: ReadonlyArray<IndexChange | undefined>): void {
    const real = changes.filter((c): c is IndexChange => !!c);
    if (!paths.length || !real.length) return;
    this.updated.fire({
      paths: [...paths],
      labels: [...new Set(real.flatMap((c) => c.labels))],
      acceptedChanged: real.some((c) => c.acceptedChanged),
    });
  }

  dispose(): void {
    this.scanCancel.cancel();
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}

/** The workspace's article files (biaozhu.files globs), sorted. */
export async function workspaceArticles(folder?: vscode.Uri): Promise<string[]> {
  const files = new Set<string>();
  for (const glob of readSettings().files) {
    const include = folder ? new vscode.RelativePattern(folder, glob) : glob;
    for (const u of await vscode.workspace.findFiles(include, '**/node_modules/**')) if (!u.fsPath.endsWith(SIDECAR_SUFFIX)) files.add(u.fsPath);
  }
  return [...files].sort();
}

function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}
