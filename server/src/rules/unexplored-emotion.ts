import { clarificationQuestions } from '../core/questions';
import { hasAnyPhrase, normalize } from '../core/text';
import { EMOTION_FAMILIES, FEELING_PROBES } from '../lexicon/emotions';
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
    const asked = clarificationQuestions(note).map((line) => normalize(line.text));
    if (asked.some((question) => hasAnyPhrase(question, FEELING_PROBES))) return [];
    const reported = new Set<string>();
    return (note.steps[1]?.lines ?? []).flatMap((line) => {
      const text = normalize(line.text);
      return EMOTION_FAMILIES.filter((family) => {
        if (reported.has(family.name.en) || !hasAnyPhrase(text, family.words)) return false;
        reported.add(family.name.en);
        return !asked.some((question) => hasAnyPhrase(question, family.words));
      }).map((family) => ({
        range: line.range,
        message: say(note.language, {
          fr: `Le client parle de ${family.name.fr} et aucune question n’y revient. Qu’y a-t-il derrière ? Une question comme « Que veux-tu dire par ${family.name.fr} ? Comment le vis-tu ? » aide à comprendre ce qu’il pense et ressent.`,
          en: `The client speaks of ${family.name.en} and no question comes back to it. What lies behind it? A question such as "What do you mean by ${family.name.en}? How do you live it?" helps understand what they think and feel.`,
        }),
        data: { emotion: family.name.en },
      }));
    });
  },
};
