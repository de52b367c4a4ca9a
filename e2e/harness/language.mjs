// Tells French prose from English by their most frequent short words.
const FRENCH = new Set('le la les des du de un une et est sont pour que qui dans sur au aux ce cette son sa ses par pas avec vous il elle on ne se en'.split(' '));
const ENGLISH = new Set('the a an and is are for that which who in on of to this its his her by not with you it they be what how'.split(' '));

/** @returns {'fr' | 'en' | undefined} */
export function guessLanguage(text) {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  const french = words.filter((word) => FRENCH.has(word)).length;
  const english = words.filter((word) => ENGLISH.has(word)).length;
  if (french === english) return undefined;
  return french > english ? 'fr' : 'en';
}
