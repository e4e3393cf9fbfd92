import * as vscode from 'vscode';
import { checkCorpus, checkDocument, fixTitle, type Finding, type Fix, type Severity } from '../corpus/consistency';
import { positionAt, type StoredDocument } from '../corpus/entityIndex';
import type { CorpusIndex } from './corpusIndex';
import type { Articles } from './documentState';
import { LABELS } from './settings';
import { ANNOTATOR } from './workspaceLabel';

export const DIAGNOSTIC_SOURCE = 'biaozhu';
export const APPLY_FIX = 'biaozhu.applyConsistencyFix';
/** Checks wait for a pause in annotation changes. */
const CHECK_DELAY_MS = 300;

const SEVERITY: Record<Severity, vscode.DiagnosticSeverity> = {
  error: vscode.DiagnosticSeverity.Error,
  warning: vscode.DiagnosticSeverity.Warning,
  information: vscode.DiagnosticSeverity.Information,
  hint: vscode.DiagnosticSeverity.Hint,
};

/**
 * Consistency findings (corpus/consistency.ts) as diagnostics in the Problems panel: an article is
 * checked again when its index entry changes; the whole corpus when the accepted strings change
 * (a label accepted in one article can make another inconsistent), and after the first scan.
 */
export class ConsistencyDiagnostics implements vscode.Disposable {
  readonly collection = vscode.languages.createDiagnosticCollection(DIAGNOSTIC_SOURCE);
  /** The findings behind each article's diagnostics, to turn a diagnostic back into its fixes. */
  private readonly findings = new Map<string, Finding[]>();
  private readonly pending = new Set<string>();
  private wholeCorpus = false;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly corpus: CorpusIndex) {
    this.disposables = [
      this.collection,
      corpus.onDidUpdate((u) => {
        u.paths.forEach((p) => this.pending.add(p));
        this.wholeCorpus ||= u.acceptedChanged;
        this.schedule();
      }),
    ];
  }

  /** Checks everything again soon (the configured labels changed). */
  recheckAll(): void {
    this.wholeCorpus = true;
    this.schedule();
  }

  /** The finding a diagnostic of `path` stands for. */
  findingOf(path: string, d: vscode.Diagnostic): Finding | undefined {
    const doc = this.corpus.index.document(path);
    if (!doc) return undefined;
    return this.findings.get(path)?.find((f) => f.code === d.code && rangeOf(doc, f.start, f.end).isEqual(d.range));
  }

  /** True while a check is waiting to run. */
  get isPending(): boolean {
    return this.timer !== undefined;
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      this.run();
    }, CHECK_DELAY_MS);
  }

  private run(): void {
    const index = this.corpus.index;
    const options = { labels: LABELS };
    let paths: string[];
    let found: Finding[];
    if (this.wholeCorpus) {
      paths = index.documents().map((d) => d.path);
      found = checkCorpus(index, options);
      for (const p of this.findings.keys()) if (!index.document(p)) this.set(p, []);
    } else {
      paths = [...this.pending];
      found = paths.flatMap((p) => checkDocument(index, p, options));
    }
    this.pending.clear();
    this.wholeCorpus = false;
    const byPath = new Map<string, Finding[]>(paths.map((p) => [p, []]));
    for (const f of found) byPath.get(f.file)?.push(f);
    for (const [p, list] of byPath) this.set(p, list);
  }

  private set(path: string, list: Finding[]): void {
    const uri = vscode.Uri.file(path);
    const doc = this.corpus.index.document(path);
    if (!doc || !list.length) {
      this.findings.delete(path);
      this.collection.delete(uri);
      return;
    }
    this.findings.set(path, list);
    this.collection.set(uri, list.map((f) => toDiagnostic(doc, f)));
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}

function toDiagnostic(doc: StoredDocument, f: Finding): vscode.Diagnostic {
  const d = new vscode.Diagnostic(rangeOf(doc, f.start, f.end), vscode.l10n.t(f.template, ...f.args), SEVERITY[f.severity]);
  d.code = f.code;
  d.source = DIAGNOSTIC_SOURCE;
  return d;
}

/** Editor range of code points [start, end) of an indexed article (its text is the editor's when open). */
function rangeOf(doc: StoredDocument, start: number, end: number): vscode.Range {
  const at = (cp: number) => {
    const { line } = positionAt(doc.lineStarts, cp);
    return new vscode.Position(line, doc.map.toUtf16(cp) - doc.map.toUtf16(doc.lineStarts[line]));
  };
  return new vscode.Range(at(start), at(end));
}

/** Each finding's fixes as quick fixes on its diagnostic. */
export class ConsistencyFixes implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly diagnostics: ConsistencyDiagnostics,
    private readonly corpus: CorpusIndex,
  ) {}

  provideCodeActions(document: vscode.TextDocument, _range: vscode.Range, context: vscode.CodeActionContext): vscode.CodeAction[] {
    const path = document.uri.fsPath;
    const doc = this.corpus.index.document(path);
    if (!doc) return [];
    const actions: vscode.CodeAction[] = [];
    for (const d of context.diagnostics) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      const finding = this.diagnostics.findingOf(path, d);
      finding?.fixes.forEach((fix, i) => {
        const { template, args } = fixTitle(fix, doc);
        const title = vscode.l10n.t(template, ...args);
        const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
        action.diagnostics = [d];
        action.isPreferred = i === 0;
        action.command = { title, command: APPLY_FIX, arguments: [path, fix] };
        actions.push(action);
      });
    }
    return actions;
  }
}

/** Applies a fix through the article's annotation store (the article is loaded if it is not open). */
export async function applyFix(articles: Articles, path: string, fix: Fix): Promise<boolean> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(path));
  const state = await articles.open(doc);
  if (!state || state.readOnly) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Biaozhu: cannot change the annotations of {0}. {1}', path, state?.readOnly ?? ''));
    return false;
  }
  const store = state.store;
  const live = (id: string) => !!store.byId(id);
  switch (fix.kind) {
    case 'relabel':
      if (!live(fix.spanId)) return false;
      store.setLabel(fix.spanId, fix.label);
      return true;
    case 'label':
      return store.label([{ start: fix.start, end: fix.end }], fix.label, ANNOTATOR) > 0;
    case 'remove':
      if (live(fix.spanId)) store.remove([fix.spanId]);
      else return store.resolveStale(fix.spanId);
      return true;
    case 'reanchor':
      if (live(fix.spanId)) store.setRange(fix.spanId, fix.start, fix.end);
      else return store.resolveStale(fix.spanId, { start: fix.start, end: fix.end });
      return true;
  }
}
