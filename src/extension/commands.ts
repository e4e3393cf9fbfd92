import * as vscode from 'vscode';
import type { Span, SpanStatus } from '../core/span';
import type { ArticleState, Articles } from './documentState';
import type { EngineHost } from './engineHost';
import { findOccurrences } from './model/occurrences';
import { LABEL_KEYS, LABELS } from './settings';
import { withCancellableProgress } from './progress';
import { snapSpan } from './snapping';
import { ANNOTATOR, labelInWorkspace } from './workspaceLabel';

/** Every command of the extension (package.json lists the same, all in category "Biaozhu"). */
export const COMMANDS = {
  accept: 'biaozhu.accept',
  reject: 'biaozhu.reject',
  remove: 'biaozhu.remove',
  changeLabel: 'biaozhu.changeLabel',
  labelSelection: 'biaozhu.labelSelection',
  labelAllInArticle: 'biaozhu.labelAllInArticle',
  labelAllInWorkspace: 'biaozhu.labelAllInWorkspace',
  acceptAll: 'biaozhu.acceptAll',
  snapToWords: 'biaozhu.snapToWords',
  nextSuggestion: 'biaozhu.nextSuggestion',
  previousSuggestion: 'biaozhu.previousSuggestion',
  undo: 'biaozhu.undo',
  reannotate: 'biaozhu.reannotate',
} as const;

/**
 * What a command acts on. Code actions and hover links pass it; from the palette or a
 * keybinding it is omitted and the active editor's cursor or selection decides.
 */
export interface CommandArgs {
  uri?: string;
  /** A span's id. */
  id?: string;
  label?: string;
  /** 1-based position in the label list (keybindings Ctrl+Alt+1..4). */
  index?: number;
  /** Code-point range (Label selection as, Snap). */
  start?: number;
  end?: number;
  /** Text to label everywhere. */
  text?: string;
}

