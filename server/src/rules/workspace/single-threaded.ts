import { accountPeople } from '../../core/workspace/people';
import { titleLocation } from '../../core/workspace/views';
import { say } from '../rule';
import { describe } from '../../core/meeting/decider';
import { meetingsEndingWith, occasions } from './account';
import type { WorkspaceRule } from './rule';

/** Two meetings with the same champion is ordinary; from three, the account hangs on one person. */
const MIN_MEETINGS = 3;

export const singleThreaded: WorkspaceRule = {
  id: 'single-threaded',
  defaultSeverity: 'info',
  kinds: ['meeting'],
  summary: {
    fr: 'Toutes les notes d’un compte ne montrent qu’un seul et même interlocuteur chez le client.',
    en: 'Every note of an account shows the same single contact on the buyer’s side.',
  },
  check({ index, record }) {
    const meetings = meetingsEndingWith({ index, record, today: '' });
    if (!meetings) return [];
    const people = accountPeople(meetings).filter((person) => person.side === 'buyer' && !person.body);
    // A note that shows nobody on the buyer's side (an e-mail recap) neither counts nor contradicts.
    const withContacts = meetings.filter((note) => people.some((person) => person.met.some((met) => met.record === note)));
    const met = people.filter((person) => person.met.length);
    if (occasions(withContacts) < MIN_MEETINGS || met.length !== 1) return [];
    const [contact] = met;
    if (contact.met.length !== withContacts.length) return [];
    const account = index.accountName(index.accountKeyOf(record.uri)!) ?? record.account?.name ?? '';
    const count = withContacts.length;
    return [{
      range: record.titleRange,
      message: say(record.language, {
        fr: `Les ${count} rendez-vous avec ${account} n’ont réuni qu’une personne côté client, ${describe(contact)} : si elle change de poste ou se tait, l’affaire s’arrête. Qui d’autre est concerné (utilisateurs, finance, direction) ? Demandez à ${contact.name} de vous le présenter.`,
        en: `All ${count} meetings with ${account} involved a single person on the buyer’s side, ${describe(contact)}: if they move on or go quiet, the deal stops. Who else has a stake (users, finance, leadership)? Ask ${contact.name} to introduce you.`,
      }),
      related: withContacts.filter((note) => note !== record).map(titleLocation),
      data: { account, contact: contact.name, meetings: count },
    }];
  },
};
