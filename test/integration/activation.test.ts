// Smoke test: opening a news article (plaintext) activates Biaozhu in a real VS Code and its
// commands are registered. Runs inside the extension host (see suite/index.ts).
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';

const EXTENSION_ID = 'biaozhu.biaozhu';

async function waitFor(cond: () => boolean, ms: number): Promise<boolean> {
  const end = Date.now() + ms;
  while (!cond()) {
    if (Date.now() > end) return false;
    await new Promise((r) => setTimeout(r, 100));
  }
  return true;
}

describe('activation', () => {
  it('activates on opening a seed article and registers biaozhu.showVersion', async () => {
    const [seed] = await vscode.workspace.findFiles('000_*.txt');
    assert.ok(seed, 'the workspace has no seeds/000_*.txt (is the fixture workspace open?)');
    const doc = await vscode.workspace.openTextDocument(seed);
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'plaintext');
    assert.match(doc.getText(), /[\u4e00-\u9fff]/, 'seed article should contain Chinese text');

    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is not loaded (extensionDevelopmentPath wrong?)`);
    // Do not call ext.activate(): the point is that onLanguage:plaintext activates it by itself.
    assert.ok(await waitFor(() => ext.isActive, 15_000), `${EXTENSION_ID} did not activate on a plaintext file`);

    const commands = await vscode.commands.getCommands(true);
    assert.ok(commands.includes('biaozhu.showVersion'), 'command biaozhu.showVersion is not registered');
  });
});
