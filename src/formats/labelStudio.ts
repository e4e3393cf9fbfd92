import { OffsetMap } from '../core/offsets';
import { checkImportedSpan, type ExportDoc, type ImportedDoc, type Parsed } from './records';

// Label Studio JSON task list for a <Labels name="label" toName="text"> + <Text name="text" value="$text">
// config. value.start/end count code points, end exclusive (Label Studio's own NER emoji test,
// web/libs/editor/tests/integration/e2e/ner/emoji.cy.ts). Accepted spans are the task's annotation;
// with --status all, suggestions go in "predictions", Label Studio's place for pre-annotations.

function result(d: ExportDoc, status: 'accepted' | 'suggested') {
  return d.spans
    .filter((s) => s.status === status)
    .map((s) => ({
      id: s.id,
      from_name: 'label',
      to_name: 'text',
      type: 'labels',
      value: { start: s.start, end: s.end, text: s.text, labels: [s.label] },
    }));
}

export function toLabelStudio(docs: readonly ExportDoc[]): string {
  const tasks = docs.map((d) => {
    const predictions = result(d, 'suggested');
    return {
      data: { text: d.text, path: d.path },
      annotations: [{ result: result(d, 'accepted') }],
      ...(predictions.length ? { predictions: [{ model_version: 'biaozhu', result: predictions }] } : {}),
    };
  });
  return JSON.stringify(tasks, null, 2) + '\n';
}

type Json = Record<string, unknown>;
const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Reads the annotations (not the predictions) of a Label Studio JSON export; cancelled annotations are skipped. */
export function parseLabelStudio(file: string, content: string): Parsed {
  let tasks: unknown;
  try {
    tasks = JSON.parse(content.replace(/^\ufeff/, ''));
  } catch (err) {
    return { docs: [], problems: [`${file}: invalid JSON (${(err as Error).message})`] };
  }
  if (!Array.isArray(tasks)) return { docs: [], problems: [`${file}: expected a JSON list of tasks`] };
  const docs: ImportedDoc[] = [];
  const problems: string[] = [];
  tasks.forEach((task, t) => {
    const where = `${file}: task[${t}]`;
    if (!isObject(task) || !isObject(task.data) || typeof task.data.text !== 'string') {
      problems.push(`${where}: expected an object with a string data.text`);
      return;
    }
    const text = task.data.text;
    const map = new OffsetMap(text);
    const doc: ImportedDoc = { where, text, spans: [], ...(typeof task.data.path === 'string' ? { hint: task.data.path } : {}) };
    const annotations = task.annotations ?? [];
    if (!Array.isArray(annotations)) {
      problems.push(`${where}.annotations: expected a list`);
      return;
    }
    annotations.forEach((ann, a) => {
      if (!isObject(ann) || ann.was_cancelled === true) return;
      if (!Array.isArray(ann.result)) {
        problems.push(`${where}.annotations[${a}].result: expected a list`);
        return;
      }
      ann.result.forEach((item, r) => {
        const at = `${where}.annotations[${a}].result[${r}]`;
        if (!isObject(item) || item.type !== 'labels') return; // relations, choices, ... carry no span
        const v = item.value;
        if (!isObject(v) || !Array.isArray(v.labels) || v.labels.length === 0) {
          problems.push(`${at}: expected value.start, value.end and a non-empty value.labels`);
          return;
        }
        for (const label of v.labels) {
          const problem = checkImportedSpan({ start: v.start, end: v.end, label }, map, v.text);
          if (problem) problems.push(`${at}: ${problem}`);
          else doc.spans.push({ start: v.start as number, end: v.end as number, label: label as string, where: at });
        }
      });
    });
    docs.push(doc);
  });
  return { docs, problems };
}
