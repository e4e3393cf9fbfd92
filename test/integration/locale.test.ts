// The Chinese UI: runs only with the display language zh-cn (npm run test:vscode:zh-cn, which
// starts code-server with --locale zh-cn and a test language pack); tagged @zh-cn for the suite.
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { OffsetMap } from '../../src/core/offsets';
import { buildSidecar, serializeSidecar } from '../../src/core/sidecar';
import { makeSpan } from '../../src/core/span';
import { api, openArticle, writeArticle } from './helpers';
import { requestUi, uiAvailable } from './ui';

describe('Chinese UI @zh-cn', function () {
  this.timeout(90_000);

  it('runs VS Code with the display language zh-cn', () => {
    assert.equal(vscode.env.language, 'zh-cn');
  });

  it('shows commands, the view, the status bar and diagnostics in Chinese', async () => {
    const ext = vscode.extensions.getExtension('biaozhu.biaozhu')!;
    // A localized manifest string comes as { value, original }.
    const title = (id: string) => ext.packageJSON.contributes.commands.find((c: { command: string }) => c.command === id).title.value;
    assert.equal(title('biaozhu.markReviewed'), '将文章标记为已审阅');
    assert.equal(title('biaozhu.accept'), '接受标注');

    const text = '新品由星河公司发布。\n';
    const span = makeSpan({ start: 3, end: 7, label: 'PRODUCT', source: 'test' }, new OffsetMap(text), 'accepted');
    const uri = writeArticle('zh-unknown.txt', text, serializeSidecar(buildSidecar('zh-unknown.txt', text, [span])));
    await openArticle(uri);
    const a = await api();
    await a.corpus.settled();
    assert.match(a.corpus.statusText(), /\d+ 条待处理 · 已审阅 0\/6/);

    const d = vscode.languages.getDiagnostics(uri).find((x) => x.code === 'biaozhu.unknownLabel');
    assert.ok(d, 'no unknown-label diagnostic');
    assert.equal(d.message, '未知标签 PRODUCT；已配置的标签为 COMPANY, OFFICIAL, DATE, AMOUNT');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', uri, d.range, vscode.CodeActionKind.QuickFix.value);
    assert.ok(actions.some((x) => x.title === '删除标注“星河公司”'), actions.map((x) => x.title).join(' | '));

    if (uiAvailable) {
      await vscode.commands.executeCommand('workbench.view.extension.biaozhu');
      const view = await requestUi({ waitFor: '.monaco-list-row', readText: '.part.sidebar', screenshot: 'zh-cn-entities-view' });
      assert.ok(view.ok, view.error);
      assert.match(view.text ?? '', /实体/);
      const bar = await requestUi({ readText: '.part.statusbar' });
      assert.match(bar.text ?? '', /已审阅 0\/6/);
    }
  });
});
