// The editor features in a real VS Code: suggestions on open, hover cards, quick fixes applied
// through commands, sidecars read back from disk. Runs inside the extension host.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { OffsetMap } from '../../src/core/offsets';
import { buildSidecar, serializeSidecar } from '../../src/core/sidecar';
import { makeSpan, type Span } from '../../src/core/span';
import { api, hoverText, isolateLexicon, openArticle, rangeOf, readSidecarFromDisk, spansOf, writeArticle } from './helpers';

describe('editor: suggestions, hover and quick fixes', function () {
  this.timeout(60_000);
  isolateLexicon();
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('suggests spans when a seed opens and writes exactly them to its sidecar', async () => {
    const [seed] = await vscode.workspace.findFiles('000_*.txt');
    await openArticle(seed);
    const spans = await spansOf(seed);
    assert.ok(spans.some((s) => s.label === 'COMPANY' && s.text === '百度'), 'no COMPANY 百度 suggested');
    assert.ok(spans.some((s) => s.status === 'suggested' && s.source.startsWith('rule:')), 'no engine suggestions');
    const onDisk = readSidecarFromDisk(seed);
    assert.deepEqual(onDisk.spans.map((s) => s.id).sort(), spans.map((s) => s.id).sort());
  });

  it('suggests a long article\'s first lines before the rest, then all of it, and writes the whole to its sidecar', async () => {
    const lines = (await vscode.workspace.findFiles('0*.txt')).flatMap((u) => fs.readFileSync(u.fsPath, 'utf8').split('\n').filter((l) => l.trim()));
    let text = '';
    for (let i = 0; text.length < 12_000; i++) text += lines[i % lines.length] + '\n';
    const uri = writeArticle('long-article.txt', text);
    const a = await api();
    let first: Span[] | undefined;
    const poll = setInterval(() => (first ??= a.spans(uri)?.length ? [...a.spans(uri)!] : undefined), 1);
    try {
      await openArticle(uri);
    } finally {
      clearInterval(poll);
    }
    const length = [...text].length;
    assert.ok(first, 'no suggestions seen');
    assert.ok(Math.max(...first.map((s) => s.end)) < length / 2, 'the first suggestions should cover the lines in view only');
    // (That the two passes end where one run over the text does is firstLook.test.ts's, with the engine alone:
    // here the worker has learned words from the other tests' lexicons.)
    const final = await spansOf(uri);
    assert.ok(final.some((s) => s.start > length / 2), 'the whole article was suggested');
    for (const s of final) assert.equal(new OffsetMap(text).slice(s.start, s.end), s.text);
    assert.deepEqual(readSidecarFromDisk(uri).spans.map((s) => s.id).sort(), final.map((s) => s.id).sort());
  });

  it('hovers a span with its label, status, counts and command links to our commands only', async () => {
    const [seed] = await vscode.workspace.findFiles('000_*.txt');
    const editor = await openArticle(seed);
    const span = (await spansOf(seed)).find((s) => s.text === '百度')!;
    const pos = rangeOf(editor.document, span).start.translate(0, 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', seed, pos);
    const md = hoverText(hovers);
    assert.match(md, /\*\*COMPANY\*\* · 百度/);
    assert.match(md, /Status: suggested/);
    assert.match(md, /this article \d+ · workspace \d+/);
    const commands = [...md.matchAll(/\]\(command:([\w.]+)/g)].map((m) => m[1]);
    assert.ok(commands.includes('biaozhu.accept') && commands.includes('biaozhu.changeLabel'), md);
    assert.ok(commands.every((c) => c.startsWith('biaozhu.')), `foreign command link in ${md}`);
  });

  it('neutralizes a command link and HTML in article text shown on hover', async () => {
    const evil = '[x](command:workbench.action.terminal.new)<img src=x onerror=alert(1)>';
    const text = `今天${evil}公司发布公告。\n`;
    const span = makeSpan({ start: 2, end: 2 + evil.length, label: 'COMPANY', source: 'test' }, new OffsetMap(text), 'accepted');
    const uri = writeArticle('evil.txt', text, serializeSidecar(buildSidecar('evil.txt', text, [span])));
    const editor = await openArticle(uri);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, rangeOf(editor.document, span).start.translate(0, 3));
    const md = hoverText(hovers);
    assert.ok(md.includes('COMPANY'), md);
    assert.ok(!md.includes('](command:workbench'), `unescaped command link: ${md}`);
    assert.ok(!/(^|[^\\])<img/.test(md), `unescaped HTML: ${md}`);
    for (const h of hovers) {
      for (const c of h.contents) {
        if (typeof c === 'string' || !('isTrusted' in c) || !c.isTrusted) continue;
        assert.ok(typeof c.isTrusted === 'object', 'hover markdown must not be trusted for all commands');
        assert.ok(c.isTrusted.enabledCommands.every((id) => id.startsWith('biaozhu.')));
      }
    }
  });

  it('offers Accept as the preferred quick fix and applies fixes through commands, with undo', async () => {
    const text = '百度集团与京东在2025年5月15日签约，市委书记刘强出席。\n';
    const uri = writeArticle('fixes.txt', text);
    const editor = await openArticle(uri);
    const spans = await spansOf(uri);
    const company = spans.find((s) => s.label === 'COMPANY')!;
    assert.ok(company, `no COMPANY suggested in ${JSON.stringify(spans)}`);
    const at = rangeOf(editor.document, company);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(at.start, at.start));
    const preferred = actions.filter((a) => a.isPreferred);
    assert.equal(preferred.length, 1);
    assert.match(preferred[0].title, /^Accept COMPANY/);
    for (const title of [/^Reject/, /^Change label to OFFICIAL/, /^Label all .* in this article/, /^Label all .* in the workspace/, /^Remove/, /^Accept all \d+ suggestions/]) {
      assert.ok(actions.some((a) => title.test(a.title)), `missing ${title} in ${actions.map((a) => a.title).join(' | ')}`);
    }
    const run = (a: vscode.CodeAction) => vscode.commands.executeCommand(a.command!.command, ...(a.command!.arguments ?? []));
    await run(preferred[0]);
    await (await api()).whenIdle(uri);
    assert.equal(readSidecarFromDisk(uri).spans.find((s) => s.id === company.id)?.status, 'accepted');

    await run(actions.find((a) => a.title.startsWith('Change label to OFFICIAL'))!);
    await (await api()).whenIdle(uri);
    assert.equal(readSidecarFromDisk(uri).spans.find((s) => s.id === company.id)?.label, 'OFFICIAL');

    await vscode.commands.executeCommand('biaozhu.undo');
    await vscode.commands.executeCommand('biaozhu.undo');
    await (await api()).whenIdle(uri);
    const back = readSidecarFromDisk(uri).spans.find((s) => s.id === company.id);
    assert.deepEqual([back?.label, back?.status], ['COMPANY', 'suggested']);
  });

  it('labels a selection with Ctrl+Alt+2\'s command and steps through suggestions', async () => {
    const text = '张三的猫很可爱。京东集团表示满意。\n';
    const uri = writeArticle('select.txt', text);
    const editor = await openArticle(uri);
    editor.selection = new vscode.Selection(0, 0, 0, 2); // 张三: nothing suggests it
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, editor.selection);
    assert.deepEqual(actions.filter((a) => a.title.startsWith('Label selection as')).map((a) => a.title.split(' ').pop()), ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT']);
    await vscode.commands.executeCommand('biaozhu.labelSelection', { index: 2 });
    await (await api()).whenIdle(uri);
    const labelled = readSidecarFromDisk(uri).spans.find((s) => s.text === '张三');
    assert.deepEqual([labelled?.label, labelled?.status, labelled?.start, labelled?.end], ['OFFICIAL', 'accepted', 0, 2]);

    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('biaozhu.nextSuggestion');
    const next = (await spansOf(uri)).find((s) => s.status === 'suggested');
    assert.equal(next?.text, '京东集团');
    assert.equal(editor.document.offsetAt(editor.selection.active), next.start);
  });

  it('snaps a span cut in the middle of a word to the segmenter\'s word boundaries', async () => {
    const uri = writeArticle('snap.txt', '今天百度集团发布公告。\n');
    const editor = await openArticle(uri);
    await vscode.commands.executeCommand('biaozhu.labelSelection', { uri: uri.toString(), start: 2, end: 5, label: 'COMPANY' }); // 百度集
    const cut = (await spansOf(uri)).find((s) => s.text === '百度集')!;
    assert.ok(cut, 'the selection should be labelled');
    const at = rangeOf(editor.document, cut);
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, new vscode.Range(at.start, at.start));
    const snap = actions.find((a) => a.title.startsWith('Snap'));
    assert.ok(snap, `no Snap fix in ${actions.map((a) => a.title).join(' | ')}`);
    await vscode.commands.executeCommand(snap.command!.command, ...(snap.command!.arguments ?? []));
    await (await api()).whenIdle(uri);
    const snapped = readSidecarFromDisk(uri).spans.find((s) => s.id === cut.id);
    assert.deepEqual([snapped?.text, snapped?.start, snapped?.end], ['百度集团', 2, 6]);
  });
});
