// Shared by the editor integration tests: the extension's API, articles written into the
// (throwaway) test workspace, and sidecars read back from disk.
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { OffsetMap } from '../../src/core/offsets';
import { parseSidecar, sidecarPath, type Sidecar } from '../../src/core/sidecar';
import type { Span } from '../../src/core/span';
import { emptyLexicon, serializeLexicon } from '../../src/engine/lexicon/lexicon';
import type { BiaozhuApi } from '../../src/extension/extension';

export async function api(): Promise<BiaozhuApi> {
  const ext = vscode.extensions.getExtension<BiaozhuApi>('biaozhu.biaozhu');
  if (!ext) throw new Error('biaozhu.biaozhu is not loaded');
  return ext.activate();
}

export function workspaceDir(): string {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the test needs a workspace folder');
  return folder.uri.fsPath;
}

/** Writes an article (and optionally its sidecar) into the workspace; returns its URI. */
export function writeArticle(name: string, text: string, sidecarJson?: string): vscode.Uri {
  const file = path.join(workspaceDir(), name);
  fs.writeFileSync(file, text);
  if (sidecarJson !== undefined) fs.writeFileSync(sidecarPath(file), sidecarJson);
  else fs.rmSync(sidecarPath(file), { force: true });
  return vscode.Uri.file(file);
}

/** Opens an article in an editor and waits until it is annotated and its sidecar written. */
export async function openArticle(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const editor = await vscode.window.showTextDocument(uri);
  await (await api()).whenIdle(uri);
  return editor;
}

export function readSidecarFromDisk(uri: vscode.Uri): Sidecar {
  const file = sidecarPath(uri.fsPath);
  return parseSidecar(file, fs.readFileSync(file, 'utf8'));
}

/** The editor range of a span (code points → UTF-16 → position). */
export function rangeOf(doc: vscode.TextDocument, span: { start: number; end: number }): vscode.Range {
  const map = new OffsetMap(doc.getText());
  return new vscode.Range(doc.positionAt(map.toUtf16(span.start)), doc.positionAt(map.toUtf16(span.end)));
}

export async function spansOf(uri: vscode.Uri): Promise<Span[]> {
  const spans = (await api()).spans(uri);
  if (!spans) throw new Error(`${uri.fsPath} is not loaded as an article`);
  return spans;
}

/** Polls until `cond` holds (the file watcher and debounced writes are asynchronous). */
export async function until(cond: () => boolean | Promise<boolean>, what: string, ms = 10_000): Promise<void> {
  const end = Date.now() + ms;
  while (!(await cond())) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

export const lexiconFile = () => path.join(workspaceDir(), '.biaozhu', 'lexicon.json');

/**
 * Puts the corpus lexicon back as it was after the calling describe block: what its tests
 * accept or reject is learned into .biaozhu/lexicon.json and would change later suggestions.
 */
export function isolateLexicon(): void {
  let saved: string | undefined;
  before(() => {
    saved = fs.existsSync(lexiconFile()) ? fs.readFileSync(lexiconFile(), 'utf8') : undefined;
  });
  after(async () => {
    const a = await api();
    // A sidecar write still pending (debounced) would learn again after the restore.
    for (const doc of vscode.workspace.textDocuments) if (doc.uri.scheme === 'file') await a.whenIdle(doc.uri).catch(() => undefined);
    await a.lexiconSettled();
    // Restored by writing, never by deleting alone: VS Code's watcher drops a file created and
    // deleted in quick succession, so a lexicon learned just before would stay in the engine.
    const content = saved ?? serializeLexicon(emptyLexicon());
    const restore = () => {
      if (fs.existsSync(lexiconFile()) && fs.readFileSync(lexiconFile(), 'utf8') === content) return;
      fs.mkdirSync(path.dirname(lexiconFile()), { recursive: true });
      fs.writeFileSync(lexiconFile(), content);
    };
    const want = (({ entries, rejected }) => ({ entries: entries.length, rejected: rejected.length }))(JSON.parse(content));
    await until(async () => {
      await a.lexiconSettled();
      restore();
      return !a.lexiconProblem() && JSON.stringify(a.lexiconSize()) === JSON.stringify(want);
    }, 'the lexicon restored');
    // An empty lexicon and none suggest the same: whether the watcher reports this or not.
    if (saved === undefined) fs.rmSync(lexiconFile(), { force: true });
  });
}
