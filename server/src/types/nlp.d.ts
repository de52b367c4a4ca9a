// Minimal typings for two small NLP packages that ship none.
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(language: string): Stemmer;
  export function algorithms(): string[];
}

declare module 'stopword' {
  export const fra: string[];
  export const eng: string[];
  export function removeStopwords(tokens: string[], stopwords?: string[]): string[];
}
