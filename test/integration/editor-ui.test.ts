// What an annotator sees, through the code-server harness's browser (see ui.ts): a seed with
// suggested and accepted spans highlighted per label, its hover card and the quick-fix menu,
// saved as PNGs under out/screenshots/. Skipped where no harness serves UI requests.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, isolateLexicon, rangeOf, spansOf } from './helpers';
import { requestUi, uiAvailable } from './ui';

describe('editor UI', function () {
  this.timeout(90_000);
  isolateLexicon();
  before(function () {
    if (!uiAvailable) this.skip();
  });
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('highlights a seed by label, shows its hover card and quick-fix menu', async () => {
    const [seed] = await vscode.workspace.findFiles('001_*.txt');
    const title = fs.readFileSync(seed.fsPath, 'utf8').split(/\r?\n/)[0].trim();
    const opened = await requestUi({ open: path.basename(seed.fsPath), expectText: title });
    assert.ok(opened.ok, opened.error);
    await (await api()).whenIdle(seed);
    const spans = await spansOf(seed);
    // Accept one span of each label, so both styles (underline, filled) are on screen.
    const firstOf = (label: string) => spans.find((s) => s.label === label);
    for (const s of ['COMPANY', 'DATE'].map(firstOf)) if (s) await vscode.commands.executeCommand('biaozhu.accept', { uri: seed.toString(), id: s.id });
    await (await api()).whenIdle(seed);
    const shot = await requestUi({ focus: true, screenshot: 'editor-highlights' });
    assert.ok(shot.ok && shot.screenshot && fs.statSync(shot.screenshot).size > 20_000, shot.error ?? 'blank screenshot');

    const editor = vscode.window.activeTextEditor!;
    assert.equal(editor.document.uri.fsPath, seed.fsPath);
    const target = (await spansOf(seed)).find((s) => s.status === 'suggested' && s.label === 'COMPANY' && rangeOf(editor.document, s).start.line < 20) ?? spans[0];
    const at = rangeOf(editor.document, target).start.translate(0, 1);
    editor.selection = new vscode.Selection(at, at);
    editor.revealRange(new vscode.Range(at, at));
    const hover = await requestUi({ focus: true, hover: true, screenshot: 'editor-hover' });
    assert.ok(hover.ok, hover.error);
    assert.ok(hover.hover?.includes(target.label) && hover.hover.includes('Accept'), `hover card: ${hover.hover}`);

    const fix = await requestUi({ focus: true, quickFix: true, screenshot: 'editor-quickfix' });
    assert.ok(fix.ok, fix.error);
    assert.match(fix.quickFix ?? '(no quick-fix menu)', /Accept COMPANY/);
    assert.match(fix.quickFix ?? '', /Change label to OFFICIAL/);
  });
});
