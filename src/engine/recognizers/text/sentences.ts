// Where sentences end: for the rules that read only the sentence a span stands in.

/** The end of a sentence or a line. */
export const SENTENCE_END = /[。！？!?\n]/;

/** Whether text[from, to) crosses no sentence end: both offsets stand in one sentence. */
export const inOneSentence = (text: string, from: number, to: number): boolean => !SENTENCE_END.test(text.slice(from, to));

/** Where the sentence that the offset `at` stands in starts. */
export function sentenceStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && !SENTENCE_END.test(text[from - 1]!)) from--;
  return from;
}

/** A list's bullet, which opens an item of its own in a roundup written on one line: ▲ 南京芯动…完成融资。公司创始人…. */
const BULLET = /[▲△■□●○◆◇★☆▶►]/;

/** Where the paragraph that the offset `at` stands in starts: after a line break or a list's bullet. */
export function paragraphStart(text: string, at: number): number {
  let from = at;
  while (from > 0 && text[from - 1] !== '\n' && !BULLET.test(text[from - 1]!)) from--;
  return from;
}
