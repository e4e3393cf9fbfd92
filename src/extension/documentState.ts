import { promises as fs } from 'node:fs';
import * as vscode from 'vscode';
import { OffsetMap } from '../core/offsets';
import { anchorSpans } from '../core/reanchor';
import { makeSpan, spanId, type Span } from '../core/span';
import { parseSidecar, sidecarPath, type Sidecar } from '../core/sidecar';
import type { EngineHost } from './engineHost';
import { metrics, record } from './metrics';
import { AnnotationStore } from './model/annotationStore';
import { isArticle, readSettings } from './settings';

/** Articles up to this many UTF-16 units are annotated in one go; longer ones in chunks, visible first. */
const CHUNK = 20_000;
/**
 * Articles longer than twice this get about this many UTF-16 units of lines in view (some 15–25
 * lines of news) annotated first, on their own. When a document opens, the engine's worker shares
 * the 2 cores with the editor rendering it and gets about a third of a core (measured: 10,000
 * characters took 230–290 ms in the worker for 80–105 ms of its CPU), so a small first job is what
 * shows suggestions soon: in the editor bench 3,000 units took 84–290 ms, 2,000 took 57–142 ms.
 * The whole article follows and its suggestions replace these.
 */
const FIRST_LOOK = 2_000;

/** The last line of a run of whole lines from `from` that stays under `size` UTF-16 units (at least one line). */
function lastLineWithin(doc: vscode.TextDocument, from: number, size: number): number {
  let to = from;
  let length = doc.lineAt(from).text.length;
  while (to + 1 < doc.lineCount && length + doc.lineAt(to + 1).text.length < size) length += doc.lineAt(++to).text.length;
  return to;
}

/** One open article: its annotations and how they relate to the sidecar on disk. */
export class ArticleState {
  readonly store: AnnotationStore;
  readonly sidecarFile: string;
  /** Why the sidecar must not be written (it failed validation), if it must not. */
  readOnly: string | undefined;
  reviewed = false;
  /** The sidecar's bytes as last read or written by us; anything else on disk is an outside change. */
  diskJson: string | undefined;
  /** When the engine's first suggestions were merged (performance.now()). */
  suggestedAt: number | undefined;
  /** When an editor first showed this article (performance.now()). */
  shownAt: number | undefined;
  /** Time spent waiting for the engine so far (for the first-decorations latency). */
  engineMs = 0;
  /** Engine runs in flight (for whenIdle). */
  busy = 0;
  /** Lines edited since the last re-annotation. */
  pendingLines: { from: number; to: number } | undefined;
  reannotateTimer: NodeJS.Timeout | undefined;

  constructor(
    readonly document: vscode.TextDocument,
    spans: readonly Span[],
    readonly engineWarmAtOpen: boolean,
    /** When loading started (performance.now()), for the first-decorations latency. */
    readonly openedAt: number,
  ) {
    this.sidecarFile = sidecarPath(document.uri.fsPath);
    this.store = new AnnotationStore(document.getText(), spans, (s, e) => document.getText(this.rangeOf(s, e)));
  }

  get uri(): string {
    return this.document.uri.toString();
  }

  /** Code-point offset of an editor position. */
  cpAt(pos: vscode.Position): number {
    return this.store.offsets.toCodePoint(this.document.offsetAt(pos));
  }

  rangeOf(start: number, end: number): vscode.Range {
    const o = this.store.offsets;
    return new vscode.Range(this.document.positionAt(o.toUtf16(start)), this.document.positionAt(o.toUtf16(end)));
  }

  range(span: { start: number; end: number }): vscode.Range {
    return this.rangeOf(span.start, span.end);
  }
}

