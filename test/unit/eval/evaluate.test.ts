import * as assert from 'node:assert/strict';
import { createEngine } from '../../../src/engine/engine';
import type { Segmenter } from '../../../src/engine/segmenter/segmenter';
import { pairDocs } from '../../../src/eval/evaluate';

describe('pairing gold with the engine', () => {
  it('names the gold document whose annotation failed', async () => {
    const failing: Segmenter = {
      cut: () => Promise.reject(new Error('segmenter worker stopped')),
      tag: () => Promise.reject(new Error('segmenter worker stopped')),
      insertWords: async () => undefined,
      dispose: async () => undefined,
    };
    const gold = [{ id: 'pd-001', text: '1998年1月', labels: ['DATE'], spans: [], neutral: [] }];
    await assert.rejects(pairDocs(gold, createEngine(failing)), /^Error: gold document pd-001: segmenter worker stopped$/);
  });
});
