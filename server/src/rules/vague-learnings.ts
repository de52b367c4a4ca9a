import { learnings, vaguePhrases } from '../core/session/learnings';
import { writtenAs } from '../core/reading/phrases';
import { VAGUE_LEARNING_PROMPT } from '../lexicon/learnings';
import { type Rule, say } from './rule';

export const vagueLearnings: Rule = {
  id: 'vague-learnings',
  defaultSeverity: 'info',
  kinds: ['session'],
  summary: {
    fr: 'Un apprentissage ne renvoie à rien de précis (« une prise de conscience de quelque chose », « franchir une étape »).',
    en: 'A learning refers to nothing precise ("something clicked", "a step forward").',
  },
  check(note) {
    return learnings(note).flatMap((entry) => {
      const phrases = vaguePhrases(entry.text);
      if (!phrases.length) return [];
      const quoted = phrases.map((phrase) => writtenAs(entry.text, phrase))
        .map((words) => say(note.language, { fr: `« ${words} »`, en: `"${words}"` })).join(', ');
      return [{
        range: entry.sentence.range,
        message: say(note.language, {
          fr: `${quoted} : ${VAGUE_LEARNING_PROMPT.fr} Un apprentissage se nomme : quelle idée, quelle croyance, quelle étape, et ce qui change dans la pratique.`,
          en: `${quoted}: ${VAGUE_LEARNING_PROMPT.en} A learning can be named: which idea, which belief, which step, and what changes in practice.`,
        }),
        data: { phrases },
      }];
    });
  },
};
