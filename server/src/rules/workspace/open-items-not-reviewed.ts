import { reportsOn } from '../../core/workspace/open';
import { noteName } from '../../core/workspace/views';
import { quote, say } from '../rule';
import { listed, noteQuoted, type WorkspaceRule } from './rule';

/** The items a message quotes; the rest are counted and reached through the related locations. */
const QUOTED = 3;

export const openItemsNotReviewed: WorkspaceRule = {
  id: 'open-items-not-reviewed',
  defaultSeverity: 'warning',
  kinds: ['session', 'meeting', 'unknown'],
  summary: {
    fr: 'Une note qui en suit une autre ne dit pas où en sont les prochaines étapes et actions que celle-ci laissait ouvertes.',
    en: 'A note that follows another does not say where the next steps and actions left open by it stand.',
  },
  check({ index, record }) {
    const before = index.predecessor(record.uri);
    if (!before || (before.date && record.date && before.date > record.date)) return [];
    const forgotten = before.commitments.filter((item) => item.state === 'open' && !reportsOn(record, item));
    if (!forgotten.length) return [];
    const language = record.language;
    const quotes = forgotten.slice(0, QUOTED).map((item) => say(language, { fr: `« ${quote(item.text, 80)} »`, en: `"${quote(item.text, 80)}"` }));
    const more = forgotten.length - QUOTED;
    const items = listed(more > 0 ? [...quotes, say(language, { fr: `${more} autre${more > 1 ? 's' : ''}`, en: `${more} more` })] : quotes, language);
    const previous = noteQuoted(before, noteName(before), language);
    const count = forgotten.length;
    return [{
      range: record.titleRange,
      message: say(language, count === 1
        ? {
          fr: `Cette note suit ${previous} sans dire où en est ce qui y était prévu : ${items}. Notez s’il est fait, en cours ou abandonné : ce qui a été promis et oublié ne se rattrape pas au rendez-vous suivant.`,
          en: `This note follows ${previous} without saying where what it planned stands: ${items}. Write down whether it is done, in progress or dropped: a promise forgotten is not made up for at the next meeting.`,
        }
        : {
          fr: `Cette note suit ${previous} sans dire où en sont ${count} des points qui y étaient prévus : ${items}. Notez pour chacun s’il est fait, en cours ou abandonné : ce qui a été promis et oublié ne se rattrape pas au rendez-vous suivant.`,
          en: `This note follows ${previous} without saying where ${count} of the items it planned stand: ${items}. Write down for each whether it is done, in progress or dropped: a promise forgotten is not made up for at the next meeting.`,
        }),
      related: forgotten.map((item) => ({ uri: before.uri, range: item.range })),
      data: { predecessor: before.uri, items: forgotten.map((item) => item.text) },
    }];
  },
};
