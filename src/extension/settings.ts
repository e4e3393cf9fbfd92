import * as vscode from 'vscode';
import { DEFAULT_LABELS } from '../core/span';

/** The biaozhu.* settings (declared with descriptions in package.json). */
export interface Settings {
  enable: boolean;
  /** Glob patterns of article files. */
  files: string[];
  languages: string[];
  suggest: boolean;
  saveDelay: number;
  reannotateDelay: number;
}

export function readSettings(scope?: vscode.Uri): Settings {
  const c = vscode.workspace.getConfiguration('biaozhu', scope);
  return {
    enable: c.get('enable', true),
    files: c.get('files', ['**/*.txt']),
    languages: c.get('languages', ['plaintext', 'news-article']),
    suggest: c.get('suggest', true),
    saveDelay: c.get('saveDelay', 300),
    reannotateDelay: c.get('reannotateDelay', 600),
  };
}

/** The labels offered everywhere, in the order of the 1–4 keybindings. */
export const LABELS: readonly string[] = DEFAULT_LABELS;

/** Whether `doc` is an article this extension annotates. */
export function isArticle(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme !== 'file' || doc.uri.fsPath.endsWith('.ann.json')) return false;
  const s = readSettings(doc.uri);
  if (!s.enable) return false;
  return s.languages.includes(doc.languageId) && s.files.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
}
