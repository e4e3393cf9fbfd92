// Spans follow typing (CRLF, 𠮷, emoji), sidecars follow the editor and the disk, an invalid
// sidecar is never overwritten, labelling across the workspace reaches closed articles.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { OffsetMap } from '../../src/core/offsets';
import { buildSidecar, serializeSidecar, sidecarPath } from '../../src/core/sidecar';
import { makeSpan } from '../../src/core/span';
import { api, isolateLexicon, openArticle, readSidecarFromDisk, spansOf, until, writeArticle } from './helpers';

describe('editor: spans follow edits and sidecars follow the editor', function () {
  this.timeout(60_000);
  isolateLexicon();
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('moves spans exactly while typing in a CRLF file with 𠮷 and emoji, and saves them', async () => {
    const text = '𠮷野家😀新闻\r\n百度集团与京东在2025年5月15日签约\r\n';
    const uri = writeArticle('crlf-astral.txt', text);
    const editor = await openArticle(uri);
    assert.equal(editor.document.eol, vscode.EndOfLine.CRLF);
    await vscode.commands.executeCommand('biaozhu.acceptAll');
    const before = await spansOf(uri);
    assert.deepEqual(before.map((s) => s.text), ['𠮷野家', '百度集团', '京东', '2025年5月15日']);

    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '😀'));
    await editor.edit((e) => e.insert(new vscode.Position(1, 0), '今天\r\n'));
    await editor.edit((e) => e.insert(new vscode.Position(2, 1), '控股')); // inside 百度集团: -> 百控股度集团
    const now = await spansOf(uri);
    const map = new OffsetMap(editor.document.getText());
    for (const s of now) assert.equal(map.slice(s.start, s.end), s.text, `${s.label} ${s.start}-${s.end}`);
    assert.equal(now.find((s) => s.text === '𠮷野家')!.start, 1, 'a span after an emoji typed before it moves by one code point');
    const jd = now.find((s) => s.text === '京东')!;
    assert.equal(jd.start, before.find((s) => s.text === '京东')!.start + 1 + 4 + 2);
    const baidu = before.find((s) => s.text === '百度集团')!;
    assert.equal(now.find((s) => s.start === baidu.start + 1 + 4)?.text, '百控股度集团', 'an accepted span grows with text typed inside it');

    await editor.document.save();
    await (await api()).whenIdle(uri);
    const disk = fs.readFileSync(uri.fsPath, 'utf8');
    const diskMap = new OffsetMap(disk);
    const sidecar = readSidecarFromDisk(uri);
    assert.ok(sidecar.spans.length >= 3);
    for (const s of sidecar.spans) assert.equal(diskMap.slice(s.start, s.end), s.text, `sidecar span ${s.id} does not match the saved article`);
  });

  it('shows an invalid sidecar as an error naming the file and never overwrites it', async () => {
    const bad = '{"version": 2, "spans": "no"}\n';
    const uri = writeArticle('invalid.txt', '百度集团与京东签约。\n', bad);
    const editor = await openArticle(uri);
    const why = (await api()).readOnly(uri);
    assert.ok(why?.includes('invalid.txt.ann.json'), `read-only reason should name the sidecar: ${why}`);
    await vscode.commands.executeCommand('biaozhu.labelSelection', { uri: uri.toString(), start: 0, end: 2, label: 'COMPANY' });
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), '今天'));
    await editor.document.save();
    await new Promise((r) => setTimeout(r, 800)); // longer than saveDelay: a write would have happened
    assert.equal(fs.readFileSync(sidecarPath(uri.fsPath), 'utf8'), bad);
  });

  it('reloads and re-anchors when the sidecar changes on disk (e.g. git checkout)', async () => {
    const text = '京东集团在济南。百度也在济南。\n';
    const uri = writeArticle('outside.txt', text);
    await openArticle(uri);
    // Someone else's sidecar, saved for an older text with a line in front.
    const older = '旧标题\n' + text;
    const span = makeSpan({ start: 12, end: 14, label: 'COMPANY', source: 'git' }, new OffsetMap(older), 'accepted');
    fs.writeFileSync(sidecarPath(uri.fsPath), serializeSidecar(buildSidecar(uri.fsPath, older, [span])));
    await until(async () => (await spansOf(uri)).some((s) => s.source === 'git'), 'the outside sidecar to be loaded');
    const moved = (await spansOf(uri)).find((s) => s.source === 'git')!;
    assert.deepEqual([moved.start, moved.end, moved.text, moved.status], [8, 10, '百度', 'accepted']);
  });

  it('labels all occurrences in the workspace, writing the sidecars of closed articles', async () => {
    const uri = writeArticle('everywhere.txt', '中兴通讯发布公告。\n');
    const editor = await openArticle(uri);
    editor.selection = new vscode.Selection(0, 0, 0, 4);
    await vscode.commands.executeCommand('biaozhu.labelSelection', { label: 'COMPANY' });
    await vscode.commands.executeCommand('biaozhu.labelAllInWorkspace');
    const seeds = await vscode.workspace.findFiles('0*.txt');
    const withIt = seeds.filter((u) => fs.readFileSync(u.fsPath, 'utf8').includes('中兴通讯'));
    assert.ok(withIt.length > 0, 'some seed should mention 中兴通讯');
    for (const u of withIt) {
      const count = fs.readFileSync(u.fsPath, 'utf8').split('中兴通讯').length - 1;
      const labelled = () => readSidecarFromDisk(u).spans.filter((s) => s.text === '中兴通讯' && s.status === 'accepted' && s.label === 'COMPANY').length;
      // Articles still open are written by the debounced sync, closed ones at once.
      await until(() => fs.existsSync(sidecarPath(u.fsPath)) && labelled() > 0, `${u.fsPath} to be labelled`);
      assert.ok(labelled() <= count, `${u.fsPath}: ${labelled()} of ${count}`);
    }
  });
});
