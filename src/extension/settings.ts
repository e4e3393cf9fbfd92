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

/**
 * The labels offered everywhere, in the order of the 1–4 keybindings. A live binding: labelConfig.ts
 * replaces it (setLabels) when biaozhu.labels or .biaozhu/config.json define more.
 */
export let LABELS: readonly string[] = DEFAULT_LABELS;
/** Highlight colors (#rrggbb) of the configured labels that are not one of the four defaults. */
export let CUSTOM_COLORS: ReadonlyMap<string, string> = new Map();
/** Label name by its digit key (Ctrl+Alt+digit). */
export let LABEL_KEYS: ReadonlyMap<number, string> = new Map(DEFAULT_LABELS.map((l, i) => [i + 1, l]));

export function setLabels(labels: ReadonlyArray<{ name: string; color: string; key?: number }>): void {
  LABELS = labels.map((l) => l.name);
  CUSTOM_COLORS = new Map(labels.filter((l) => !(DEFAULT_LABELS as readonly string[]).includes(l.name)).map((l) => [l.name, l.color]));
  LABEL_KEYS = new Map(labels.flatMap((l) => (l.key === undefined ? [] : [[l.key, l.name] as [number, string]])));
}

/** Whether `doc` is an article this extension annotates. */
export function isArticle(doc: vscode.TextDocument): boolean {
  if (doc.uri.scheme !== 'file' || doc.uri.fsPath.endsWith('.ann.json')) return false;
  const s = readSettings(doc.uri);
  if (!s.enable) return false;
  return s.languages.includes(doc.languageId) && s.files.some((pattern) => vscode.languages.match({ pattern }, doc) > 0);
}
