import { accountPeople } from '../../core/workspace/people';
import { noteName, titleLocation } from '../../core/workspace/views';
import { say } from '../rule';
import { describe, nameInSentence } from '../../core/meeting/decider';
import { meetingsEndingWith, occasions } from './account';
import { distinct, listed, type WorkspaceRule } from './rule';

/** One meeting is the per-note rules' business; from two, the pattern is the account's. */
const MIN_MEETINGS = 2;

export const deciderNeverMet: WorkspaceRule = {
  id: 'decider-never-met',
  defaultSeverity: 'warning',
  kinds: ['meeting'],
  summary: {
    fr: 'Un compte a une proposition, un devis ou un pronostic en cours, et aucune de ses notes ne rapporte un rendez-vous avec le décideur.',
    en: 'An account has a proposal, quote or forecast on the table, and none of its notes records a meeting with the decider.',
  },
  check({ index, record }) {
    const meetings = meetingsEndingWith({ index, record, today: '' });
    if (!meetings || occasions(meetings) < MIN_MEETINGS) return [];
    const deals = meetings.filter((note) => note.deal);
    if (!deals.length || meetings.some((note) => note.decider.met)) return [];
    const people = accountPeople(meetings).filter((person) => person.side === 'buyer');
    const deciders = people.filter((person) => person.decision === 'decider');
    if (deciders.some((person) => person.met.length)) return [];
    const account = index.accountName(index.accountKeyOf(record.uri)!) ?? record.account?.name ?? '';
    const superiorOf = [...meetings].reverse().find((note) => note.decider.superiorOf)?.decider.superiorOf;
    const names = deciders.map((person) => describe(person, record.language));
    const language = record.language;
    const who = names.length
      ? listed(names, language)
      : superiorOf ? say(language, { fr: `le N+1 ou N+2 de ${superiorOf}`, en: `${superiorOf}'s manager (N+1 or N+2)` }) : undefined;
    const count = meetings.length;
    const forecast = deals.some((note) => note.deal!.forecast);
    const proposal = deals.some((note) => !note.deal!.forecast);
    const stake = say(language, forecast && proposal
      ? { fr: 'une proposition et un pronostic en jeu', en: 'a proposal and a forecast on the table' }
      : forecast ? { fr: 'un pronostic noté', en: 'a forecast recorded' } : { fr: 'une proposition en jeu', en: 'a proposal on the table' });
    const related = [
      ...deals.filter((note) => note !== record).map((note) => ({ uri: note.uri, range: note.deal!.range })),
      ...deciders.flatMap((person) => person.seen.slice(0, 1))
        .filter(({ record: seen }) => seen !== record)
        .map(({ record: seen, person }) => ({ uri: seen.uri, range: person.evidenceRange ?? person.range })),
    ];
    return [{
      range: record.titleRange,
      message: say(language, who
        ? {
          fr: `${count} rendez-vous avec ${account}, ${stake}, et le décideur, ${who}, n’a été rencontré dans aucun : une proposition qui n’a pas vu le décideur fait avancer votre processus de vente, pas son processus d’achat. Prochaine étape : un rendez-vous avec ${names.length === 1 ? nameInSentence(deciders[0], language) : 'lui'}.`,
          en: `${count} meetings with ${account}, ${stake}, and the decider, ${who}, was met in none of them: a proposal the decider has not seen moves your sales process, not their buying process. Next step: a meeting with ${names.length === 1 ? nameInSentence(deciders[0], language) : 'them'}.`,
        }
        : {
          fr: `${count} rendez-vous avec ${account}, ${stake}, et aucune note ne dit qui décide ni ne rapporte un rendez-vous avec lui. Qui signera ? Demandez-le, puis obtenez un rendez-vous avec cette personne.`,
          en: `${count} meetings with ${account}, ${stake}, and no note says who decides or records a meeting with them. Who will sign? Ask, then get a meeting with that person.`,
        }),
      related: distinct([...related, ...meetings.filter((note) => note !== record && !note.deal).map(titleLocation)])
        .sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start.line - b.range.start.line)),
      data: { account, meetings: meetings.map(noteName), deciders: deciders.map((person) => person.name) },
    }];
  },
};
