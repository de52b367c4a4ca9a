// Headings of the sections that are not co-development steps, matched like step aliases.
import type { SectionRole } from '../core/types';

export const SECTION_ALIASES: Record<SectionRole, string[]> = {
  facts: [
    'faits', 'les faits', 'fait', 'elements factuels', 'donnees factuelles', 'ce que l on sait',
    'facts', 'fact', 'key facts', 'the facts', 'what we know',
  ],
  participants: [
    'participants', 'presents', 'personnes presentes', 'interlocuteurs', 'qui etait la', 'contacts',
    'attendees', 'people', 'who was there', 'present', 'stakeholders', 'parties prenantes', 'autour de la table',
    'who was on the call', 'who joined', 'who attended', 'in attendance',
  ],
  'next-steps': [
    'prochaines etapes', 'prochaine etape', 'suite', 'suites', 'suites a donner', 'la suite', 'next step',
    'next steps', 'next', 'next up', 'follow up', 'followup', 'follow ups', 'way forward', 'actions a mener',
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
