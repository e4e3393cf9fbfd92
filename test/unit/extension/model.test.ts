import * as assert from 'node:assert/strict';
import { OffsetMap } from '../../../src/core/offsets';
import { makeSpan, type Span } from '../../../src/core/span';
import { planActions } from '../../../src/extension/model/actionPlan';
import { escapeMarkdown, hoverMarkdown } from '../../../src/extension/model/hoverMarkdown';
import { findOccurrences } from '../../../src/extension/model/occurrences';
import { snapToTokens } from '../../../src/extension/model/snap';

const LABELS = ['COMPANY', 'OFFICIAL', 'DATE', 'AMOUNT'];
const text = '百度集团创始人李彦宏在2025年5月15日表示';
const sp = (s: number, e: number, label: string, status: Span['status']) => makeSpan({ start: s, end: e, label, source: 'rule:test' }, new OffsetMap(text), status);

describe('planActions', () => {
  it('under a cursor on a suggestion: Accept is first and preferred; reject, relabel to the 3 other labels, label all, remove', () => {
    const s = sp(0, 2, 'COMPANY', 'suggested');
    const plan = planActions({ spans: [s], selection: { start: 1, end: 1 }, labels: LABELS, suggestions: 3, snap: () => ({ start: 0, end: 4 }) });
    assert.equal(plan[0].kind, 'accept');
    assert.deepEqual(plan.filter((a) => 'preferred' in a && a.preferred).map((a) => a.kind), ['accept']);
    assert.deepEqual(plan.filter((a) => a.kind === 'changeLabel').map((a) => (a as { label: string }).label), ['OFFICIAL', 'DATE', 'AMOUNT']);
    assert.ok(plan.some((a) => a.kind === 'snap' && a.end === 4));
    assert.deepEqual(plan.filter((a) => a.kind === 'labelAll').map((a) => (a as { scope: string }).scope), ['article', 'workspace']);
    assert.equal(plan.at(-1)?.kind, 'acceptAll');
  });

  it('on an accepted span there is no Accept; on a rejected one Accept comes back but not preferred', () => {
    const acc = planActions({ spans: [sp(0, 4, 'COMPANY', 'accepted')], selection: { start: 2, end: 2 }, labels: LABELS, suggestions: 0 });
    assert.ok(!acc.some((a) => a.kind === 'accept' || a.kind === 'acceptAll'));
    const rej = planActions({ spans: [sp(0, 4, 'COMPANY', 'rejected')], selection: { start: 2, end: 2 }, labels: LABELS, suggestions: 0 });
    assert.deepEqual(rej.filter((a) => a.kind === 'accept').map((a) => 'preferred' in a && a.preferred), [undefined]);
  });

  it('a selection across a suggestion offers each label, preferring the suggestion\'s', () => {
    const plan = planActions({ spans: [sp(0, 2, 'COMPANY', 'suggested')], selection: { start: 0, end: 4 }, labels: LABELS, suggestions: 1 });
    const sel = plan.filter((a) => a.kind === 'labelSelection');
    assert.deepEqual(sel.map((a) => (a as { label: string }).label), LABELS);
    assert.deepEqual(sel.filter((a) => 'preferred' in a && a.preferred).map((a) => (a as { label: string }).label), ['COMPANY']);
  });
});

describe('snapToTokens', () => {
  const tokens = [{ start: 0, end: 2 }, { start: 2, end: 4 }, { start: 4, end: 7 }];
  it('widens a span to whole tokens and leaves an aligned one alone', () => {
    assert.deepEqual(snapToTokens(tokens, 1, 3), { start: 0, end: 4 });
    assert.equal(snapToTokens(tokens, 2, 4), undefined);
  });
});

describe('findOccurrences', () => {
  it('gives code-point ranges after astral characters', () => {
    assert.deepEqual(findOccurrences('𠮷百度😀百度', '百度'), [{ start: 1, end: 3 }, { start: 4, end: 6 }]);
  });
});

describe('hoverMarkdown', () => {
  const words = { status: 'Status', source: 'Source', value: 'Value', occurrences: 'Occurrences', article: 'article', workspace: 'workspace', aliases: 'Aliases' };
  it('escapes article text so a command link or HTML in it stays text', () => {
    const evil = '[x](command:workbench.action.terminal.new)<img src=x onerror=alert(1)>';
    const t = `甲${evil}乙`;
    const s = makeSpan({ start: 1, end: 1 + evil.length, label: 'COMPANY', source: 'rule:test' }, new OffsetMap(t), 'suggested');
    const md = hoverMarkdown(s, { inArticle: 1, links: [{ title: 'Accept', target: 'command:biaozhu.accept?%5B%5D' }], words, status: 'suggested' });
    assert.ok(!md.includes('](command:workbench'), md);
    assert.ok(!/(^|[^\\])<img/.test(md), md);
    assert.ok(md.includes('\\[x\\]\\(command\\:workbench\\.action\\.terminal\\.new\\)'));
    assert.ok(md.includes('[Accept](command:biaozhu.accept?%5B%5D)'));
  });

  it('shows the normalized value and both counts', () => {
    const s = makeSpan({ start: 11, end: 21, label: 'DATE', source: 'rule:date', attrs: { value: '2025-05-15' } }, new OffsetMap(text), 'accepted');
    const md = hoverMarkdown(s, { inArticle: 2, inWorkspace: 5, links: [], words, status: 'accepted' });
    assert.match(md, /Value: 2025\\-05\\-15/);
    assert.match(md, /article 2 · workspace 5/);
  });

  it('escapeMarkdown turns line breaks into spaces', () => {
    assert.equal(escapeMarkdown('a\r\nb'), 'a b');
  });
});
