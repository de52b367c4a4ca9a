import { actionItems, isVagueAction } from '../core/session/action-plan';
import { placeOfMissingStep } from '../core/session/steps';
import { type Rule, quote, say } from './rule';

export const vagueActionPlan: Rule = {
  id: 'vague-action-plan',
  defaultSeverity: 'warning',
  kinds: ['session'],
  summary: {
    fr: 'Le plan d’action (étape 5) manque, ou une action n’a ni verbe d’action concret ni échéance.',
    en: 'The action plan (step 5) is missing, or an item has no concrete action verb and no deadline.',
  },
  check(note) {
    const step = note.steps[5];
    const items = actionItems(note);
    if (!items.length) {
      return [{
        range: step?.heading.range ?? placeOfMissingStep(note, 5),
        message: say(note.language, {
          fr: 'Aucun plan d’action : qu’est-ce que le client va faire, concrètement, et quand ? Sans engagement daté, la séance reste une conversation.',
          en: 'No action plan: what will the client actually do, and when? Without a dated commitment, the session stays a conversation.',
        }),
        data: { reason: 'missing' },
      }];
    }
    return items.filter((item) => isVagueAction(item.text)).map((item) => ({
      range: item.sentence.range,
      message: say(note.language, {
        fr: `« ${quote(item.text)} » : quelle action concrète, et pour quand ? Un engagement se vérifie : un verbe d’action (appeler, envoyer, proposer…) et une échéance.`,
        en: `"${quote(item.text)}": which concrete action, and by when? A commitment can be checked: an action verb (call, send, propose…) and a deadline.`,
      }),
      data: { reason: 'vague' },
    }));
  },
};
