// Headings of the sections that are not co-development steps, matched like step aliases.
import type { SectionRole } from '../core/types';

export const SECTION_ALIASES: Record<SectionRole, string[]> = {
  facts: [
    'faits', 'les faits', 'fait', 'elements factuels', 'donnees factuelles', 'ce que l on sait',
    'facts', 'fact', 'key facts', 'the facts', 'what we know',
  ],
  participants: [
    'participants', 'presents', 'personnes presentes', 'interlocuteurs', 'qui etait la', 'contacts',
    'attendees', 'people', 'who was there', 'present', 'stakeholders', 'parties prenantes',
  ],
  'next-steps': [
    'prochaines etapes', 'prochaine etape', 'suite', 'suites', 'suites a donner', 'la suite', 'next step',
    'next steps', 'follow up', 'followup', 'follow ups', 'way forward', 'actions a mener',
  ],
  decision: [
    'decision', 'processus de decision', 'qui decide', 'circuit de decision', 'decideur', 'decideurs',
    'decision process', 'decision making', 'decision maker', 'decision makers', 'buying process',
    'processus d achat',
  ],
  situation: [
    'situation', 'contexte', 'situation du client', 'enjeux', 'besoin', 'besoins', 'situation de l acheteur',
    'context', 'buyer s situation', 'background', 'needs', 'challenges', 'pain points',
  ],
};

/** Front matter `type:` values. */
export const KIND_VALUES = {
  session: ['session', 'codev', 'codeveloppement', 'co developpement', 'co development', 'codevelopment'],
  meeting: ['meeting', 'rendez vous', 'rdv', 'sales', 'vente', 'client meeting', 'sales meeting', 'reunion'],
};

/** Words in a title that hint at the note's kind when the sections alone are not enough. */
export const KIND_TITLE_WORDS = {
  session: ['codeveloppement', 'codev', 'co developpement', 'co development', 'codevelopment'],
  meeting: ['rendez vous', 'rdv', 'meeting', 'compte rendu de rendez vous', 'sales call', 'discovery call'],
  /** Meetings among colleagues: participants and next steps, but no buyer and nothing to sell. */
  internal: [
    'reunion d equipe', 'reunion interne', 'point d equipe', 'point equipe', 'point hebdo', 'reunion hebdo',
    'reunion de service', 'reunion de suivi interne', 'comite de direction', 'codir', 'comex', 'stand up', 'standup',
    'daily', 'retrospective', 'retro', 'team meeting', 'team sync', 'weekly sync', 'weekly', 'staff meeting',
    'internal meeting', 'all hands', 'one on one', 'sprint review', 'sprint planning',
  ],
};
