// The corpus lexicon in the editor: a name the annotator labels in one article is suggested in
// the next, through .biaozhu/lexicon.json (the file the CLI shares); a broken lexicon is reported
// and never overwritten.
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { api, isolateLexicon, lexiconFile, openArticle, readSidecarFromDisk, spansOf, until, writeArticle } from './helpers';

const NAME = '鲸落标注坊'; // a company no dictionary knows

describe('editor: the corpus lexicon learns from the annotator', function () {
  this.timeout(60_000);
  isolateLexicon();
  afterEach(() => vscode.commands.executeCommand('workbench.action.closeAllEditors'));

  it('suggests in the next article what was labelled by hand in the first, via .biaozhu/lexicon.json', async () => {
    const first = writeArticle('lexicon-a.txt', `记者从${NAME}获悉，新品下月上市。\n`);
    await openArticle(first);
    assert.ok(!(await spansOf(first)).some((s) => s.text === NAME), 'the engine alone should not know the name');
    await vscode.commands.executeCommand('biaozhu.labelSelection', { uri: first.toString(), start: 3, end: 8, label: 'COMPANY' });
    const a = await api();
    await a.whenIdle(first);
    assert.ok(readSidecarFromDisk(first).spans.some((s) => s.text === NAME && s.status === 'accepted'));
    await a.lexiconSettled();
    const lexicon = JSON.parse(fs.readFileSync(lexiconFile(), 'utf8'));
    assert.ok(lexicon.entries.some((e: { text: string; label: string }) => e.text === NAME && e.label === 'COMPANY'), `lexicon: ${JSON.stringify(lexicon.entries)}`);

    const second = writeArticle('lexicon-b.txt', `${NAME}今天发布公告。\n`);
    await openArticle(second);
    const suggested = (await spansOf(second)).find((s) => s.text === NAME);
    assert.deepEqual([suggested?.label, suggested?.status, suggested?.source], ['COMPANY', 'suggested', 'lexicon']);
  });

  it('reports a broken lexicon naming the file and never overwrites it', async () => {
    const bad = '{"version": 1, "entries": "oops"}\n';
    fs.mkdirSync(path.dirname(lexiconFile()), { recursive: true });
    fs.writeFileSync(lexiconFile(), bad);
    const a = await api();
    await until(async () => (await a.lexiconSettled(), a.lexiconProblem()?.includes('lexicon.json') ?? false), 'the lexicon problem');
    const uri = writeArticle('lexicon-c.txt', '星河标注社今天发布公告。\n');
    await openArticle(uri);
    await vscode.commands.executeCommand('biaozhu.labelSelection', { uri: uri.toString(), start: 0, end: 5, label: 'COMPANY' });
    await a.whenIdle(uri);
    await a.lexiconSettled();
    assert.equal(fs.readFileSync(lexiconFile(), 'utf8'), bad);
  });
});
