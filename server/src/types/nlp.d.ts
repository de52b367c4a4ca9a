// Minimal typings for two small NLP packages that ship none.
declare module 'wink-porter2-stemmer' {
  export default function stem(word: string): string;
}

declare module 'stopword' {
  export const fra: string[];
  export const eng: string[];
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[];
}