/** Reads a sidecar's bytes and validates them; undefined when there is none (SidecarError when invalid). */
export async function readSidecarFile(file: string): Promise<{ json?: string; sidecar?: Sidecar }> {
  let json: string;
  try {
    json = await fs.readFile(file, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw err;
  }
  return { json, sidecar: parseSidecar(file, json) };
}

/**
 * The open articles: loads each from its sidecar when it opens, runs the engine for suggestions
 * (whole article, or visible part first for long ones), follows every text change and
 * re-annotates the edited paragraphs after a pause.
 */
export class Articles implements vscode.Disposable {
  private readonly states = new Map<string, ArticleState>();
  private readonly loading = new Map<string, Promise<ArticleState | undefined>>();
  private readonly changed = new vscode.EventEmitter<ArticleState>();
  private readonly closing = new vscode.EventEmitter<ArticleState>();
  /** Fired when an article's annotations change (or it loads). */
  readonly onDidChange = this.changed.event;
  /** Fired when an article's document closes, before it is forgotten. */
  readonly onWillClose = this.closing.event;
  private readonly disposables: vscode.Disposable[] = [this.changed, this.closing];

  constructor(private readonly engine: EngineHost) {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidCloseTextDocument((d) => this.close(d)),
    );
  }

  get(doc: vscode.TextDocument | vscode.Uri | string): ArticleState | undefined {
    const key = typeof doc === 'string' ? doc : 'uri' in doc ? doc.uri.toString() : doc.toString();
    return this.states.get(key);
  }

  all(): ArticleState[] {
    return [...this.states.values()];
  }

  /** Loads `doc` if it is an article not loaded yet. */
  open(doc: vscode.TextDocument): Promise<ArticleState | undefined> {
    const key = doc.uri.toString();
    const known = this.states.get(key);
    if (known) return Promise.resolve(known);
    if (!isArticle(doc)) return Promise.resolve(undefined);
    let p = this.loading.get(key);
    if (!p) {
      p = this.load(doc).finally(() => this.loading.delete(key));
      this.loading.set(key, p);
    }
    return p;
  }

  /** True while `uri` is loading, being annotated or waiting to be re-annotated. */
  isBusy(uri: string): boolean {
    const s = this.states.get(uri);
    return this.loading.has(uri) || !s || s.busy > 0 || s.reannotateTimer !== undefined;
  }

  private async load(doc: vscode.TextDocument): Promise<ArticleState | undefined> {
    const t0 = performance.now();
    const file = sidecarPath(doc.uri.fsPath);
    let read: { json?: string; sidecar?: Sidecar } = {};
    let error: string | undefined;
    try {
      read = await readSidecarFile(file);
    } catch (err) {
      error = (err as Error).message;
    }
    if (doc.isClosed) return undefined;
    const state = new ArticleState(doc, read.sidecar ? anchorSpans(read.sidecar, doc.getText()).spans : [], this.engine.isWarm, t0);
    state.diskJson = read.json;
    state.reviewed = !!read.sidecar?.reviewed;
    this.states.set(state.uri, state);
    state.store.onDidChange(() => this.changed.fire(state));
    if (error) this.markReadOnly(state, error);
    this.changed.fire(state);
    if (!state.readOnly && !state.reviewed && readSettings(doc.uri).suggest) await this.suggest(state);
    return state;
  }

  markReadOnly(state: ArticleState, error: string): void {
    state.readOnly = error;
    void vscode.window.showErrorMessage(vscode.l10n.t('Biaozhu: the annotations of this article are read-only until the sidecar is fixed. {0}', error));
  }

  /** Replaces an article's annotations with what its sidecar on disk says now (outside change). */
  async reload(state: ArticleState): Promise<void> {
    let read: { json?: string; sidecar?: Sidecar };
    try {
      read = await readSidecarFile(state.sidecarFile);
    } catch (err) {
      this.markReadOnly(state, (err as Error).message);
      return;
    }
    state.readOnly = undefined;
    state.diskJson = read.json;
    state.reviewed = !!read.sidecar?.reviewed;
    state.store.reset(state.document.getText(), read.sidecar ? anchorSpans(read.sidecar, state.document.getText()).spans : []);
    if (!state.reviewed && readSettings(state.document.uri).suggest) await this.suggest(state);
  }

  /**
   * Suggestions for the whole article: in one go when short, else in chunks with the visible one
   * first. A long article gets the lines in view annotated alone before that (FIRST_LOOK).
   */
  async suggest(state: ArticleState): Promise<void> {
    const doc = state.document;
    const length = doc.getText().length;
    const inView = vscode.window.visibleTextEditors.find((e) => e.document === doc)?.visibleRanges[0]?.start.line ?? 0;
    if (length > 2 * FIRST_LOOK) {
      const to = lastLineWithin(doc, inView, FIRST_LOOK);
      if (doc.offsetAt(doc.lineAt(to).range.end) - doc.offsetAt(new vscode.Position(inView, 0)) < length / 2) await this.annotateLines(state, inView, to);
    }
    const chunks: Array<[number, number]> = [];
    for (let from = 0; from < doc.lineCount; ) {
      const to = length <= CHUNK ? doc.lineCount - 1 : lastLineWithin(doc, from, CHUNK);
      chunks.push([from, to]);
      from = to + 1;
    }
    const i = chunks.findIndex(([, to]) => to >= inView);
    if (i > 0) chunks.unshift(...chunks.splice(i, 1));
    for (const [from, to] of chunks) await this.annotateLines(state, from, to);
    metrics.wholeSuggested[doc.uri.fsPath] ??= performance.now() - state.openedAt;
  }

  /** Runs the engine over lines [from, to] and replaces the suggestions there. */
  private async annotateLines(state: ArticleState, from: number, to: number): Promise<void> {
    const doc = state.document;
    const range = new vscode.Range(from, 0, to, doc.lineAt(Math.min(to, doc.lineCount - 1)).text.length);
    const version = doc.version;
    const text = doc.getText(range);
    state.busy++;
    try {
      const t0 = performance.now();
      const drafts = await this.engine.annotate(text);
      state.engineMs += performance.now() - t0;
      if (doc.isClosed || doc.version !== version || this.states.get(state.uri) !== state) return; // edited meanwhile: the edit re-annotates
      const base = state.cpAt(range.start);
      const local = new OffsetMap(text);
      const fresh = drafts.map((d) => {
        const s = makeSpan(d, local);
        const start = s.start + base;
        const end = s.end + base;
        return { ...s, start, end, id: spanId(s.label, start, end, s.text) };
      });
      const t1 = performance.now();
      state.store.replaceSuggestions(base, base + local.length, fresh);
      record(metrics.mergeMs, performance.now() - t1, 200);
      state.suggestedAt ??= performance.now();
    } finally {
      state.busy--;
    }
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const state = this.states.get(e.document.uri.toString());
    if (!state || e.contentChanges.length === 0) return;
    const t0 = performance.now();
    for (const c of e.contentChanges) {
      state.store.applyTextEdit(c.rangeOffset, c.rangeLength, c.text);
      const from = c.range.start.line;
      const to = from + countNewlines(c.text);
      const p = state.pendingLines;
      state.pendingLines = p ? { from: Math.min(p.from, from), to: Math.max(p.to, to) } : { from, to };
    }
    record(metrics.editMs, performance.now() - t0);
    if (state.readOnly || state.reviewed || !readSettings(e.document.uri).suggest) {
      state.pendingLines = undefined;
      return;
    }
    clearTimeout(state.reannotateTimer);
    state.reannotateTimer = setTimeout(() => {
      state.reannotateTimer = undefined;
      const lines = state.pendingLines;
      state.pendingLines = undefined;
      const last = state.document.lineCount - 1;
      if (lines) void this.annotateLines(state, Math.min(lines.from, last), Math.min(lines.to, last));
    }, readSettings(e.document.uri).reannotateDelay);
  }

  private close(doc: vscode.TextDocument): void {
    const state = this.states.get(doc.uri.toString());
    if (!state) return;
    clearTimeout(state.reannotateTimer);
    this.closing.fire(state);
    this.states.delete(state.uri);
  }

  dispose(): void {
    for (const s of this.states.values()) clearTimeout(s.reannotateTimer);
    this.disposables.forEach((d) => d.dispose());
  }
}

function countNewlines(s: string): number {
  let n = 0;
  for (let i = s.indexOf('\n'); i !== -1; i = s.indexOf('\n', i + 1)) n++;
  return n;
}
