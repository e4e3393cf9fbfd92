import * as vscode from 'vscode';
import { SIDECAR_SUFFIX, readSidecar, sidecarPath } from '../core/sidecar';
import type { Span } from '../core/span';
import type { Articles } from './documentState';

export interface IndexEntry {
  label: string;
  text: string;
  canonical?: string;
}

/**
 * What the workspace's sidecars say, for counts and aliases on hover: closed articles from
 * their sidecars on disk (scanned once, refreshed when one changes), open ones from the editor.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, IndexEntry[]>();
  private ready: Promise<void> | undefined;

  constructor(private readonly articles: Articles) {}

  async entries(): Promise<IndexEntry[]> {
    await (this.ready ??= this.scan());
    const open = new Set(this.articles.all().map((s) => s.document.uri.fsPath));
    const out: IndexEntry[] = [];
    for (const [file, entries] of this.files) if (!open.has(file)) out.push(...entries);
    for (const s of this.articles.all()) out.push(...toEntries(s.store.live()));
    return out;
  }

  /** Re-reads one article's sidecar (after it changed on disk). */
  async refresh(article: string): Promise<void> {
    try {
      const sidecar = await readSidecar(sidecarPath(article));
      if (sidecar) this.files.set(article, toEntries(sidecar.spans));
      else this.files.delete(article);
    } catch {
      this.files.delete(article); // an invalid sidecar counts nothing; opening it reports the problem
    }
  }

  private async scan(): Promise<void> {
    const uris = await vscode.workspace.findFiles(`**/*${SIDECAR_SUFFIX}`, '**/node_modules/**');
    await Promise.all(uris.map((u) => this.refresh(u.fsPath.slice(0, -SIDECAR_SUFFIX.length))));
  }
}

function toEntries(spans: readonly Span[]): IndexEntry[] {
  return spans
    .filter((s) => s.status !== 'rejected' && !s.stale)
    .map((s) => (s.attrs?.canonical ? { label: s.label, text: s.text, canonical: s.attrs.canonical } : { label: s.label, text: s.text }));
}
