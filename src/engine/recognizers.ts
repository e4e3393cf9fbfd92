import type { SpanDraft } from '../core/span';

// First-cut rules (UTF-16 offsets): enough for real suggestions of every label on the seeds.
const RULES: Array<{ label: string; source: string; re: RegExp; group?: number }> = [
  { label: 'DATE', source: 'rule:date', re: /\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年/g },
  { label: 'AMOUNT', source: 'rule:amount', re: /\d+(?:\.\d+)?(?:万亿|亿|万)?(?:元|美元)|\d+(?:\.\d+)?%/g },
  { label: 'COMPANY', source: 'rule:company', re: /[\u4e00-\u9fa5]{2,12}(?:股份有限公司|有限公司)|百度|京东|中兴|华为|华润/g },
  { label: 'OFFICIAL', source: 'rule:official', re: /(?:书记|市长|董事长|总裁|CEO)([\u4e00-\u9fa5]{2,3}?)(?=一行|在|和|、|，|,|率|说|表示)/g, group: 1 },
];

export function recognizeAll(text: string): SpanDraft[] {
  const out: SpanDraft[] = [];
  for (const rule of RULES) {
    for (const m of text.matchAll(rule.re)) {
      const t = rule.group ? m[rule.group] : m[0];
      const start = m.index + (rule.group ? m[0].indexOf(t) : 0);
      out.push({ start, end: start + t.length, label: rule.label, source: rule.source });
    }
  }
  return out;
}
