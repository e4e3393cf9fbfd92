// Run in a process of its own by segmenterPool.test.ts: other test files load nodejieba into
// the mocha process for their fixtures, so only a fresh process can tell whether the pool did.
import { createSegmenter } from '../../../src/engine/segmenter/segmenter';

async function main(): Promise<void> {
  const pool = createSegmenter();
  let last = performance.now();
  let longest = 0;
  const timer = setInterval(() => {
    const now = performance.now();
    longest = Math.max(longest, now - last);
    last = now;
  }, 5);
  const started = performance.now();
  await pool.tag('济南市委书记刘强');
  const waited = performance.now() - started;
  clearInterval(timer);
  const [{ loadMs }] = await pool.stats();
  const requiredHere = Object.keys(require.cache).some((k) => k.includes('nodejieba'));
  await pool.dispose();
  process.stdout.write(JSON.stringify({ loadMs, waited, longest, requiredHere }));
}

void main();
