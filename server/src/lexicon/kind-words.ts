// What Boussole says about a note's kind (hover on the title, status line, `check --explain`),
// French and English side by side. Recognition vocabulary lives in kind.ts.
import type { KindFamily, Language, NoteKind } from '../core/types';

type Text = Record<Language, string>;

export const KIND_NAMES: Record<NoteKind, Text> = {
  session: { fr: 'séance de codéveloppement', en: 'co-development session' },
  meeting: { fr: 'rendez-vous commercial', en: 'sales meeting' },
  unknown: { fr: 'note ordinaire, non vérifiée', en: 'ordinary Markdown, not checked' },
};

export const KIND_FAMILIES: Record<KindFamily, Text> = {
  'front-matter': { fr: 'l’en-tête le dit', en: 'the front matter says so' },
  steps: { fr: 'les étapes de la méthode, dans l’ordre', en: 'the method’s steps, in order' },
  roles: { fr: 'les rôles de la méthode', en: 'the method’s roles' },
  'method-words': { fr: 'le vocabulaire du codéveloppement', en: 'co-development words' },
  dialogue: { fr: 'des questions au client et ses réponses', en: 'questions to the client and answers' },
  sides: { fr: 'un vendeur et un acheteur', en: 'a seller and a buyer' },
  commercial: { fr: 'des objets commerciaux', en: 'commercial objects' },
  'buyer-roles': { fr: 'les rôles côté acheteur', en: 'the buyer’s roles' },
  'next-steps': { fr: 'des prochaines étapes', en: 'next steps' },
  recap: { fr: 'un mail de suivi à la personne rencontrée', en: 'a recap e-mail to the person met' },
  colleagues: { fr: 'une réunion entre collègues', en: 'a meeting among colleagues' },
  procedure: { fr: 'une procédure ou un tutoriel', en: 'a procedure or how-to' },
  readme: { fr: 'un README ou une documentation', en: 'a README or documentation' },
  retrospective: { fr: 'une rétrospective', en: 'a retrospective' },
  adr: { fr: 'une décision d’architecture ou une RFC', en: 'an ADR or RFC' },
  plan: { fr: 'un plan de projet', en: 'a project plan' },
  playbook: { fr: 'un guide, un script ou un modèle', en: 'a playbook, script or template' },
  minutes: { fr: 'un compte rendu de réunion', en: 'meeting minutes' },
  archive: { fr: 'un journal de plusieurs réunions datées', en: 'a log of many dated meetings' },
  crowd: { fr: 'une réunion de groupe : beaucoup de participants ou d’intervenants, ou un modérateur, aucun vendeur', en: 'a group’s meeting: many people listed or speaking, or a moderator, nobody selling' },
  template: { fr: 'un modèle pas encore rempli', en: 'a template not filled in yet' },
};

export const KIND_WHY = {
  readAs: { fr: 'Lu comme', en: 'Read as' } as Text,
  because: { fr: 'Parce que', en: 'Because of' } as Text,
  against: { fr: 'Contre', en: 'Against' } as Text,
  confidence: { fr: 'confiance', en: 'confidence' } as Text,
  line: { fr: 'l.', en: 'line' } as Text,
  separator: { fr: ' ; ', en: '; ' } as Text,
  quote: { fr: (text: string) => `« ${text} »`, en: (text: string) => `“${text}”` },
  draft: {
    fr: 'Modèle pas encore rempli : aucune remarque tant que ses champs ne sont pas écrits.',
    en: 'Template not filled in yet: no finding until its fields are written.',
  } as Text,
  change: {
    fr: 'Pour changer : `type: codev`, `type: rdv` ou `type: none` (ne pas vérifier) dans l’en-tête YAML.',
    en: 'To change it: `type: session`, `type: meeting` or `type: none` (do not check) in the YAML front matter.',
  } as Text,
  /** The status line's short form: "séance : étapes, rôles". */
  short: {
    fr: (kind: string, families: string[]) => `lu comme ${kind}${families.length ? ` : ${families.join(', ')}` : ''}`,
    en: (kind: string, families: string[]) => `read as ${kind}${families.length ? `: ${families.join(', ')}` : ''}`,
  },
};
