import { initialRequest } from '../core/session/request';
import { type Rule, say } from './rule';

export const noInitialRequest: Rule = {
  id: 'no-initial-request',
  defaultSeverity: 'warning',
  kinds: ['session'],
  summary: {
    fr: 'L’exposé (étape 1) ne dit jamais ce que le client attend du groupe.',
    en: 'The exposé (step 1) never states what the client wants from the group.',
  },
  check(note) {
    const presentation = note.steps[1];
    if (!presentation || initialRequest(note).length) return [];
    return [{
      range: presentation.heading.range,
      message: say(note.language, {
        fr: 'L’exposé ne dit pas ce que le client attend du groupe. Notez sa demande initiale (« Ma demande : comment… ? ») : c’est elle que l’étape 3 reformulera.',
        en: 'The exposé does not say what the client wants from the group. Write down the initial request ("My request: how can I…?"): step 3 reformulates it.',
      }),
    }];
  },
};
