import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { chunkBounds } from '../../../src/engine/segmenter/jieba';
import { SegmenterPool } from '../../../src/engine/segmenter/pool';
import { createSegmenter, type Token } from '../../../src/engine/segmenter/segmenter';
import { CRASH_TEXT } from './crashingWorker';

const SEEDS = path.join(__dirname, '../../../../seeds');
const seedTexts = () => fs.readdirSync(SEEDS).filter((f) => f.endsWith('.txt')).sort().map((f) => fs.readFileSync(path.join(SEEDS, f), 'utf8'));

/** Every token is the text at its offsets, and the tokens tile the text. */
function assertTiles(text: string, tokens: Token[]): void {
  let pos = 0;
  for (const t of tokens) {
    assert.equal(t.start, pos, `token ${JSON.stringify(t.word)} starts at ${t.start}, expected ${pos}`);
    assert.equal(t.word, text.slice(t.start, t.end));
    assert.ok(t.end > t.start);
    pos = t.end;
  }
  assert.equal(pos, text.length);
}

describe('segmenter pool', function () {
  this.timeout(60000);
  let pool: SegmenterPool;
  afterEach(() => pool?.dispose());

  it('gives exact UTF-16 offsets over emoji, 𠮷, CRLF and full-width text, with tags', async () => {
    pool = createSegmenter();
    const text = '😀华为𠮷公司\r\n２０２５年５月１５日，济南市委书记刘强说：增长２５％。\r\n\r\n';
    const tokens = await pool.tag(text);
    assertTiles(text, tokens);
    assert.ok(tokens.every((t) => typeof t.tag === 'string' && t.tag.length > 0));
    // Full-width digits are segmented as their ASCII forms (one number, not one token a digit)
    // while the token keeps the original characters.
    const year = tokens.find((t) => t.word === '２０２５');
    assert.ok(year, tokens.map((t) => t.word).join('/'));
    assert.equal(year.tag, 'm');
    assertTiles(text, await pool.cut(text));
  });

  it('cuts long text into chunks without changing a token', async () => {
    pool = createSegmenter();
    const text = seedTexts().join('\n').repeat(3);
    assert.ok(chunkBounds(text).length > 5);
    const whole = await pool.tag(text);
    assertTiles(text, whole);
    // Per article, as separate calls: the same tokens, shifted.
    let offset = 0;
    const separately: string[] = [];
    for (const part of text.split('\n')) {
      for (const t of await pool.tag(part)) separately.push(`${t.start + offset}:${t.word}:${t.tag}`);
      separately.push(`${offset + part.length}:\n:x`);
      offset += part.length + 1;
    }
    separately.pop();
    assert.deepEqual(whole.map((t) => `${t.start}:${t.word}:${t.tag}`), separately);
  });

  it('cuts a text with no separator outside surrogate pairs', () => {
    const text = '𠮷'.repeat(10000);
    const bounds = chunkBounds(text, 100);
    assert.ok(bounds.length > 1);
    for (const [start, end] of bounds) {
      assert.equal(start % 2, 0);
      assert.equal(end % 2, 0);
    }
    assert.equal(bounds.at(-1)![1], text.length);
  });

  it('inserts words into every worker, including those started later', async () => {
    pool = createSegmenter({ size: 2 });
    const text = '记者从鲸落标注坊获悉';
    assert.ok(!(await pool.cut(text)).some((t) => t.word === '鲸落标注坊'), 'the test word must be unknown to jieba');
    await pool.insertWords([{ word: '鲸落标注坊', tag: 'nt' }]);
    // Four calls at once keep both workers busy (two each): every answer has the word.
    const answers = await Promise.all([1, 2, 3, 4].map(() => pool.tag(text)));
    for (const tokens of answers) assert.ok(tokens.some((t) => t.word === '鲸落标注坊' && t.tag === 'nt'));
    assert.equal((await pool.stats()).length, 2, 'both workers ran');
  });

  it('forgets a word no longer given by replacing its workers, the calls they hold answered first', async () => {
    pool = createSegmenter({ size: 2 });
    const text = '记者从鲸落标注坊获悉，北辰星海参与';
    const has = (tokens: Token[], word: string) => tokens.some((t) => t.word === word);
    await pool.setWords([{ word: '鲸落标注坊', tag: 'nt' }, { word: '北辰星海', tag: 'nt' }]);
    const held = Promise.all([1, 2, 3, 4].map(() => pool.tag(text)));
    await pool.setWords([{ word: '北辰星海', tag: 'nt' }]);
    for (const tokens of await held) assert.ok(has(tokens, '鲸落标注坊'), 'a call sent before the change is answered as sent');
    for (const tokens of await Promise.all([1, 2, 3, 4].map(() => pool.tag(text)))) {
      assert.ok(!has(tokens, '鲸落标注坊'), 'the dropped word is forgotten');
      assert.ok(has(tokens, '北辰星海'), 'the kept word is still known');
    }
    assert.equal((await pool.stats()).length, 2, 'two workers, the replaced ones closed');
  });

  it('rejects the calls of a crashed worker with the reason and recovers with its words', async () => {
    pool = new SegmenterPool({ workerFile: path.join(__dirname, 'crashingWorker.js') });
    await pool.insertWords([{ word: '鲸落标注坊', tag: 'nt' }]);
    await assert.rejects(pool.tag(CRASH_TEXT), /segmenter worker stopped \(exit code 3\)/);
    const tokens = await pool.tag('记者从鲸落标注坊获悉');
    assert.ok(tokens.some((t) => t.word === '鲸落标注坊'), 'the replacement worker has the inserted word');
  });

  it('never loads nodejieba on the calling thread nor blocks it while loading', () => {
    const out = execFileSync(process.execPath, [path.join(__dirname, 'mainThreadProbe.js')], { encoding: 'utf8' });
    const { loadMs, waited, longest, requiredHere } = JSON.parse(out) as { loadMs: number; waited: number; longest: number; requiredHere: boolean };
    assert.ok(loadMs > 200, `load took ${loadMs} ms in the worker`);
    assert.ok(waited >= loadMs, 'the first call waited for the load');
    // Loading here would stall this thread for the whole load; a busy machine may delay a tick a little.
    assert.ok(longest < loadMs / 2, `the main thread stalled for ${longest.toFixed(0)} ms of a ${loadMs.toFixed(0)} ms load`);
    assert.ok(!requiredHere, 'nodejieba was required on the main thread');
  });

  it('dispose during a long call rejects it and leaves the process running', async () => {
    pool = createSegmenter();
    await pool.warm();
    const call = assert.rejects(pool.tag(seedTexts().join('\n').repeat(40)), /dispos/);
    await new Promise((r) => setTimeout(r, 50));
    await pool.dispose();
    await call;
    await assert.rejects(pool.tag('x'), /disposed/);
  });
});
