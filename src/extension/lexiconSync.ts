import * as path from 'node:path';
import * as vscode from 'vscode';
import { findCorpusRoot } from '../corpus/learn';
import { LEXICON_DIR, LEXICON_FILE, LexiconError, learnFromSpans, loadLexicon, saveLexicon, serializeLexicon, type Lexicon } from '../engine/lexicon/lexicon';
import type { EngineHost } from './engineHost';
import type { ArticleState } from './documentState';
import type { SidecarSync } from './sidecarSync';

/**
 * The corpus lexicon in the editor: what the annotator accepts or rejects is learned when the
 * article's sidecar is written, saved to .biaozhu/lexicon.json (the file `biaozhu annotate`
 * reads and updates) and handed to the engine, so the next suggestions follow it. The corpus
 * root is the first workspace folder, or the nearest folder above it with a .biaozhu/ folder
 * (as the CLI finds it). A lexicon that fails to parse is reported once and never overwritten;
 * learning then stops until it is fixed.
 */
export class LexiconSync implements vscode.Disposable {
  private lexicon: Lexicon | undefined;
  private root: string | undefined;
  /** Why the lexicon is not used, while it is broken. */
  problem: string | undefined;
  /** Loads and saves, one at a time. */
  private queue: Promise<void> = Promise.resolve();
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly engine: EngineHost,
    sync: SidecarSync,
  ) {
    // The folder too: deleting .biaozhu/ reports only the folder.
    const watcher = vscode.workspace.createFileSystemWatcher(`**/{${LEXICON_DIR},${LEXICON_DIR}/${LEXICON_FILE}}`);
    const reload = () => this.enqueue(() => this.load());
    this.disposables = [watcher, watcher.onDidChange(reload), watcher.onDidCreate(reload), watcher.onDidDelete(reload), sync.onDidWrite((s) => this.enqueue(() => this.learn(s)))];
  }

  /** Loads the lexicon in the background (never during activation). */
  start(): Promise<void> {
    return this.enqueue(() => this.load());
  }

  size(): { entries: number; rejected: number } {
    return { entries: this.lexicon?.entries.length ?? 0, rejected: this.lexicon?.rejected.length ?? 0 };
  }

  /** Resolves when the loads and saves queued so far are done. */
  settled(): Promise<void> {
    return this.queue;
  }

  private enqueue(job: () => Promise<void>): Promise<void> {
    this.queue = this.queue.then(job, job);
    return this.queue;
  }

  private async load(): Promise<void> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    if (!folder || folder.uri.scheme !== 'file') return;
    this.root ??= await findCorpusRoot([folder.uri.fsPath]);
    let lexicon: Lexicon;
    try {
      lexicon = await loadLexicon(this.root);
    } catch (err) {
      return this.fail(err);
    }
    this.problem = undefined;
    // An empty lexicon is sent only to replace one sent before (the file was deleted).
    const send = this.lexicon ? !sameLexicon(this.lexicon, lexicon) : lexicon.entries.length + lexicon.rejected.length > 0;
    this.lexicon = lexicon;
    // Not awaited: the worker takes it before any later text, while nodejieba may still be
    // loading; a segmenter failure surfaces with the next suggestions.
    if (send) void this.engine.setLexicon(lexicon).catch(() => undefined);
  }

  private async learn(state: ArticleState): Promise<void> {
    if (!this.lexicon || !this.root || this.problem) return;
    const spans = state.store.all();
    if (!spans.some((s) => s.status !== 'suggested')) return;
    const file = state.document.uri.fsPath;
    if (path.relative(this.root, file).startsWith('..')) return; // an article outside the corpus
    const next = learnFromSpans(this.lexicon, state.document.getText(), spans);
    try {
      if (!(await saveLexicon(this.root, next))) return;
    } catch (err) {
      return this.fail(err);
    }
    this.lexicon = next;
    await this.engine.setLexicon(next);
  }

  private fail(err: unknown): void {
    if (!(err instanceof LexiconError)) throw err;
    if (this.problem === err.message) return;
    this.problem = err.message;
    void vscode.window.showErrorMessage(vscode.l10n.t('Biaozhu: the corpus lexicon is not used until it is fixed; it is never overwritten. {0}', err.message));
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

const sameLexicon = (a: Lexicon, b: Lexicon) => serializeLexicon(a) === serializeLexicon(b);
