import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

const SEEDS = path.join(__dirname, '../../../../seeds');
const JIEBA_MODULE = path.join(__dirname, '../../../src/engine/segmenter/jieba.js');

/**
 * Runs in a worker (nodejieba must not load on the test's main thread): for each text, the
 * memoized tagger against nodejieba's own tag(), before and after inserting words.
 */
const CHECK = `
const { parentPort, workerData } = require('node:worker_threads');
const { loadJieba, JiebaTagger } = require(workerData.module);
const { jieba } = loadJieba();
const tagger = new JiebaTagger(jieba);
const show = (tokens) => tokens.map((t) => t.word + '/' + t.tag).join(' ');
const diffs = [];
const compare = (when) => {
  for (const text of workerData.texts) {
    const expected = show(jieba.tag(text));
    const { words, tags } = tagger.tag(text);
    const actual = show(words.map((word, i) => ({ word, tag: tags[i] })));
    if (expected !== actual) diffs.push({ when, expected, actual });
  }
};
compare('cold');
compare('memoized');
tagger.insertWord('济南城投', 'nt');
tagger.insertWord('书记刘', 'n');
compare('after insertWord');
parentPort.postMessage(diffs);
`;

describe('JiebaTagger (cut + memoized word tags)', function () {
  this.timeout(60000);

  it('tags exactly as nodejieba tag() does, also after words are inserted', async () => {
    const texts = [
      ...fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8')),
      'iPhone15Pro售价5999元，ＺＴＥ股价上涨25%。济南城投集团和济南城市投资集团有限公司。',
      '😀𠮷 CEO李彦宏、市委书记刘强\r\n2025-06-16 11:22:05 一九九七年十二月三十一日',
    ];
    const diffs = await new Promise((resolve, reject) => {
      const worker = new Worker(CHECK, { eval: true, workerData: { module: JIEBA_MODULE, texts } });
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    assert.deepEqual(diffs, []);
  });
});
