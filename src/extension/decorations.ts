import * as vscode from 'vscode';
import type { Span } from '../core/span';
import type { ArticleState, Articles } from './documentState';
import { metrics, record } from './metrics';
import { LABELS } from './settings';

/** Articles with more shown spans than this get the visible ranges first, the rest after a pause. */
const FULL_AT_ONCE = 2_000;
const FULL_DELAY_MS = 150;

type Style = { suggested: vscode.TextEditorDecorationType; accepted: vscode.TextEditorDecorationType };

/**
 * One decoration type per label and status: a suggestion is underlined, an accepted span is
 * filled; both mark the overview ruler. Colors are theme colors (package.json contributes.colors).
 * Rejected and stale spans are not shown. VS Code moves decorations along with typing itself,
 * so they are recomputed only when the annotations change.
 */
export class Decorations implements vscode.Disposable {
  private readonly styles = new Map<string, Style>();
  private readonly fallback: Style;
  private readonly fullTimers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly articles: Articles) {
    for (const label of LABELS) this.styles.set(label, makeStyle(label.toLowerCase()));
    this.fallback = makeStyle('other');
    this.disposables = [
      articles.onDidChange((s) => this.refresh(s)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.articles.all().forEach((s) => this.refresh(s))),
    ];
  }

  /** Redraws every editor showing `state`: visible ranges at once, everything else soon after when big. */
  refresh(state: ArticleState): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === state.document);
    if (!editors.length) return;
    clearTimeout(this.fullTimers.get(state.uri));
    const big = state.store.size > FULL_AT_ONCE;
    for (const editor of editors) {
      const t0 = performance.now();
      const spans = big ? visibleSpans(state, editor) : state.store.live().filter((s) => s.status !== 'rejected');
      this.apply(state, editor, spans);
      if (big) record(metrics.decorateVisibleMs, performance.now() - t0, 200);
    }
    if (big) {
      this.fullTimers.set(
        state.uri,
        setTimeout(() => {
          this.fullTimers.delete(state.uri);
          const all = state.store.live().filter((s) => s.status !== 'rejected');
          for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document === state.document)) this.apply(state, editor, all);
        }, FULL_DELAY_MS),
      );
    }
  }

  private apply(state: ArticleState, editor: vscode.TextEditor, spans: readonly Span[]): void {
    const ranges = new Map<vscode.TextEditorDecorationType, vscode.Range[]>();
    for (const style of [...this.styles.values(), this.fallback]) {
      ranges.set(style.suggested, []);
      ranges.set(style.accepted, []);
    }
    for (const s of spans) {
      const style = this.styles.get(s.label) ?? this.fallback;
      ranges.get(s.status === 'accepted' ? style.accepted : style.suggested)!.push(state.range(s));
    }
    for (const [type, list] of ranges) editor.setDecorations(type, list);
    if (spans.length && !metrics.firstDecorations[state.document.uri.fsPath]) {
      metrics.firstDecorations[state.document.uri.fsPath] = {
        ms: performance.now() - state.openedAt,
        chars: state.document.getText().length,
        engineWarm: state.engineWarmAtOpen,
      };
    }
  }

  dispose(): void {
    this.fullTimers.forEach((t) => clearTimeout(t));
    for (const s of [...this.styles.values(), this.fallback]) {
      s.suggested.dispose();
      s.accepted.dispose();
    }
    this.disposables.forEach((d) => d.dispose());
  }
}

function makeStyle(key: string): Style {
  const mark = new vscode.ThemeColor(`biaozhu.${key}.mark`);
  const common: vscode.DecorationRenderOptions = {
    overviewRulerColor: mark,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
  return {
    suggested: vscode.window.createTextEditorDecorationType({ ...common, borderWidth: '0 0 2px 0', borderStyle: 'dashed', borderColor: mark }),
    accepted: vscode.window.createTextEditorDecorationType({
      ...common,
      backgroundColor: new vscode.ThemeColor(`biaozhu.${key}.background`),
      borderWidth: '0 0 2px 0',
      borderStyle: 'solid',
      borderColor: mark,
    }),
  };
}

/** Shown spans in the editor's visible ranges (plus a screen's worth around them). */
function visibleSpans(state: ArticleState, editor: vscode.TextEditor): Span[] {
  const doc = state.document;
  const out: Span[] = [];
  for (const r of editor.visibleRanges) {
    const from = Math.max(0, r.start.line - 50);
    const to = Math.min(doc.lineCount - 1, r.end.line + 50);
    const start = state.cpAt(new vscode.Position(from, 0));
    const end = state.cpAt(doc.lineAt(to).range.end);
    out.push(...state.store.shownWithin(start, end));
  }
  return out;
}
