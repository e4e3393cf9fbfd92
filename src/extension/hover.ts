import * as vscode from 'vscode';
import { entityKey } from '../corpus/entityIndex';
import { COMMANDS, type CommandArgs } from './commands';
import type { CorpusIndex } from './corpusIndex';
import type { Articles } from './documentState';
import { hoverMarkdown } from './model/hoverMarkdown';
import { LABELS } from './settings';

/** Workspace counts are left out of a hover rather than keep it waiting longer than this. */
const WORKSPACE_WAIT_MS = 500;

/**
 * The hover card of a span. Article text is escaped (model/hoverMarkdown.ts) and the Markdown
 * is trusted for this extension's own commands only, so text in an article can never run one.
 */
export class AnnotationHover implements vscode.HoverProvider {
  constructor(
    private readonly articles: Articles,
    private readonly corpus: CorpusIndex,
  ) {}

  async provideHover(doc: vscode.TextDocument, pos: vscode.Position): Promise<vscode.Hover | undefined> {
    const state = this.articles.get(doc);
    if (!state) return undefined;
    const cp = state.cpAt(pos);
    const span = state.store.at(cp, cp + 1).find((s) => s.status !== 'rejected');
    if (!span) return undefined;
    const t = vscode.l10n.t;
    const same = (s: { label: string; text: string }) => s.label === span.label && s.text === span.text;
    const inArticle = state.store.live().filter((s) => s.status !== 'rejected' && same(s)).length;
    const scanned = await Promise.race([this.corpus.scan().then(() => true), new Promise<false>((r) => setTimeout(() => r(false), WORKSPACE_WAIT_MS))]);
    const mentions = scanned ? this.corpus.index.mentions(span.label, entityKey(span)) : undefined;
    const aliases = span.attrs?.canonical && mentions ? [...new Set(mentions.filter((m) => m.text !== span.text).map((m) => m.text))] : undefined;
    const link = (title: string, command: string, args: CommandArgs) => ({ title, target: `command:${command}?${encodeURIComponent(JSON.stringify([args]))}` });
    const on = { uri: doc.uri.toString(), id: span.id };
    const links = [
      ...(span.status !== 'accepted' ? [link(t('Accept'), COMMANDS.accept, on)] : []),
      link(t('Reject'), COMMANDS.reject, on),
      ...LABELS.filter((l) => l !== span.label).map((l) => link(l, COMMANDS.changeLabel, { ...on, label: l })),
    ];
    const status = { suggested: t('suggested'), accepted: t('accepted'), rejected: t('rejected') }[span.status];
    const md = new vscode.MarkdownString(
      hoverMarkdown(span, {
        inArticle,
        inWorkspace: mentions?.filter(same).length,
        aliases,
        links,
        status,
        words: { status: t('Status'), source: t('Source'), value: t('Value'), occurrences: t('Occurrences'), article: t('this article'), workspace: t('workspace'), aliases: t('Also written') },
      }),
    );
    md.isTrusted = { enabledCommands: Object.values(COMMANDS) };
    md.supportHtml = false;
    return new vscode.Hover(md, state.range(span));
  }
}
