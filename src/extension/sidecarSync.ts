import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX, buildSidecar, serializeSidecar, writeSidecar } from '../core/sidecar';
import type { ArticleState, Articles } from './documentState';
import { readSettings } from './settings';

/**
 * Keeps each article's sidecar equal to what the editor shows: every annotation change is
 * written (debounced, atomically, through core's writeSidecar) once the article itself is saved;
 * a sidecar changed by someone else (git checkout, another editor) is reloaded instead of
 * overwritten, and one that fails validation is never written.
 */
export class SidecarSync implements vscode.Disposable {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly saving = new Map<string, Promise<void>>();
  /** Size and mtime of each sidecar right after our last write of it. */
  private readonly writtenStamps = new Map<string, string | undefined>();
  private readonly written = new vscode.EventEmitter<ArticleState>();
  /** Fires after a sidecar was written: the annotator's decisions are on disk. */
  readonly onDidWrite = this.written.event;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly articles: Articles) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/*${SIDECAR_SUFFIX}`);
    const outside = (uri: vscode.Uri) => void this.onDiskChange(uri);
    this.disposables = [
      this.written,
      watcher,
      watcher.onDidChange(outside),
      watcher.onDidCreate(outside),
      watcher.onDidDelete(outside),
      articles.onDidChange((s) => this.schedule(s)),
      articles.onWillClose((s) => {
        if (this.timers.has(s.uri) && !s.document.isDirty) void this.save(s);
        clearTimeout(this.timers.get(s.uri));
        this.timers.delete(s.uri);
      }),
      vscode.workspace.onDidSaveTextDocument((d) => {
        const s = articles.get(d);
        if (s) void this.save(s);
      }),
    ];
  }

  /** True while a write for `uri` is scheduled or running. */
  isPending(uri: string): boolean {
    return this.timers.has(uri) || this.saving.has(uri);
  }

  private schedule(state: ArticleState): void {
    if (state.readOnly) return;
    clearTimeout(this.timers.get(state.uri));
    this.timers.set(
      state.uri,
      setTimeout(() => void this.save(state), readSettings(state.document.uri).saveDelay),
    );
  }

  /** Writes the sidecar now (one write at a time per article). */
  save(state: ArticleState): Promise<void> {
    clearTimeout(this.timers.get(state.uri));
    this.timers.delete(state.uri);
    const prev = this.saving.get(state.uri) ?? Promise.resolve();
    const next = prev.then(() => this.write(state)).finally(() => {
      if (this.saving.get(state.uri) === next) this.saving.delete(state.uri);
    });
    this.saving.set(state.uri, next);
    return next;
  }

  private async write(state: ArticleState): Promise<void> {
    // The sidecar describes the article on disk: unsaved text waits for the save.
    if (state.readOnly || (state.document.isDirty && !state.document.isClosed)) return;
    if (!(await exists(state.document.uri.fsPath))) return; // the article was deleted: no sidecar for it
    const disk = await readRaw(state.sidecarFile);
    if (disk !== state.diskJson) return this.articles.reload(state);
    const spans = state.store.all();
    if (disk === undefined && spans.length === 0) return;
    const doc = buildSidecar(state.document.uri.fsPath, state.document.getText(), spans, state.reviewed);
    const json = serializeSidecar(doc);
    if (json === disk) return;
    state.diskJson = json; // before the write, so the watcher knows the change is ours
    try {
      await writeSidecar(state.sidecarFile, doc);
      this.writtenStamps.set(state.uri, await stamp(state.sidecarFile));
    } catch (err) {
      state.diskJson = disk;
      this.articles.markReadOnly(state, (err as Error).message);
      return;
    }
    this.written.fire(state);
  }

  private async onDiskChange(uri: vscode.Uri): Promise<void> {
    const article = uri.fsPath.slice(0, -SIDECAR_SUFFIX.length);
    const state = this.articles.get(vscode.Uri.file(article));
    if (!state) return; // a closed article: the corpus index reads its sidecar itself
    await this.saving.get(state.uri);
    // Our own write: told by size and time first, so a big sidecar is not read back for nothing.
    const ours = this.writtenStamps.get(state.uri);
    if (ours && ours === (await stamp(state.sidecarFile))) return;
    if ((await readRaw(state.sidecarFile)) === state.diskJson) return;
    clearTimeout(this.timers.get(state.uri));
    this.timers.delete(state.uri);
    await this.articles.reload(state);
  }

  dispose(): void {
    this.timers.forEach((t) => clearTimeout(t));
    this.disposables.forEach((d) => d.dispose());
  }
}

async function exists(file: string): Promise<boolean> {
  return fs.stat(file).then(
    () => true,
    () => false,
  );
}

async function stamp(file: string): Promise<string | undefined> {
  const st = await fs.stat(file).catch(() => undefined);
  return st && `${st.size}:${st.mtimeMs}`;
}

async function readRaw(file: string): Promise<string | undefined> {
  try {
    return await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw err;
  }
}
