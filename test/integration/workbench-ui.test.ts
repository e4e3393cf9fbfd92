// Browser-level checks of what a person sees, through the code-server harness (see ui.ts).
// Skipped where no harness serves UI requests (e.g. @vscode/test-electron).
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { requestUi, uiAvailable } from './ui';

describe('workbench UI', function () {
  let seed: vscode.Uri;

  before(async function () {
    if (!uiAvailable) this.skip();
    [seed] = await vscode.workspace.findFiles('000_*.txt');
    assert.ok(seed, 'the workspace has no seeds/000_*.txt');
  });

  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('opens a seed article from the Explorer and renders its Chinese title', async () => {
    const title = fs.readFileSync(seed.fsPath, 'utf8').split(/\r?\n/)[0].trim();
    const res = await requestUi({ open: path.basename(seed.fsPath), expectText: title, screenshot: 'seed-000-opened' });
    assert.ok(res.ok, res.error);
    assert.ok(res.screenshot && fs.statSync(res.screenshot).size > 20_000, 'screenshot missing or blank');
    assert.equal(vscode.window.activeTextEditor?.document.uri.fsPath, seed.fsPath, 'the clicked file is not the active editor');
  });

  it('shows a hover (Ctrl+K Ctrl+I) and the quick-fix menu (Ctrl+.) at the cursor', async () => {
    // Providers registered by the test itself: this checks the UI path end to end, and is the
    // pattern for testing Biaozhu's own hovers and code actions once they exist.
    const marker = 'biaozhu-ui-probe';
    const disposables = [
      vscode.languages.registerHoverProvider('plaintext', { provideHover: () => new vscode.Hover(`${marker} hover`) }),
      vscode.languages.registerCodeActionsProvider('plaintext', {
        provideCodeActions: () => [new vscode.CodeAction(`${marker} fix`, vscode.CodeActionKind.QuickFix)],
      }),
    ];
    try {
      const editor = await vscode.window.showTextDocument(seed);
      const pos = new vscode.Position(0, 2); // inside 百度
      editor.selection = new vscode.Selection(pos, pos);
      const hover = await requestUi({ focus: true, hover: true, screenshot: 'seed-000-hover' });
      assert.ok(hover.ok, hover.error);
      assert.match(hover.hover ?? '(no hover shown)', new RegExp(`${marker} hover`));
      const fix = await requestUi({ focus: true, quickFix: true, screenshot: 'seed-000-quickfix' });
      assert.ok(fix.ok, fix.error);
      assert.match(fix.quickFix ?? '(no quick-fix menu shown)', new RegExp(`${marker} fix`));
    } finally {
      disposables.forEach((d) => d.dispose());
    }
  });
});
