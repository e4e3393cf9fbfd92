import { matchAll, type Recognizer } from './types';

// First cut; the recognition issue replaces it.
export const recognizeAmounts: Recognizer = ({ text }) =>
  matchAll(text, /\d+(?:\.\d+)?(?:万亿|亿|万)?(?:元|美元)|\d+(?:\.\d+)?%/g, 'AMOUNT', 'rule:amount');
