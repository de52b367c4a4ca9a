// Details shown next to sections and next steps in the outline, French and English side by side.
import type { Language, SectionRole } from '../core/types';

type Text = Record<Language, string>;

export const SYMBOL_WORDS = {
  roles: {
    facts: { fr: 'Faits', en: 'Facts' },
    participants: { fr: 'Participants', en: 'Participants' },
    'next-steps': { fr: 'Prochaines étapes', en: 'Next steps' },
    decision: { fr: 'Décision', en: 'Decision' },
    situation: { fr: 'Situation', en: 'Situation' },
  } satisfies Record<SectionRole, Text>,
  decider: { fr: 'décideur', en: 'decider' } as Text,
  notDecider: { fr: 'non-décideur', en: 'not decider' } as Text,
};
