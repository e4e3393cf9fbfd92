import { toJsonl, type ExportDoc } from './records';
import { tagList, tagSentences, type Scheme } from './sequence';

// Hugging Face token classification: JSONL rows {id, tokens, ner_tags} with one character per
// token (as in Chinese NER sets such as peoples_daily_ner and msra_ner) and ner_tags as ids into
// labels.json's list. One row per sentence, split as for CoNLL; whitespace is not a token.

export function toHfRows(docs: readonly ExportDoc[], labels: readonly string[], scheme: Scheme): string {
  const ids = new Map(tagList(labels, scheme).map((t, i) => [t, i]));
  const rows = docs.flatMap((d) =>
    tagSentences(d.text, d.spans, scheme).map((sentence, i) => ({
      id: `${d.path}#${i}`,
      tokens: sentence.map((t) => t.text),
      ner_tags: sentence.map((t) => {
        const id = ids.get(t.tag);
        if (id === undefined) throw new Error(`${d.path}: tag ${t.tag} is not in the label list (${labels.join(', ')})`);
        return id;
      }),
    })),
  );
  return toJsonl(rows);
}

/** labels.json: the tag list in id order, with id2label/label2id as transformers' config takes them. */
export function hfLabels(labels: readonly string[], scheme: Scheme): string {
  const tags = tagList(labels, scheme);
  return (
    JSON.stringify(
      {
        scheme,
        labels: tags,
        id2label: Object.fromEntries(tags.map((t, i) => [String(i), t])),
        label2id: Object.fromEntries(tags.map((t, i) => [t, i])),
      },
      null,
      2,
    ) + '\n'
  );
}