export function registerCommands(articles: Articles, engine: EngineHost): vscode.Disposable[] {
  const t = vscode.l10n.t;

  /** The article a command is about, unless it is read-only (then the user is told why). */
  function article(args?: CommandArgs): { state: ArticleState; editor?: vscode.TextEditor } | undefined {
    const editor = vscode.window.activeTextEditor;
    const state = args?.uri ? articles.get(args.uri) : editor && articles.get(editor.document);
    if (!state) {
      void vscode.window.showInformationMessage(t('Biaozhu: open an article (a .txt file) first.'));
      return undefined;
    }
    if (state.readOnly) {
      void vscode.window.showErrorMessage(t('Biaozhu: the annotations of this article are read-only until the sidecar is fixed. {0}', state.readOnly));
      return undefined;
    }
    return { state, editor: editor?.document === state.document ? editor : undefined };
  }

  /** The span a command is about: by id, else the one under the cursor (a suggestion first). */
  function target(args?: CommandArgs): { state: ArticleState; span: Span } | undefined {
    const a = article(args);
    if (!a) return undefined;
    let span: Span | undefined;
    if (args?.id) span = a.state.store.byId(args.id);
    else if (a.editor) {
      const sel = a.editor.selection;
      const found = a.state.store.at(a.state.cpAt(sel.start), a.state.cpAt(sel.end));
      span = found.find((s) => s.status === 'suggested') ?? found.find((s) => s.status !== 'rejected') ?? found[0];
    }
    if (!span) void vscode.window.showInformationMessage(t('Biaozhu: no annotation at the cursor.'));
    return span && { state: a.state, span };
  }

  async function pickLabel(args?: CommandArgs): Promise<string | undefined> {
    if (args?.label) return args.label;
    if (args?.index) return LABEL_KEYS.get(args.index);
    return vscode.window.showQuickPick([...LABELS], { placeHolder: t('Label') });
  }

  const setStatus = (status: SpanStatus) => (args?: CommandArgs) => {
    const x = target(args);
    if (x) x.state.store.setStatus([x.span.id], status);
  };

  function moveToSuggestion(step: 1 | -1): void {
    const a = article();
    if (!a?.editor) return;
    const here = a.state.cpAt(a.editor.selection.active);
    const suggestions = a.state.store.live().filter((s) => s.status === 'suggested');
    if (!suggestions.length) {
      void vscode.window.showInformationMessage(t('Biaozhu: no suggestions left in this article.'));
      return;
    }
    const next =
      step > 0
        ? (suggestions.find((s) => s.start > here) ?? suggestions[0])
        : ([...suggestions].reverse().find((s) => s.end < here) ?? suggestions[suggestions.length - 1]);
    const pos = a.state.range(next).start;
    a.editor.selection = new vscode.Selection(pos, pos);
    a.editor.revealRange(a.state.range(next), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  const handlers: Record<(typeof COMMANDS)[keyof typeof COMMANDS], (args?: CommandArgs) => unknown> = {
    [COMMANDS.accept]: setStatus('accepted'),
    [COMMANDS.reject]: setStatus('rejected'),
    [COMMANDS.remove]: (args) => {
      const x = target(args);
      if (x) x.state.store.remove([x.span.id]);
    },
    [COMMANDS.changeLabel]: async (args) => {
      const x = target(args);
      const label = x && (await pickLabel(args));
      if (x && label) x.state.store.setLabel(x.span.id, label);
    },
    [COMMANDS.labelSelection]: async (args) => {
      const a = article(args);
      if (!a) return;
      const ranges =
        args?.start !== undefined && args.end !== undefined
          ? [{ start: args.start, end: args.end }]
          : (a.editor?.selections ?? []).filter((s) => !s.isEmpty).map((s) => ({ start: a.state.cpAt(s.start), end: a.state.cpAt(s.end) }));
      if (!ranges.length) {
        void vscode.window.showInformationMessage(t('Biaozhu: select the text to label first.'));
        return;
      }
      const label = await pickLabel(args);
      if (label) a.state.store.label(ranges, label, ANNOTATOR);
    },
    [COMMANDS.labelAllInArticle]: (args) => {
      const x = args?.text && args.label ? { state: article(args)?.state, text: args.text, label: args.label } : fromSpan(target(args));
      if (!x?.state) return;
      const n = x.state.store.label(findOccurrences(x.state.document.getText(), x.text), x.label, ANNOTATOR, false);
      void vscode.window.showInformationMessage(t('Biaozhu: labelled {0} more occurrence(s) of “{1}” as {2}.', n, x.text, x.label));
    },
    [COMMANDS.labelAllInWorkspace]: async (args) => {
      const x = args?.text && args.label ? { text: args.text, label: args.label } : fromSpan(target(args));
      if (!x) return;
      const { added, failed } = await withCancellableProgress(t('Biaozhu: labelling “{0}” in the workspace', x.text), (report, signal) =>
        labelInWorkspace(articles, x.text, x.label, report, signal),
      );
      void vscode.window.showInformationMessage(t('Biaozhu: labelled {0} more occurrence(s) of “{1}” as {2} in the workspace.', added, x.text, x.label));
      if (failed.length) void vscode.window.showWarningMessage(t('Biaozhu: some articles were not changed: {0}', failed.join('; ')));
    },
    [COMMANDS.acceptAll]: (args) => {
      const a = article(args);
      if (a) a.state.store.setStatus(a.state.store.live().filter((s) => s.status === 'suggested').map((s) => s.id), 'accepted');
    },
    [COMMANDS.snapToWords]: async (args) => {
      const x = target(args);
      if (!x) return;
      const to = args?.start !== undefined && args.end !== undefined ? { start: args.start, end: args.end } : await snapSpan(x.state, x.span, engine);
      if (to) x.state.store.setRange(x.span.id, to.start, to.end);
      else void vscode.window.showInformationMessage(t('Biaozhu: the annotation is already on word boundaries.'));
    },
    [COMMANDS.nextSuggestion]: () => moveToSuggestion(1),
    [COMMANDS.previousSuggestion]: () => moveToSuggestion(-1),
    [COMMANDS.undo]: (args) => {
      const a = article(args);
      if (a && !a.state.store.undo()) void vscode.window.showInformationMessage(t('Biaozhu: no annotation change to undo.'));
    },
    [COMMANDS.reannotate]: async (args) => {
      const a = article(args);
      if (a) await articles.suggest(a.state);
    },
  };
  return Object.entries(handlers).map(([id, f]) => vscode.commands.registerCommand(id, f));
}

function fromSpan(x: { state: ArticleState; span: Span } | undefined): { state: ArticleState; text: string; label: string } | undefined {
  return x && { state: x.state, text: x.span.text, label: x.span.label };
}
