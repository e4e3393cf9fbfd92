// Export and import from VS Code (issue 6 item 4) in a real VS Code: the commands take their
// choices as an argument here (the pickers are for people), run under a progress notification
// and write real files.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, isolateLexicon, openArticle, spansOf } from './helpers';

describe('export and import in VS Code', function () {
  this.timeout(120_000);
  isolateLexicon();
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'biaozhu-export-'));
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  it('exports accepted spans as doccano JSONL, and importing the file back finds every span already there', async () => {
    const [seed] = (await vscode.workspace.findFiles('000_*.txt'));
    await openArticle(seed);
    await vscode.commands.executeCommand('biaozhu.acceptAll');
    await (await api()).whenIdle(seed);
    const accepted = (await spansOf(seed)).filter((s) => s.status === 'accepted');
    assert.ok(accepted.length > 0);

    const report = await vscode.commands.executeCommand<{ articles: number; spans: number }>('biaozhu.exportTrainingData', { format: 'doccano', status: 'accepted', folder: out });
    const file = path.join(out, 'biaozhu-doccano.jsonl');
    const records = fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string; label: Array<[number, number, string]> });
    assert.equal(records.length, report.articles);
    assert.equal(records.reduce((n, r) => n + r.label.length, 0), report.spans);
    const text = fs.readFileSync(seed.fsPath, 'utf8').replace(/^\uFEFF/, '');
    const mine = records.find((r) => r.text === text);
    assert.ok(mine, 'seed 000 is not in the export');
    assert.deepEqual(
      mine.label.map(([s, e, l]) => `${s}:${e}:${l}`).sort(),
      accepted.map((s) => `${s.start}:${s.end}:${s.label}`).sort(),
    );

    const imported = await vscode.commands.executeCommand<{ imported: number; duplicates: number; conflicts: unknown[] }>('biaozhu.importAnnotations', { format: 'doccano', paths: [file] });
    assert.equal(imported.imported, 0);
    assert.equal(imported.duplicates, report.spans);
    assert.deepEqual(imported.conflicts, []);
  });
});
