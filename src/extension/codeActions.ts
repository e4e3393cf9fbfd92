import * as vscode from 'vscode';
import type { Span } from '../core/span';
import { COMMANDS, type CommandArgs } from './commands';
import type { Articles } from './documentState';
import type { EngineHost } from './engineHost';
import { planActions, type PlannedAction } from './model/actionPlan';
import { LABELS } from './settings';
import { snapSpan } from './snapping';

/** Quick fixes on a span or a selection: model/actionPlan.ts decides, this turns them into commands. */
export class AnnotationCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(
    private readonly articles: Articles,
    private readonly engine: EngineHost,
  ) {}

  async provideCodeActions(doc: vscode.TextDocument, range: vscode.Range | vscode.Selection): Promise<vscode.CodeAction[]> {
    const state = this.articles.get(doc);
    if (!state || state.readOnly) return [];
    const selection = { start: state.cpAt(range.start), end: state.cpAt(range.end) };
    const spans = state.store.at(selection.start, selection.end);
    const snaps = new Map<string, { start: number; end: number }>();
    for (const s of spans) {
      const to = await snapSpan(state, s, this.engine);
      if (to) snaps.set(s.id, to);
    }
    const suggestions = state.store.live().filter((s) => s.status === 'suggested').length;
    const plan = planActions({ spans, selection, labels: LABELS, suggestions, snap: (s) => snaps.get(s.id) });
    const uri = doc.uri.toString();
    return plan.map((p) => {
      const [title, command, args] = describe(p, uri, selection);
      const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
      action.command = { title, command, arguments: [args] };
      if ('preferred' in p && p.preferred) action.isPreferred = true;
      return action;
    });
  }
}

function describe(p: PlannedAction, uri: string, selection: { start: number; end: number }): [string, string, CommandArgs] {
  const t = vscode.l10n.t;
  const on = (span: Span): CommandArgs => ({ uri, id: span.id });
  switch (p.kind) {
    case 'accept':
      return [t('Accept {0} “{1}”', p.span.label, p.span.text), COMMANDS.accept, on(p.span)];
    case 'reject':
      return [t('Reject {0} “{1}”', p.span.label, p.span.text), COMMANDS.reject, on(p.span)];
    case 'remove':
      return [t('Remove the annotation “{0}”', p.span.text), COMMANDS.remove, on(p.span)];
    case 'changeLabel':
      return [t('Change label to {0}', p.label), COMMANDS.changeLabel, { ...on(p.span), label: p.label }];
    case 'labelSelection':
      return [t('Label selection as {0}', p.label), COMMANDS.labelSelection, { uri, ...selection, label: p.label }];
    case 'labelAll':
      return p.scope === 'article'
        ? [t('Label all “{0}” in this article as {1}', p.text, p.label), COMMANDS.labelAllInArticle, { uri, text: p.text, label: p.label }]
        : [t('Label all “{0}” in the workspace as {1}', p.text, p.label), COMMANDS.labelAllInWorkspace, { uri, text: p.text, label: p.label }];
    case 'acceptAll':
      return [t('Accept all {0} suggestions in this article', p.count), COMMANDS.acceptAll, { uri }];
    case 'snap':
      return [t('Snap “{0}” to word boundaries', p.span.text), COMMANDS.snapToWords, { ...on(p.span), start: p.start, end: p.end }];
  }
}
