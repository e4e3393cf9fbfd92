import * as vscode from 'vscode';
import type { CorpusIndex } from './corpusIndex';
import type { ArticleState, Articles } from './documentState';
import type { SidecarSync } from './sidecarSync';

export const REVIEW_COMMANDS = {
  markReviewed: 'biaozhu.markReviewed',
  markUnreviewed: 'biaozhu.markUnreviewed',
  nextArticle: 'biaozhu.nextArticleWithSuggestions',
} as const;

/**
 * Review progress. An article is reviewed when the annotator marked it so (stored as `reviewed`
 * in its sidecar) and no suggestion is left open in it. The status bar shows the active article's
 * open suggestions and the workspace's reviewed / total; clicking it goes to the next article
 * with open suggestions.
 */
export class Review implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('biaozhu.review', vscode.StatusBarAlignment.Left, 10);
  private readonly disposables: vscode.Disposable[];

  constructor(
    private readonly articles: Articles,
    private readonly corpus: CorpusIndex,
    private readonly sync: SidecarSync,
  ) {
    this.item.name = vscode.l10n.t('Biaozhu review progress');
    this.item.command = REVIEW_COMMANDS.nextArticle;
    this.disposables = [
      this.item,
      vscode.commands.registerCommand(REVIEW_COMMANDS.markReviewed, () => this.mark(true)),
      vscode.commands.registerCommand(REVIEW_COMMANDS.markUnreviewed, () => this.mark(false)),
      vscode.commands.registerCommand(REVIEW_COMMANDS.nextArticle, () => this.next()),
      corpus.onDidUpdate(() => this.update()),
      articles.onDidChange((s) => s.document === vscode.window.activeTextEditor?.document && this.update()),
      vscode.window.onDidChangeActiveTextEditor(() => this.update()),
    ];
    this.update();
  }

  /** Marks the active article (not) reviewed; refuses while suggestions are open in it. */
  async mark(reviewed: boolean): Promise<boolean> {
    const t = vscode.l10n.t;
    const editor = vscode.window.activeTextEditor;
    const state = editor && this.articles.get(editor.document);
    if (!state) {
      void vscode.window.showInformationMessage(t('Biaozhu: open an article (a .txt file) first.'));
      return false;
    }
    if (state.readOnly) {
      void vscode.window.showErrorMessage(t('Biaozhu: the annotations of this article are read-only until the sidecar is fixed. {0}', state.readOnly));
      return false;
    }
    const open = openSuggestions(state);
    if (reviewed && open) {
      const acceptAll = t('Accept all and mark reviewed');
      void vscode.window
        .showWarningMessage(t('Biaozhu: {0} suggestion(s) are still open in this article: accept or reject them before marking it reviewed.', open), acceptAll)
        .then(async (choice) => {
          if (choice !== acceptAll) return;
          await vscode.commands.executeCommand('biaozhu.acceptAll', { uri: state.uri });
          await this.mark(true);
        });
      return false;
    }
    if (state.reviewed === reviewed) return true;
    state.reviewed = reviewed;
    await this.sync.save(state);
    this.corpus.updateArticle(state);
    return true;
  }

  /** Opens the next article (path order, wrapping) with open suggestions, at its first one. */
  async next(): Promise<void> {
    await this.corpus.settled();
    const current = vscode.window.activeTextEditor?.document.uri.fsPath;
    const target = this.corpus.index.nextWithOpenSuggestions(current) ?? (current && this.corpus.index.document(current)?.open ? current : undefined);
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Biaozhu: no article has open suggestions.'));
      return;
    }
    const editor = await vscode.window.showTextDocument(vscode.Uri.file(target));
    const state = await this.articles.open(editor.document);
    const first = state?.store.live().find((s) => s.status === 'suggested');
    if (!state || !first) return;
    const range = state.range(first);
    editor.selection = new vscode.Selection(range.start, range.start);
    editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  }

  update(): void {
    const t = vscode.l10n.t;
    const { reviewed, total } = this.corpus.index.progress();
    const editor = vscode.window.activeTextEditor;
    const state = editor && this.articles.get(editor.document);
    this.item.text = state
      ? `$(checklist) ${t('{0} open · {1}/{2} reviewed', openSuggestions(state), reviewed, total)}`
      : `$(checklist) ${t('{0}/{1} reviewed', reviewed, total)}`;
    this.item.tooltip = t('Biaozhu: open suggestions in this article and articles reviewed in the workspace. Click to go to the next article with open suggestions.');
    if (total || state) this.item.show();
    else this.item.hide();
  }

  dispose(): void {
    this.disposables.forEach((d) => d.dispose());
  }
}

function openSuggestions(state: ArticleState): number {
  return state.store.live().filter((s) => s.status === 'suggested').length;
}
