// The real segmenter worker, plus one fault for tests: the text CRASH_TEXT ends the thread
// mid-call, as a bug in a recognizer or an unexpected exit would.
import * as path from 'node:path';
import { isMainThread, parentPort } from 'node:worker_threads';

export const CRASH_TEXT = '\u2620 crash the worker';

if (!isMainThread) {
  // Registered before the real worker's handler, so the call never gets an answer.
  parentPort!.on('message', (req: { text?: string }) => {
    if (req.text === CRASH_TEXT) process.exit(3);
  });
  require(path.join(__dirname, '../../../src/engine/segmenter/segmenterWorker.js'));
}
