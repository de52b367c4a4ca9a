import { initialRequest, newStems, reformulatedRequest, contentStems } from '../core/session/request';
import { type Rule, quote, say, titleRange } from './rule';

export const requestNotReformulated: Rule = {
  id: 'request-not-reformulated',
  defaultSeverity: 'warning',
  kinds: ['session'],
  summary: {
    fr: 'La demande n’est pas reformulée, ou sa reformulation redit la demande initiale avec d’autres mots.',
    en: 'The request is not reformulated, or its reformulation says the initial request again in other words.',
  },
  check(note) {
    const step3 = note.steps[3];
    const reformulated = reformulatedRequest(note);
    if (!reformulated) {
      // The step's notes say it did not happen ("on est passés directement aux suggestions").
      const told = step3?.sentences.at(-1);
      return [{
        range: step3?.heading.range ?? titleRange(note),
        message: say(note.language, told
          ? {
            fr: `L’étape 3 n’a pas eu lieu (« ${quote(told.text)} ») : la demande n’a pas été reformulée. Écrivez la demande validée par le client, le contrat de la séance.`,
            en: `Step 3 did not happen ("${quote(told.text)}"): the request was not reformulated. Write down the request the client agreed to, the contract of the session.`,
          }
          : step3
          ? {
            fr: 'L’étape 3 est vide : la demande n’a pas été reformulée. Écrivez la demande validée par le client, le contrat de la séance.',
            en: 'Step 3 is empty: the request was not reformulated. Write down the request the client agreed to, the contract of the session.',
          }
          : {
            fr: 'Aucune demande reformulée : l’étape 3 manque. Sans contrat, les suggestions partent dans tous les sens ; ajoutez la demande validée par le client.',
            en: 'No reformulated request: step 3 is missing. Without a contract, suggestions go in every direction; add the request the client agreed to.',
          }),
        data: { reason: told ? 'skipped' : step3 ? 'empty' : 'missing' },
      }];
    }
    const initial = initialRequest(note);
    if (!initial.length) return [];
    const added = newStems(initial, reformulated, note.language);
    const total = contentStems(reformulated.text, note.language).size;
    if (added.length >= 2 || (total > 0 && added.length / total >= 0.5)) return [];
    const first = quote(initial[initial.length - 1].text);
    return [{
      range: reformulated.sentence?.range ?? step3?.heading.range ?? titleRange(note),
      message: say(note.language, {
        fr: `La reformulation « ${quote(reformulated.text)} » redit la demande initiale « ${first} » sans la faire avancer. Une demande reformulée précise la difficulté concrète et le résultat attendu : qu’est-ce qui bloque, pour obtenir quoi, d’ici quand ?`,
        en: `The reformulation "${quote(reformulated.text)}" says the initial request "${first}" again without moving it. A reformulated request names the concrete difficulty and the result wanted: what blocks, to obtain what, by when?`,
      }),
      data: { reason: 'same', added },
    }];
  },
};
