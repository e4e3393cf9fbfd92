import * as vscode from 'vscode';
import type { Span } from '../core/span';
import type { ArticleState, Articles } from './documentState';
import { metrics, record } from './metrics';
import { DEFAULT_LABELS } from '../core/span';
import { CUSTOM_COLORS } from './settings';

/** Articles with more shown spans than this get the visible ranges first, the rest after a pause. */
const FULL_AT_ONCE = 2_000;
const FULL_DELAY_MS = 150;
/** Spans turned into ranges per turn of the event loop in the full pass. */
const SLICE = 2_000;

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
  /** Styles of custom labels by label and color. */
  private readonly custom = new Map<string, Style>();
  private readonly fullTimers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly articles: Articles) {
    for (const label of DEFAULT_LABELS) this.styles.set(label, makeStyle(label.toLowerCase()));
    this.fallback = makeStyle('other');
    this.disposables = [
      articles.onDidChange((s) => this.refresh(s)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.articles.all().forEach((s) => this.refresh(s))),
      // A pending full pass waits until typing pauses (VS Code moves the decorations meanwhile).
      vscode.workspace.onDidChangeTextDocument((e) => {
        const state = this.fullTimers.has(e.document.uri.toString()) && this.articles.get(e.document);
        if (state) this.scheduleFull(state);
      }),
    ];
  }

  /** Redraws every editor showing `state`: visible ranges at once, everything else soon after when big. */
  refresh(state: ArticleState): void {
    const editors = vscode.window.visibleTextEditors.filter((e) => e.document === state.document);
    if (!editors.length) return;
    state.shownAt ??= performance.now();
    clearTimeout(this.fullTimers.get(state.uri));
    this.fullTimers.delete(state.uri);
    if (state.store.size <= FULL_AT_ONCE) {
      const ranges = this.ranges(state, state.store.live().filter((s) => s.status !== 'rejected'));
      for (const editor of editors) this.apply(state, editor, ranges);
      return;
    }
    for (const editor of editors) {
      const t0 = performance.now();
      this.apply(state, editor, this.ranges(state, visibleSpans(state, editor)));
      record(metrics.decorateVisibleMs, performance.now() - t0, 200);
    }
    this.scheduleFull(state);
  }

  private scheduleFull(state: ArticleState): void {
    clearTimeout(this.fullTimers.get(state.uri));
    const timer = setTimeout(() => void this.full(state, timer), FULL_DELAY_MS);
    this.fullTimers.set(state.uri, timer);
  }

  /**
   * All decorations of a big article, computed in slices so that the extension host never
   * stops for long; started over when the text changes meanwhile.
   */
  private async full(state: ArticleState, timer: NodeJS.Timeout): Promise<void> {
    const current = () => this.fullTimers.get(state.uri) === timer;
    const version = state.document.version;
    const spans = state.store
      .live()
      .filter((s) => s.status !== 'rejected')
      .map(({ start, end, label, status }) => ({ start, end, label, status }));
    const ranges = this.emptyRanges();
    for (let i = 0; i < spans.length; i += SLICE) {
      const t0 = performance.now();
      for (const s of spans.slice(i, i + SLICE)) ranges.get(this.typeOf(s))!.push(state.range(s));
      record(metrics.decorateSliceMs, performance.now() - t0, 200);
      await new Promise((r) => setImmediate(r));
      if (!current()) return;
      if (state.document.version !== version) return this.scheduleFull(state);
    }
    this.fullTimers.delete(state.uri);
    for (const editor of vscode.window.visibleTextEditors.filter((e) => e.document === state.document)) this.apply(state, editor, ranges);
  }

  private emptyRanges(): Map<vscode.TextEditorDecorationType, vscode.Range[]> {
    const ranges = new Map<vscode.TextEditorDecorationType, vscode.Range[]>();
    for (const style of [...this.styles.values(), ...this.custom.values(), this.fallback]) {
      ranges.set(style.suggested, []);
      ranges.set(style.accepted, []);
    }
    return ranges;
  }

  private typeOf(s: Pick<Span, 'label' | 'status'>): vscode.TextEditorDecorationType {
    const style = this.styles.get(s.label) ?? this.customStyle(s.label) ?? this.fallback;
    return s.status === 'accepted' ? style.accepted : style.suggested;
  }

  /** The style of a configured label beyond the four defaults, in its configured color. */
  private customStyle(label: string): Style | undefined {
    const color = CUSTOM_COLORS.get(label);
    if (!color) return undefined;
    const key = `${label}${color}`;
    let style = this.custom.get(key);
    if (!style) this.custom.set(key, (style = makeStyle(color)));
    return style;
  }

  private ranges(state: ArticleState, spans: readonly Span[]): Map<vscode.TextEditorDecorationType, vscode.Range[]> {
    const ranges = this.emptyRanges();
    for (const s of spans) ranges.get(this.typeOf(s))!.push(state.range(s));
    return ranges;
  }

  private apply(state: ArticleState, editor: vscode.TextEditor, ranges: Map<vscode.TextEditorDecorationType, vscode.Range[]>): void {
    let shown = 0;
    for (const [type, list] of ranges) {
      editor.setDecorations(type, list);
      shown += list.length;
    }
    if (shown && !metrics.firstDecorations[state.document.uri.fsPath]) {
      const now = performance.now();
      metrics.firstDecorations[state.document.uri.fsPath] = {
        ms: now - state.openedAt,
        shownMs: now - Math.max(state.openedAt, state.shownAt ?? now),
        suggestedMs: (state.suggestedAt ?? now) - state.openedAt,
        engineMs: state.engineMs,
        chars: state.document.getText().length,
        engineWarm: state.engineWarmAtOpen,
      };
    }
  }

  dispose(): void {
    this.fullTimers.forEach((t) => clearTimeout(t));
    for (const s of [...this.styles.values(), ...this.custom.values(), this.fallback]) {
      s.suggested.dispose();
      s.accepted.dispose();
    }
    this.disposables.forEach((d) => d.dispose());
  }
}

/** A style from theme colors biaozhu.<key>.mark/.background, or from one #rrggbb color (custom labels). */
function makeStyle(key: string): Style {
  const custom = key.startsWith('#');
  const mark = custom ? key : new vscode.ThemeColor(`biaozhu.${key}.mark`);
  const common: vscode.DecorationRenderOptions = {
    overviewRulerColor: mark,
    overviewRulerLane: vscode.OverviewRulerLane.Right,
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
  };
  return {
    suggested: vscode.window.createTextEditorDecorationType({ ...common, borderWidth: '0 0 2px 0', borderStyle: 'dashed', borderColor: mark }),
    accepted: vscode.window.createTextEditorDecorationType({
      ...common,
      backgroundColor: custom ? `${key}47` : new vscode.ThemeColor(`biaozhu.${key}.background`),
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
