import * as assert from 'node:assert/strict';
import { resolveOverlaps, tagSentences } from '../../../src/formats/sequence';

const rows = (text: string, spans: Array<{ start: number; end: number; label: string }>, scheme: 'bio' | 'bioes' = 'bio') =>
  tagSentences(text, spans, scheme).map((s) => s.map((t) => `${t.text}:${t.tag}`).join(' '));

describe('character tagging', () => {
  it('keeps a span whole across a space inside it, and writes no whitespace', () => {
    // "2025-06-16 11:22" is one DATE with a space in it.
    assert.deepEqual(rows('于2025-06-16 11:22签', [{ start: 1, end: 17, label: 'DATE' }], 'bioes')[0].split(' ').slice(10, 13), ['6:I-DATE', '1:I-DATE', '1:I-DATE']);
    assert.deepEqual(rows('于2025-06-16 11:22签', [{ start: 1, end: 17, label: 'DATE' }], 'bioes')[0].split(' ').slice(-2), ['2:E-DATE', '签:O']);
  });

  it('ends sentences after 。！？ with their closing quotes, and at line breaks', () => {
    assert.deepEqual(rows('他说：“好。”然后\r\n走了！', []), ['他:O 说:O ：:O “:O 好:O 。:O ”:O', '然:O 后:O', '走:O 了:O ！:O']);
  });

  it('does not end a sentence inside a span', () => {
    assert.deepEqual(rows('甲。乙', [{ start: 0, end: 3, label: 'COMPANY' }]), ['甲:B-COMPANY 。:I-COMPANY 乙:I-COMPANY']);
  });

  it('single-character spans are S- in BIOES', () => {
    assert.deepEqual(rows('京沪', [{ start: 0, end: 1, label: 'DATE' }], 'bioes'), ['京:S-DATE 沪:O']);
  });

  it('keeps the earliest, then longest, of overlapping spans', () => {
    const { kept, dropped } = resolveOverlaps([
      { start: 2, end: 4, label: 'COMPANY' },
      { start: 0, end: 3, label: 'OFFICIAL' },
      { start: 0, end: 2, label: 'DATE' },
      { start: 4, end: 5, label: 'AMOUNT' },
    ]);
    assert.deepEqual(kept.map((s) => s.label), ['OFFICIAL', 'AMOUNT']);
    assert.deepEqual(dropped.map((s) => s.label), ['DATE', 'COMPANY']);
  });
});
