import { matchAll, type Recognizer } from './types';

// First cut; the recognition issue replaces it.
export const recognizeCompanies: Recognizer = ({ text }) =>
  matchAll(text, /[\u4e00-\u9fa5]{2,12}(?:股份有限公司|有限公司)|百度|京东|中兴|华为|华润/g, 'COMPANY', 'rule:company');
