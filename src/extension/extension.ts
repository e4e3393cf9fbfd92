import './zodJitless';
import * as vscode from 'vscode';
import type { Span } from '../core/span';
import { AnnotationCodeActions } from './codeActions';
import { registerCommands } from './commands';
import { Decorations } from './decorations';
import { registerCorpusFeatures, type CorpusApi } from './corpusFeatures';
import { CorpusIndex } from './corpusIndex';
import { Articles } from './documentState';
import { EngineHost } from './engineHost';
import { AnnotationHover } from './hover';
import { LexiconSync } from './lexiconSync';
import { metrics } from './metrics';
import { readSettings } from './settings';
import { SidecarSync } from './sidecarSync';

/** What the extension exports (ext.exports): used by the integration tests and the bench. */
export interface BiaozhuApi {
  /** Live spans of an open article (rejected included), or undefined when it is not loaded. */
  spans(uri: vscode.Uri): Span[] | undefined;
  /** Why an article's annotations are read-only (its sidecar is invalid), if they are. */
  readOnly(uri: vscode.Uri): string | undefined;
  /** Resolves once the article is loaded, annotated and its sidecar written. */
  whenIdle(uri: vscode.Uri, timeoutMs?: number): Promise<void>;
  metrics: typeof metrics;
  /** Resolves when the corpus lexicon has been loaded, and saved after the last sidecar write. */
  lexiconSettled(): Promise<void>;
  /** Why the corpus lexicon is not used (it is invalid), if it is not. */
  lexiconProblem(): string | undefined;
  /** The corpus lexicon the engine suggests from (entries and rejections). */
  lexiconSize(): { entries: number; rejected: number };
  /** The corpus workflow: entities view, review progress, diagnostics (corpusFeatures.ts). */
  corpus: CorpusApi;
}

/**
 * Synchronous and cheap: creates the parts and registers them. Nothing is read from disk and
 * the engine is not loaded here; articles already open are picked up right after.
 */
export function activate(context: vscode.ExtensionContext): BiaozhuApi {
  const t0 = performance.now();
  const engine = new EngineHost();
  const articles = new Articles(engine);
  const index = new CorpusIndex(articles);
  const sync = new SidecarSync(articles);
  const lexicon = new LexiconSync(engine, sync);
  const selector = readSettings().languages.map((language) => ({ scheme: 'file', language }));
  const setContext = (editor = vscode.window.activeTextEditor) =>
    void vscode.commands.executeCommand('setContext', 'biaozhu.isArticle', !!editor && !!articles.get(editor.document));

  context.subscriptions.push(
    articles,
    index,
    sync,
    lexicon,
    new Decorations(articles),
    { dispose: () => void engine.dispose() },
    ...registerCommands(articles, engine),
    vscode.commands.registerCommand('biaozhu.showVersion', () =>
      vscode.window.showInformationMessage(`Biaozhu ${context.extension.packageJSON.version}`),
    ),
    vscode.languages.registerHoverProvider(selector, new AnnotationHover(articles, index)),
    vscode.languages.registerCodeActionsProvider(selector, new AnnotationCodeActions(articles, engine), {
      providedCodeActionKinds: AnnotationCodeActions.kinds,
    }),
    vscode.workspace.onDidOpenTextDocument((d) => void articles.open(d)),
    vscode.window.onDidChangeActiveTextEditor((e) => setContext(e)),
    articles.onDidChange((s) => {
      if (s.document === vscode.window.activeTextEditor?.document) setContext();
    }),
  );
  const corpus = registerCorpusFeatures(context, articles, engine, sync, index);
  // The lexicon first, so that the first suggestions already follow it.
  setTimeout(() => void lexicon.start().finally(() => vscode.workspace.textDocuments.forEach((d) => void articles.open(d))), 0);
  metrics.activationMs = performance.now() - t0;

  return {
    spans: (uri) => articles.get(uri)?.store.live().map((s) => ({ ...s })),
    readOnly: (uri) => articles.get(uri)?.readOnly,
    async whenIdle(uri, timeoutMs = 30_000) {
      const key = uri.toString();
      const end = Date.now() + timeoutMs;
      while (articles.isBusy(key) || sync.isPending(key)) {
        if (Date.now() > end) throw new Error(`${uri.fsPath}: still busy after ${timeoutMs} ms`);
        await new Promise((r) => setTimeout(r, 25));
      }
    },
    lexiconSettled: () => lexicon.settled(),
    lexiconProblem: () => lexicon.problem,
    lexiconSize: () => lexicon.size(),
    metrics,
    corpus,
  };
}

export function deactivate(): void {}
