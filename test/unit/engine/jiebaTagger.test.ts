import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';

const SEEDS = path.join(__dirname, '../../../../seeds');
const JIEBA_MODULE = path.join(__dirname, '../../../src/engine/segmenter/jieba.js');
const PLACES_MODULE = path.join(__dirname, '../../../src/engine/dict/places.js');
const CITIES = '合肥长鑫、大连万达和保定的长城汽车，前海管理局和横琴';

/**
 * Runs in a worker (nodejieba must not load on the test's main thread): for each text, the
 * memoized tagger against nodejieba's own tag() with cities and zones tagged ns, before and after
 * inserting words; both taggers on a sentence with cities and zones jieba mis-tags; and the
 * tagger on a sentence with a dictionary word inserted again.
 */
const CHECK = `
const { parentPort, workerData } = require('node:worker_threads');
const { loadJieba, JiebaTagger } = require(workerData.module);
const { isTaggedPlace } = require(workerData.places);
const { jieba } = loadJieba();
const tagger = new JiebaTagger(jieba);
const show = (tokens) => tokens.map((t) => t.word + '/' + t.tag).join(' ');
const placesAsNs = (tokens) => tokens.map((t) => ({ word: t.word, tag: isTaggedPlace(t.word) ? 'ns' : t.tag }));
const tagged = (text) => { const { words, tags } = tagger.tag(text); return show(words.map((word, i) => ({ word, tag: tags[i] }))); };
const diffs = [];
const compare = (when) => {
  for (const text of workerData.texts) {
    const expected = show(placesAsNs(jieba.tag(text)));
    const actual = tagged(text);
    if (expected !== actual) diffs.push({ when, expected, actual });
  }
};
compare('cold');
compare('memoized');
tagger.insertWord('济南城投', 'nt');
tagger.insertWord('书记刘', 'n');
compare('after insertWord');
tagger.insertWord('中兴', 'nt');
parentPort.postMessage({ diffs, cities: { jieba: show(jieba.tag(workerData.cities)), tagger: tagged(workerData.cities) }, known: tagged(workerData.known) });
`;

interface CheckResult {
  diffs: unknown[];
  cities: { jieba: string; tagger: string };
  known: string;
}

let checked: Promise<CheckResult> | undefined;

/** One worker for both tests: loading nodejieba takes a second. */
function check(): Promise<CheckResult> {
  const texts = [
    ...fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8')),
    'iPhone15Pro售价5999元，ＺＴＥ股价上涨25%。济南城投集团和济南城市投资集团有限公司。',
    '😀𠮷 CEO李彦宏、市委书记刘强\r\n2025-06-16 11:22:05 一九九七年十二月三十一日',
    CITIES,
  ];
  return (checked ??= new Promise((resolve, reject) => {
    const worker = new Worker(CHECK, { eval: true, workerData: { module: JIEBA_MODULE, places: PLACES_MODULE, texts, cities: CITIES, known: '再看中兴。' } });
    worker.once('message', resolve);
    worker.once('error', reject);
  }));
}

describe('JiebaTagger (cut + memoized word tags)', function () {
  this.timeout(60000);

  it('tags exactly as nodejieba tag() does (cities as ns), also after words are inserted', async () => {
    assert.deepEqual((await check()).diffs, []);
  });

  it('tags the cities and zones jieba mis-tags as places (合肥/n, 大连/d, 保定/v, 前海/f, 横琴/n)', async () => {
    const { cities } = await check();
    assert.match(cities.jieba, /合肥\/n .*大连\/d .*保定\/v .*前海\/f .*横琴\/n/);
    assert.match(cities.tagger, /合肥\/ns .*大连\/ns .*保定\/ns .*前海\/ns .*横琴\/ns/);
  });

  it('keeps a word the dictionary knows as it cut it when that word is inserted, with the new tag', async () => {
    // Inserting 中兴 into nodejieba itself lowers its weight: 再/d 看中/v 兴/v 。/x.
    assert.equal((await check()).known, '再/d 看/v 中兴/nt 。/x');
  });
});
