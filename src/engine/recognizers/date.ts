import { matchAll, type Recognizer } from './types';

// First cut; the recognition issue replaces it.
export const recognizeDates: Recognizer = ({ text }) =>
  matchAll(text, /\d{4}-\d{1,2}-\d{1,2}(?: \d{1,2}:\d{2}(?::\d{2})?)?|(?:\d{4}年)?\d{1,2}月\d{1,2}日|\d{4}年/g, 'DATE', 'rule:date');
