import { writtenAs } from '../core/reading/phrases';
import { wordsRange } from '../core/reading/sentences';
import { clarificationQuestions } from '../core/session/questions';
import { findPhrase, hasAnyPhrase, normalize } from '../core/reading/text';
import { EMOTION_FAMILIES, type EmotionFamily, FEELING_PROBES } from '../lexicon/emotions';
import { contentStems } from '../core/session/request';
import { type Rule, say } from './rule';

export const unexploredEmotion: Rule = {
  id: 'unexplored-emotion',
  defaultSeverity: 'info',
  kinds: ['session'],
  summary: {
    fr: 'L’exposé nomme un ressenti (confusion, peur, stress…) et aucune question n’y revient.',
    en: 'The exposé names a feeling (confusion, fear, stress…) and no question comes back to it.',
  },
  check(note) {
    // "Q: You said you feel embarrassed. In front of whom?": the whole question comes back to it.
    const questions = [...clarificationQuestions(note), ...(note.steps[2]?.sentences ?? []).filter((s) => s.role === 'question')];
    const asked = questions.map((sentence) => sentence.normalized);
    if (asked.some((question) => hasAnyPhrase(question, FEELING_PROBES))) return [];
    // Stems catch the other forms of a feeling word: "frustrated" -> "What frustrates you?".
    const askedStems = new Set(questions.flatMap((sentence) => [...contentStems(sentence.body, note.language)]));
    const comesBack = (family: EmotionFamily) => asked.some((question) => hasAnyPhrase(question, family.words))
      || family.words.some((word) => !word.includes(' ') && [...contentStems(word, note.language)].some((stem) => askedStems.has(stem)));
    const reported = new Set<string>();
    const named = (note.steps[1]?.sentences ?? []).flatMap((sentence) => {
      const text = normalize(sentence.text);
      return EMOTION_FAMILIES.filter((family) => {
        if (reported.has(family.name.en) || !hasAnyPhrase(text, family.words)) return false;
        reported.add(family.name.en);
        return true;
      }).map((family) => ({ sentence, text, family }));
    });
    // "Agacée et surtout inquiète", then "Qu'est-ce qui t'inquiète le plus ?": the group went back to
    // the feelings, by the one the client stressed.
    if (named.some(({ family }) => comesBack(family))) return [];
    return named.map(({ sentence, text, family }) => {
      const word = writtenAs(sentence.text, findPhrase(text, family.words)!);
      return {
        range: wordsRange(sentence, note.steps[1]?.lines ?? [], word),
        message: say(note.language, {
          fr: `L’exposé dit « ${word} » et aucune question n’y revient. Qu’y a-t-il derrière ? Une question comme « Que veux-tu dire par “${word}” ? Comment le vis-tu ? » aide à comprendre ce que le client pense et ressent.`,
          en: `The exposé says "${word}" and no question comes back to it. What lies behind it? A question such as "What do you mean by '${word}'? What is that like for you?" helps understand what the client thinks and feels.`,
        }),
        data: { emotion: family.name.en, word },
      };
    });
  },
};
