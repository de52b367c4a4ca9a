// Abbreviations whose full stop does not end a sentence ("M. Dupont", "Dr. Smith", "etc.", "p. ex.",
// "e.g."), lower case and without their inner dots. One-letter initials are handled by the parser.
export const ABBREVIATIONS = {
  fr: [
    'mm', 'mme', 'mmes', 'mlle', 'mlles', 'dr', 'pr', 'prof', 'st', 'ste', 'cf', 'etc', 'ex', 'env', 'resp',
    'dir', 'tel', 'approx', 'min', 'max', 'no', 'nb', 'art', 'chap', 'vol', 'ca', 'cad',
  ],
  en: ['mr', 'mrs', 'ms', 'dr', 'prof', 'jr', 'sr', 'st', 'vs', 'eg', 'ie', 'etc', 'approx', 'dept', 'est', 'fig', 'no'],
};

/**
 * Where a memo dictated in one breath passes to its next thought: "… la démo donc je la rappelle",
 * "… on recall calls um she said …". Only in a long line with no sentence end at all.
 */
export const RUN_ON_CONNECTORS: readonly string[] = [
  'donc', 'alors', 'du coup', 'bon', 'mais', 'et puis', 'ensuite', 'bref', 'voila', 'euh',
  'so', 'um', 'uh', 'but', 'and then', 'then', 'anyway',
];

/**
 * What opens the next clause of a memo dictated in one breath, its thoughts parted by commas:
 * "…, j'ai vu madame Besson…", "…, she asked me for the quote…". A bare "et" or "and" joins names
 * ("le docteur Lemaire, et madame Costa"): only with a subject after it.
 */
export const BREATH_CLAUSE_OPENERS: readonly string[] = [
  'je', 'j', 'il', 'elle', 'ils', 'elles', 'on', 'nous', 'et je', 'et j', 'et il', 'et elle', 'et ils', 'et on', 'et nous',
  'i', 'he', 'she', 'they', 'we', 'and i', 'and he', 'and she', 'and they', 'and we', 'okay', 'ok',
  ...RUN_ON_CONNECTORS,
];
