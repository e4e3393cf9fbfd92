import { matchAll, type Recognizer } from './types';

// First cut; the recognition issue replaces it.
export const recognizeOfficials: Recognizer = ({ text }) =>
  matchAll(text, /(?:书记|市长|董事长|总裁|CEO)([\u4e00-\u9fa5]{2,3}?)(?=一行|在|和|、|，|,|率|说|表示)/g, 'OFFICIAL', 'rule:official', 1);
