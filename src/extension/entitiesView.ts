import * as path from 'node:path';
import * as vscode from 'vscode';
import { OffsetMap } from '../core/offsets';
import type { EntitySummary, Mention } from '../corpus/entityIndex';
import type { CorpusIndex } from './corpusIndex';
import { LABELS } from './settings';

export const ENTITIES_VIEW = 'biaozhu.entities';
export const REVEAL_MENTION = 'biaozhu.revealMention';
/** Redraws of the tree are batched: indexing a corpus updates it many times a second. */
const REFRESH_DELAY_MS = 250;

export type EntityNode =
  | { kind: 'label'; label: string }
  | { kind: 'entity'; entity: EntitySummary }
  | { kind: 'mention'; mention: Mention };

/** Labels → entities (normalized, with counts) → mentions (article and line), from the corpus index. */
export class EntitiesView implements vscode.TreeDataProvider<EntityNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntityNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private timer: NodeJS.Timeout | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly corpus: CorpusIndex) {
    this.disposables = [
      this.changed,
      vscode.window.registerTreeDataProvider(ENTITIES_VIEW, this),
      vscode.commands.registerCommand(REVEAL_MENTION, revealMention),
      corpus.onDidUpdate(() => this.scheduleRefresh()),
    ];
  }

  /** Redraws the tree soon (also when the configured labels change). */
  scheduleRefresh(): void {
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.changed.fire(undefined);
    }, REFRESH_DELAY_MS);
  }

  getChildren(node?: EntityNode): EntityNode[] {
    const index = this.corpus.index;
    if (!node) {
      const present = new Set(index.labels());
      const ordered = [...LABELS.filter((l) => present.has(l)), ...[...present].filter((l) => !LABELS.includes(l))];
      return ordered.map((label) => ({ kind: 'label', label }));
    }
    if (node.kind === 'label') return index.entities(node.label).map((entity) => ({ kind: 'entity', entity }));
    if (node.kind === 'entity') return index.mentions(node.entity.label, node.entity.key).map((mention) => ({ kind: 'mention', mention }));
    return [];
  }

  getTreeItem(node: EntityNode): vscode.TreeItem {
    const t = vscode.l10n.t;
    switch (node.kind) {
      case 'label': {
        const entities = this.corpus.index.entities(node.label);
        const mentions = entities.reduce((n, e) => n + e.mentions, 0);
        const item = new vscode.TreeItem(node.label, vscode.TreeItemCollapsibleState.Expanded);
        item.id = `label:${node.label}`;
        item.description = t('{0} entities · {1} mentions', entities.length, mentions);
        item.iconPath = new vscode.ThemeIcon('tag');
        item.contextValue = 'label';
        return item;
      }
      case 'entity': {
        const e = node.entity;
        const item = new vscode.TreeItem(e.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `entity:${e.label}:${e.key}`;
        item.description = String(e.mentions);
        item.tooltip = t('{0} ({1}): {2} mentions in {3} articles, {4} accepted', e.name, e.key, e.mentions, e.documents, e.accepted);
        item.contextValue = 'entity';
        return item;
      }
      case 'mention': {
        const m = node.mention;
        const item = new vscode.TreeItem(`${path.basename(m.path)}:${m.line + 1}`, vscode.TreeItemCollapsibleState.None);
        item.id = `mention:${m.path}:${m.spanId}`;
        item.description = m.text;
        item.tooltip = `${m.path}:${m.line + 1}:${m.character + 1} · ${m.status === 'accepted' ? t('accepted') : t('suggested')}`;
        item.iconPath = new vscode.ThemeIcon(m.status === 'accepted' ? 'pass' : 'circle-outline');
        item.command = { title: t('Show the mention'), command: REVEAL_MENTION, arguments: [m.path, m.start, m.end] };
        item.contextValue = 'mention';
        return item;
      }
    }
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.disposables.forEach((d) => d.dispose());
  }
}

/** Opens an article and selects code points [start, end). */
async function revealMention(file: string, start: number, end: number): Promise<void> {
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.file(file));
  const map = new OffsetMap(doc.getText());
  const range = new vscode.Range(doc.positionAt(map.toUtf16(Math.min(start, map.length))), doc.positionAt(map.toUtf16(Math.min(end, map.length))));
  const editor = await vscode.window.showTextDocument(doc, { selection: range, preserveFocus: false });
  editor.revealRange(range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}
