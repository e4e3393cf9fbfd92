import * as vscode from 'vscode';
import { registerAnnotateWorkspace } from './annotateWorkspace';
import { applyFix, APPLY_FIX, ConsistencyDiagnostics, ConsistencyFixes } from './consistency';
import type { CorpusIndex } from './corpusIndex';
import type { Articles } from './documentState';
import type { EngineHost } from './engineHost';
import { EntitiesView, type EntityNode } from './entitiesView';
import { registerExportImport } from './exportImport';
import { LabelConfig } from './labelConfig';
import { Review } from './review';
import { readSettings } from './settings';
import type { SidecarSync } from './sidecarSync';

/** What the corpus features expose to the integration tests (BiaozhuApi.corpus). */
export interface CorpusApi {
  /** Resolves when the workspace is indexed, pending updates are in and diagnostics are set. */
  settled(): Promise<void>;
  /** The entities view as a user sees it: label → entity name and mention count. */
  entityTree(): Array<{ label: string; description: string; entities: Array<{ name: string; count: number; firstMention?: vscode.Command }> }>;
  /** The review status bar item's text. */
  statusText(): string;
  labels(): string[];
  /** Why the label configuration is not used (it is invalid), if it is not. */
  labelProblem(): string | undefined;
}

/**
 * The corpus workflow (issue 5): the index, the entities view, review progress, consistency
 * diagnostics with quick fixes, configurable labels and workspace annotation. The workspace is
 * indexed in the background after activation; nothing here blocks it.
 */
export function registerCorpusFeatures(context: vscode.ExtensionContext, articles: Articles, engine: EngineHost, sync: SidecarSync, corpus: CorpusIndex): CorpusApi {
  const labels = new LabelConfig();
  const view = new EntitiesView(corpus);
  const diagnostics = new ConsistencyDiagnostics(corpus);
  const review = new Review(articles, corpus, sync);
  const selector = readSettings().languages.map((language) => ({ scheme: 'file', language }));
  const usePatterns = () =>
    engine.setPatterns(labels.patterns(), (m) => void vscode.window.showWarningMessage(vscode.l10n.t('Biaozhu: {0}', m)));
  context.subscriptions.push(
    labels,
    view,
    diagnostics,
    review,
    registerAnnotateWorkspace(articles, engine, corpus),
    ...registerExportImport(articles, sync, corpus),
    vscode.commands.registerCommand(APPLY_FIX, (path: string, fix) => applyFix(articles, path, fix)),
    vscode.languages.registerCodeActionsProvider(selector, new ConsistencyFixes(diagnostics, corpus), { providedCodeActionKinds: ConsistencyFixes.kinds }),
    labels.onDidChange(() => {
      usePatterns();
      view.scheduleRefresh();
      diagnostics.recheckAll();
    }),
  );
  setTimeout(() => void labels.ready.then(() => corpus.scan()), 0);

  return {
    async settled() {
      await labels.ready;
      await corpus.settled();
      while (diagnostics.isPending) await new Promise((r) => setTimeout(r, 25));
    },
    entityTree: () =>
      view.getChildren().map((node) => ({
        label: node.kind === 'label' ? node.label : '',
        description: String(view.getTreeItem(node).description ?? ''),
        entities: view.getChildren(node).map((e: EntityNode) => {
          const item = view.getTreeItem(e);
          const [first] = view.getChildren(e);
          return { name: String(item.label), count: Number(item.description), firstMention: first && view.getTreeItem(first).command };
        }),
      })),
    statusText: () => review.item.text,
    labels: () => labels.names(),
    labelProblem: () => labels.problem,
  };
}

