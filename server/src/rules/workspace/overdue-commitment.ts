import { dueOf, reportsOn } from '../../core/workspace/open';
import { titleLocation } from '../../core/workspace/views';
import { quote, say } from '../rule';
import { spokenDate, type WorkspaceRule } from './rule';

export const overdueCommitment: WorkspaceRule = {
  id: 'overdue-commitment',
  defaultSeverity: 'warning',
  kinds: ['session', 'meeting', 'unknown'],
  summary: {
    fr: 'Une prochaine étape ou une action datée a passé sa date, et aucune note ultérieure du compte ou du client ne dit où elle en est.',
    en: 'A dated next step or action is past its date, and no later note of the account or client says where it stands.',
  },
  check({ index, record, today }) {
    // A note with nothing before or after it (one file checked, a folder of unrelated notes, two
    // variants of one day) keeps no history here: whether its step was done may be written anywhere.
    const later = index.laterNotes(record.uri);
    if (!later.length && !index.predecessor(record.uri)) return [];
    return record.commitments.flatMap((item) => {
      const due = dueOf(index, record, item);
      if (item.state !== 'open' || !due || due >= today || later.some((note) => reportsOn(note, item))) return [];
      const language = record.language;
      const when = spokenDate(due, language);
      const who = item.ownerName ?? item.target ?? (item.owner === 'buyer' ? say(language, { fr: 'votre interlocuteur', en: 'your contact' }) : undefined);
      return [{
        range: item.range,
        message: say(language, later.length
          ? {
            fr: `« ${quote(item.text, 80)} » était prévu pour le ${when} : la date est passée et les notes suivantes n’en disent rien. ${who ? `Relancez ${who} ou notez` : 'Notez'} où il en est : fait, décalé ou abandonné.`,
            en: `"${quote(item.text, 80)}" was due on ${when}: the date has passed and the later notes say nothing of it. ${who ? `Follow up with ${who} or write down` : 'Write down'} where it stands: done, moved or dropped.`,
          }
          : {
            fr: `« ${quote(item.text, 80)} » était prévu pour le ${when} : la date est passée et aucune note ne dit où il en est. ${who ? `Relancez ${who} ou notez` : 'Notez'} ce qui s’est passé : fait, décalé ou abandonné.`,
            en: `"${quote(item.text, 80)}" was due on ${when}: the date has passed and no note says where it stands. ${who ? `Follow up with ${who} or write down` : 'Write down'} what happened: done, moved or dropped.`,
          }),
        related: later.map(titleLocation),
        data: { due, text: item.text },
      }];
    });
  },
};
