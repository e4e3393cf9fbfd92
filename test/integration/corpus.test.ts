// The corpus workflow in a real VS Code, on the seeds: the entities view after annotating the
// workspace, a planted inconsistency in the Problems panel and its quick fix, review marking and the
// status bar. Runs before the editor tests (file order) while the workspace holds only the five
// seeds, and puts the seeds' sidecars back as they were afterwards.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { SIDECAR_SUFFIX } from '../../src/core/sidecar';
import { entityKey } from '../../src/corpus/entityIndex';
import { api, isolateLexicon, openArticle, rangeOf, readSidecarFromDisk, spansOf, until, workspaceDir, writeArticle } from './helpers';
import { requestUi, uiAvailable } from './ui';

async function seeds(): Promise<vscode.Uri[]> {
  return (await vscode.workspace.findFiles('*.txt')).filter((u) => /^\d{3}_/.test(path.basename(u.fsPath))).sort((a, b) => (a.fsPath < b.fsPath ? -1 : 1));
}

async function settled(): Promise<void> {
  const a = await api();
  for (const d of vscode.workspace.textDocuments) if (d.uri.fsPath.endsWith('.txt')) await a.whenIdle(d.uri).catch(() => undefined);
  await a.corpus.settled();
}

describe('corpus workflow: entities, consistency, review', function () {
  this.timeout(120_000);
  isolateLexicon();
  const saved = new Map<string, string>();

  before(async () => {
    const dir = workspaceDir();
    for (const f of fs.readdirSync(dir)) if (f.endsWith(SIDECAR_SUFFIX)) saved.set(f, fs.readFileSync(path.join(dir, f), 'utf8'));
    await (await api()).corpus.settled();
  });

  after(async () => {
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    // The UI tests after this file click in the Explorer.
    await vscode.commands.executeCommand('workbench.action.closePanel');
    await vscode.commands.executeCommand('workbench.view.explorer');
    const dir = workspaceDir();
    for (const f of fs.readdirSync(dir)) {
      if (!f.endsWith(SIDECAR_SUFFIX)) continue;
      const before = saved.get(f);
      if (before === undefined) fs.rmSync(path.join(dir, f));
      else fs.writeFileSync(path.join(dir, f), before);
    }
  });

  it('annotates the workspace under a progress notification and lists its companies and officials with counts', async () => {
    const summary = await vscode.commands.executeCommand<{ annotated: number; total: number; cancelled: boolean }>('biaozhu.annotateWorkspace');
    assert.equal(summary.total, 5);
    assert.equal(summary.annotated, 5);
    assert.equal(summary.cancelled, false);
    await settled();

    // What the sidecars on disk say, grouped the way the view promises: by label, then entity.
    const expected = new Map<string, Map<string, number>>();
    for (const uri of await seeds()) {
      for (const s of readSidecarFromDisk(uri).spans.filter((s) => s.status !== 'rejected' && !s.stale)) {
        const byKey = expected.get(s.label) ?? new Map<string, number>();
        byKey.set(entityKey(s), (byKey.get(entityKey(s)) ?? 0) + 1);
        expected.set(s.label, byKey);
      }
    }
    const tree = (await api()).corpus.entityTree();
    for (const label of ['COMPANY', 'OFFICIAL']) {
      const node = tree.find((n) => n.label === label);
      assert.ok(node, `no ${label} in the entities view: ${JSON.stringify(tree.map((n) => n.label))}`);
      const counts = [...expected.get(label)!.values()].sort((a, b) => b - a);
      assert.deepEqual(
        node.entities.map((e) => e.count),
        counts,
        `${label} counts differ from the sidecars`,
      );
      assert.equal(node.description, `${counts.length} entities · ${counts.reduce((a, b) => a + b, 0)} mentions`);
    }
    const companies = tree.find((n) => n.label === 'COMPANY')!.entities.map((e) => e.name);
    for (const name of ['华为', '百度', '京东']) assert.ok(companies.includes(name), `${name} missing from COMPANY: ${companies.join(', ')}`);
    assert.ok(tree.find((n) => n.label === 'OFFICIAL')!.entities.some((e) => e.name === '刘强'), 'OFFICIAL 刘强 missing');
  });

  it('reveals a mention in its article when it is clicked', async () => {
    const mention = (await api()).corpus.entityTree().find((n) => n.label === 'OFFICIAL')!.entities.find((e) => e.name === '刘强')!.firstMention!;
    await vscode.commands.executeCommand(mention.command, ...(mention.arguments ?? []));
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.fsPath, mention.arguments![0]);
    assert.equal(editor.document.getText(editor.selection), '刘强');
  });

  it('flags 华为 labeled OFFICIAL where it is accepted as COMPANY elsewhere, and the quick fix relabels it', async () => {
    const [, s001, s002] = await seeds();
    await openArticle(s001);
    const companies = (await spansOf(s001)).filter((s) => s.text === '华为' && s.label === 'COMPANY').slice(0, 2);
    assert.equal(companies.length, 2, 'the engine should suggest 华为 as COMPANY in seed 001');
    for (const s of companies) await vscode.commands.executeCommand('biaozhu.accept', { uri: s001.toString(), id: s.id });
    await openArticle(s002);
    const planted = (await spansOf(s002)).find((s) => s.text === '华为')!;
    await vscode.commands.executeCommand('biaozhu.changeLabel', { uri: s002.toString(), id: planted.id, label: 'OFFICIAL' });
    await settled();

    const conflict = () => vscode.languages.getDiagnostics(s002).find((d) => d.code === 'biaozhu.conflictingLabel' && d.message.includes('华为'));
    const d = conflict();
    assert.ok(d, `no conflict diagnostic: ${JSON.stringify(vscode.languages.getDiagnostics(s002).map((x) => x.message))}`);
    assert.equal(d.source, 'biaozhu');
    assert.equal(d.severity, vscode.DiagnosticSeverity.Warning);
    assert.equal(d.message, '"华为" is labeled OFFICIAL here but COMPANY in 2 of its 3 accepted mentions');
    assert.equal(vscode.window.activeTextEditor!.document.getText(d.range), '华为');

    if (uiAvailable) {
      await vscode.commands.executeCommand('workbench.actions.view.problems');
      const shot = await requestUi({ waitFor: '.markers-panel .monaco-list-row', screenshot: 'problems-panel' });
      assert.ok(shot.ok, shot.error);
    }

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', s002, d.range, vscode.CodeActionKind.QuickFix.value);
    const fix = actions.find((a) => a.title === 'Relabel as COMPANY');
    assert.ok(fix, `no Relabel as COMPANY among ${actions.map((a) => a.title).join(' | ')}`);
    assert.equal(fix.kind?.value, vscode.CodeActionKind.QuickFix.value);
    if (uiAvailable) {
      // What the annotator sees: Ctrl+. on the flagged span offers the fix (the API does not return an action's diagnostics).
      const editor = vscode.window.activeTextEditor!;
      editor.selection = new vscode.Selection(d.range.start, d.range.start);
      const menu = await requestUi({ focus: true, quickFix: true, screenshot: 'consistency-quickfix' });
      assert.match(menu.quickFix ?? '', /Relabel as COMPANY/);
    }
    await vscode.commands.executeCommand(fix.command!.command, ...(fix.command!.arguments ?? []));
    await settled();

    assert.equal(conflict(), undefined, 'the diagnostic is still there after its quick fix');
    assert.equal((await spansOf(s002)).find((s) => s.id === planted.id)?.label, 'COMPANY');
    await until(() => readSidecarFromDisk(s002).spans.find((s) => s.id === planted.id)?.label === 'COMPANY', 'the fix in the sidecar');
  });

  it('refuses to mark an article reviewed while suggestions are open', async () => {
    const [s000] = await seeds();
    await openArticle(s000);
    assert.ok((await spansOf(s000)).some((s) => s.status === 'suggested'));
    assert.equal(await vscode.commands.executeCommand('biaozhu.markReviewed'), false);
    await settled();
    assert.notEqual(readSidecarFromDisk(s000).reviewed, true);
  });

  it('goes from the status bar to the next article with open suggestions, at its first suggestion', async () => {
    const [s000, s001] = await seeds();
    await openArticle(s000);
    await settled();
    assert.equal(await vscode.commands.executeCommand('biaozhu.nextArticleWithSuggestions'), undefined);
    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.fsPath, s001.fsPath);
    const first = (await spansOf(s001)).filter((s) => s.status === 'suggested').sort((a, b) => a.start - b.start)[0];
    assert.ok(editor.selection.start.isEqual(rangeOf(editor.document, first).start), 'the cursor is not on the first suggestion');
  });

  it('counts 5/5 in the status bar once all five articles are decided and marked reviewed', async () => {
    const all = await seeds();
    assert.equal(all.length, 5);
    for (const [i, uri] of all.entries()) {
      await openArticle(uri);
      await vscode.commands.executeCommand('biaozhu.acceptAll');
      assert.equal(await vscode.commands.executeCommand('biaozhu.markReviewed'), true);
      await settled();
      assert.match((await api()).corpus.statusText(), new RegExp(`0 open · ${i + 1}/5 reviewed`));
    }
    for (const uri of all) await until(() => readSidecarFromDisk(uri).reviewed === true, `${path.basename(uri.fsPath)} reviewed on disk`);

    if (uiAvailable) {
      await vscode.commands.executeCommand('workbench.view.extension.biaozhu');
      const shot = await requestUi({ waitFor: '.monaco-list-row[aria-level="2"]', screenshot: 'entities-view', readText: '.part.statusbar' });
      assert.ok(shot.ok, shot.error);
      assert.match(shot.text ?? '', /5\/5 reviewed/, 'the status bar on screen');
    }
  });

  it('takes labels from biaozhu.labels (offered as quick fixes) and reports a broken setting by name and field', async () => {
    const a = await api();
    const config = () => vscode.workspace.getConfiguration('biaozhu');
    const [s000] = await seeds();
    try {
      await config().update('labels', [{ name: 'PRODUCT', color: '#0088cc', key: 5, description: '产品' }], vscode.ConfigurationTarget.Workspace);
      await until(() => a.corpus.labels().includes('PRODUCT'), 'the PRODUCT label');
      assert.deepEqual(a.corpus.labels(), ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT', 'PRODUCT']);
      const editor = await openArticle(s000);
      const span = (await spansOf(s000)).find((s) => s.text === '百度')!;
      const range = rangeOf(editor.document, span);
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', s000, range);
      assert.ok(actions.some((x) => x.title === 'Change label to PRODUCT'), actions.map((x) => x.title).join(' | '));

      await config().update('labels', [{ name: 'gadget', color: 'blue' }], vscode.ConfigurationTarget.Workspace);
      await until(() => a.corpus.labelProblem() !== undefined, 'the problem to be reported');
      assert.match(a.corpus.labelProblem()!, /^setting biaozhu\.labels: labels\[0\]\.name: .*; labels\[0\]\.color: /);
      assert.deepEqual(a.corpus.labels(), ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT']);
    } finally {
      await config().update('labels', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await until(() => a.corpus.labelProblem() === undefined, 'the defaults again');
  });

  it('prefers .biaozhu/config.json over the setting, and suggests with its label patterns (trusted workspace)', async () => {
    const a = await api();
    const dir = path.join(workspaceDir(), '.biaozhu');
    const config = () => vscode.workspace.getConfiguration('biaozhu');
    try {
      await config().update('labels', [{ name: 'GADGET', color: '#00aa00' }], vscode.ConfigurationTarget.Workspace);
      await until(() => a.corpus.labels().includes('GADGET'), 'the GADGET label from the setting');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(path.join(dir, 'config.json'), JSON.stringify({ labels: [{ name: 'PRODUCT', color: '#0088cc', patterns: ['星河\\p{Script=Han}{2}'] }] }));
      await until(() => a.corpus.labels().includes('PRODUCT'), 'the PRODUCT label from the config file');
      assert.deepEqual(a.corpus.labels(), ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT', 'PRODUCT']);
      assert.ok(vscode.workspace.isTrusted);
      const uri = writeArticle('patterns.txt', '新品星河手机今日发布。\n');
      await openArticle(uri);
      const product = (await spansOf(uri)).find((s) => s.label === 'PRODUCT');
      assert.deepEqual(product && [product.text, product.source, product.status], ['星河手机', 'pattern', 'suggested']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
      await config().update('labels', undefined, vscode.ConfigurationTarget.Workspace);
      fs.rmSync(path.join(workspaceDir(), 'patterns.txt'), { force: true });
      fs.rmSync(path.join(workspaceDir(), 'patterns.txt' + SIDECAR_SUFFIX), { force: true });
    }
    await until(() => !a.corpus.labels().includes('PRODUCT') && !a.corpus.labels().includes('GADGET'), 'the defaults again');
  });
});
