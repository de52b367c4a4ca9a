// The vocabulary of the workspace index: how accounts are named, what a title says besides the
// account, and how a commitment says it is done or dropped. French and English side by side, as
// normalised words (lower case, no accents, no punctuation).

/** Legal forms left out of an account's key, so "Acme SAS" and "Acme" are one account. */
export const LEGAL_FORMS: readonly string[] = [
  'sa', 'sas', 'sasu', 'sarl', 'eurl', 'sca', 'scop', 'gie', 'inc', 'ltd', 'llc', 'plc', 'gmbh', 'ag', 'bv', 'nv', 'corp', 'co',
];

/**
 * Words of a meeting note's title that are not the account's name: "Premier rendez-vous – Machin
 * Industries", "Acme Logistics – renewal discovery meeting", "Suivi : Transports Girard".
 */
export const TITLE_WORDS: readonly string[] = [
  'rdv', 'rendez', 'vous', 'premier', 'premiere', 'deuxieme', 'second', 'seconde', 'troisieme', 'nouveau', 'nouvel',
  'point', 'appel', 'reunion', 'rencontre', 'visite', 'suivi', 'relance', 'decouverte', 'renouvellement', 'demo',
  'demonstration', 'presentation', 'proposition', 'negociation', 'atelier', 'dejeuner', 'compte', 'rendu', 'cr', 'notes',
  'note', 'client', 'cliente', 'prospect', 'prospection', 'commercial', 'commerciale', 'avec', 'chez', 'de', 'du', 'des',
  'la', 'le', 'les', 'l', 'd', 'et', 'au', 'aux', 'pour', 'sur', 'janvier', 'fevrier', 'mars', 'avril', 'mai', 'juin',
  'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre',
  'call', 'meeting', 'follow', 'up', 'followup', 'first', 'third', 'discovery', 'renewal', 'intro', 'introductory',
  'kickoff', 'kick', 'off', 'sales', 'customer', 'account', 'review', 'qbr', 'workshop', 'lunch', 'visit', 'proposal',
  'negotiation', 'closing', 'with', 'at', 'of', 'the', 'a', 'an', 'and', 'for', 'on', 'january', 'february', 'march',
  'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
];

/** A commitment its own note says was dropped: "~~…~~", "(annulé)", "dropped". */
export const DROPPED_WORDS: readonly string[] = [
  'abandonne', 'abandonnee', 'abandonnes', 'annule', 'annulee', 'annules', 'sans objet', 'plus d actualite',
  'laisse tomber', 'dropped', 'cancelled', 'canceled', 'abandoned', 'no longer needed', 'not needed anymore',
];

/** A commitment its own note says is done, when written at its end: "… (fait)", "… – done". */
export const DONE_ENDINGS: readonly string[] = ['fait', 'faite', 'faits', 'termine', 'terminee', 'done', 'completed', 'finished'];

/**
 * What makes an account's notes a deal in progress, besides a forecast: a proposal or a quote
 * sent, asked for or being prepared.
 */
export const DEAL_OBJECTS: readonly string[] = [
  'proposition', 'propositions', 'proposition commerciale', 'propale', 'propal', 'devis', 'chiffrage', 'offre commerciale',
  'offre de prix', 'offre chiffree', 'cotation', 'proposal', 'proposals', 'quote', 'quotes', 'quotation', 'pricing proposal',
  'commercial offer', 'formal offer', 'estimate', 'statement of work', 'sow',
];

/** Month names, for dates in messages. */
export const MONTHS: Record<'fr' | 'en', readonly string[]> = {
  fr: ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
};
