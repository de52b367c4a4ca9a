// How meeting notes speak of the people around a deal: who was there, who decides, signs or holds
// the budget, who does not, and when the writer says nobody knows yet. French and English side by
// side; phrases are matched as whole words on normalised text (lower case, no accents).
import { ATTENDEE_LIST_LABELS } from './labels';

/**
 * Line labels that list the people met: the reading layer's ("Présents : A, B, moi", "Attendees: …",
 * CRM "Contact :"), plus those a meeting note uses for its people and an e-mail's recipients.
 */
export const ATTENDEE_LABELS: readonly string[] = [
  ...ATTENDEE_LIST_LABELS, 'personnes presentes', 'people', 'met', 'a', 'to', 'cc',
];

/** Attendee labels whose people were not all met: e-mail recipients who may be absent are still named. */
export const ADDRESS_LABELS: readonly string[] = ['a', 'to', 'cc'];

/** Greetings that open an e-mail recap: the person greeted is the one "vous" and "you" speak to. */
export const GREETINGS: readonly string[] = ['bonjour', 'hello', 'hi', 'hey', 'dear', 'cher', 'chere', 'salut'];

/** Honorifics before a surname: "Mme Vasseur", "M. Caron", "Dr Paul Aymard". */
export const HONORIFICS: readonly string[] = [
  'm', 'mme', 'mlle', 'madame', 'monsieur', 'mademoiselle', 'mr', 'mrs', 'ms', 'dr', 'pr', 'me', 'docteur', 'doctor',
  'professeur', 'professor', 'maitre',
];

/** Honorifics a dictated memo writes in lower case: "j'ai vu madame Costa", "le docteur Lemaire". */
export const SPOKEN_HONORIFICS: readonly string[] = [
  'madame', 'monsieur', 'mademoiselle', 'docteur', 'doctor', 'professeur', 'professor', 'maitre',
];

/** Nouns before a name that make it an organisation's: "du groupe Hôtels Mistral", "the firm Baker Hale". */
export const ORGANISATION_NOUNS: readonly string[] = [
  'groupe', 'societe', 'entreprise', 'cabinet', 'agence', 'enseigne', 'chaine', 'reseau', 'group', 'company', 'firm', 'agency', 'chain',
];

/** Words that open a narrative list of the people met: "Rencontré Marc Olivier, …, et Clémence Tardieu". */
export const MET_CUES: readonly string[] = [
  'rencontre', 'rencontree', 'vu', 'vue', 'nous a rejoints', 'nous a rejoint', 'a rejoint', 'etait present',
  'etait presente', 'met', 'met with', 'coffee with', 'coffee w', 'lunch with', 'spent an hour with', 'joined', 'joined us',
  'sat with', 'walked', 'call w', 'off the phone with', 'spoke with', 'spoke to', 'talked with', 'talked to',
  // Past acts only: "un rendez-vous avec X" may be one still to come.
  'ai eu au telephone', 'sorti du rdv avec', 'discute avec', 'echange avec', 'dejeune avec',
  // Today's occasion: "Short call today with Daniel Ortiz (COO)", "Visio ce matin avec Mme Roux (DAF)".
  'call today with', 'call this morning with', 'call this afternoon with', 'meeting today with', 'meeting this morning with',
  'appel ce matin avec', 'appel aujourd hui avec', 'visio ce matin avec', 'visio aujourd hui avec', 'rdv ce matin avec',
  'rdv aujourd hui avec',
];

/** Words that may open a sentence before its occasion: "Short call today with…", "Petit rdv ce matin avec…". */
export const OCCASION_ADJECTIVES: readonly string[] = [
  'short', 'quick', 'brief', 'long', 'good', 'great', 'first', 'second', 'petit', 'petite', 'bon', 'bonne', 'court',
  'courte', 'rapide', 'long', 'premier', 'premiere', 'nouvel', 'nouveau', 'nouvelle',
];

/** A participants list's part for those who were not there: "Absents", "Excusés", "Apologies". */
export const ABSENT_TITLES: readonly string[] = [
  'absent', 'absents', 'absente', 'absentes', 'excuse', 'excuses', 'excusee', 'excusees', 'apologies', 'not present',
];

/** Labels of an inline list of the people who were not there: "Absents : …", "pas là : …", "not on the call: …". */
export const ABSENT_LIST_LABELS: readonly string[] = [
  ...ABSENT_TITLES, 'pas la', 'pas presents', 'pas presentes', 'pas present', 'pas presente', 'not there', 'not on the call',
  'missing', 'regrets',
];

/** Said of someone who was not in the meeting. */
export const ABSENT_CUES: readonly string[] = [
  'non rencontre', 'non rencontree', 'pas rencontre', 'pas rencontree', 'pas encore rencontre', 'pas encore rencontree', 'jamais rencontre', 'pas vu', 'pas vue', 'absent',
  'absente', 'excuse', 'excusee', 'n etait pas la', 'n etait pas disponible', 'pas disponible', 'n a pas pu venir',
  'pas present', 'pas presente', 'ne l ont pas encore saisi', 'pas dans la boucle', 'pas au call', 'pas a l appel',
  'pas en visio', 'pas au rdv',
  'not met', 'never met', 'not yet met', 'not met yet', 'haven t met', 'have not met', 'not seen', 'wasn t there', 'was not there', 'wasn t in the room', 'was not in the room',
  'was not on the call', 'wasn t on the call', 'not on the call', 'not in the loop', 'not in the meeting', 'couldn t make it',
  'could not make it', 'not present', 'didn t attend', 'did not attend', 'absent today', 'wasn t available',
];

/** Table column headers: who decides, whether they were there, and what each step's owner and date are. */
export const TABLE_COLUMNS = {
  name: ['nom', 'name', 'qui', 'who', 'personne', 'person', 'participant', 'contact'],
  title: ['fonction', 'role', 'titre', 'title', 'poste', 'position', 'job title'],
  decides: ['decide', 'decides', 'decideur', 'decider', 'role dans la decision', 'decision', 'decision role', 'signe', 'signs'],
  met: ['present', 'presente', 'met today', 'met', 'rencontre', 'here', 'attended', 'la'],
  owner: ['responsable', 'owner', 'qui', 'who', 'porteur', 'pilote', 'par', 'by'],
  date: ['echeance', 'deadline', 'date', 'quand', 'when', 'due', 'due date', 'pour le', 'by when', 'delai'],
  action: ['action', 'actions', 'tache', 'task', 'quoi', 'what', 'etape', 'step', 'next step', 'prochaine etape'],
};

/** Cell values. */
export const YES_WORDS: readonly string[] = ['oui', 'yes', 'y', 'o', 'x', 'true', 'vrai', 'decideur', 'decider', 'decides', 'decide', 'signe', 'signs'];
export const NO_WORDS: readonly string[] = ['non', 'no', 'n', 'false', 'faux'];

/** Who a decision statement speaks of, besides names: a body that decides. */
export const DECIDING_BODIES: readonly string[] = [
  'comite d investissement', 'comite de direction', 'comite d engagement', 'comite executif', 'codir', 'comex',
  'conseil d administration', 'conseil de surveillance', 'direction generale', 'board', 'investment committee',
  'executive committee', 'steering committee', 'leadership team', 'board of directors', 'partners',
];

/**
 * A body named mid-sentence takes an article: the words that already give it one, and the French
 * bodies whose article is not "le" ("la direction générale", "les associés"; "l’" before a vowel).
 */
export const BODY_DETERMINERS: readonly string[] = [
  'le', 'la', 'les', 'l', 'notre', 'votre', 'leur', 'son', 'sa', 'ses', 'ce', 'cette', 'the', 'our', 'your', 'their', 'its', 'his', 'her', 'this',
];
export const BODY_FEMININE_FR: readonly string[] = ['direction', 'commission', 'equipe', 'assemblee', 'gerance', 'presidence', 'cellule', 'instance', 'team'];
export const BODY_PLURALS_FR: readonly string[] = ['associes', 'actionnaires', 'dirigeants', 'partners'];

/**
 * Decision statements. `before`: the one who decides comes before the words ("Rebecca decides",
 * "…, qui arbitre les budgets"). `after`: they come after ("la signature revient au DG", "the budget
 * is held by the head of operations", "EB = Graham Pike").
 */
export const DECISION_PHRASES = {
  before: [
    'decide', 'decident', 'decidera', 'decideront', 'decide seul', 'decide seule', 'decidez', 'decides', 'decide on',
    'will decide', 'decides alone', 'signe', 'signera', 'signent', 'signez', 'signs', 'will sign', 'signs off',
    'signs everything', 'tranche', 'tranchera', 'tranchent', 'arbitre', 'arbitrera', 'arbitrent', 'arbitrez',
    'valide seul', 'valide seule', 'validez seul', 'validez seule', 'approuve', 'holds the budget', 'owns the budget',
    'owns the ops budget', 'own the budget', 'has the budget', 'a le budget', 'porte le budget', 'detient le budget',
    'makes the call', 'makes the final call', 'make the final call', 'has the final call', 'has final call', 'has the final say', 'has the last word',
    'a le dernier mot', 'a la main sur le budget', 'approves', 'approves spend', 'owns the decision', 'is the decision maker',
    'est le decideur', 'est la decideuse', 'est decideur', 'est decideuse', 'sets the budget', 'is the one who decides',
    'c est lui qui decide', 'c est elle qui decide', 'signs off on',
    'is the one who signs', 'is the one who signs off', 'is the one who approves', 'is the one who has the final say',
    'est celui qui decide', 'est celle qui decide', 'est celui qui signe', 'est celle qui signe',
    'has to approve', 'still has to approve', 'needs to approve', 'must approve', 'has to sign off', 'needs to sign off',
    'doit signer', 'devra signer', 'approuvera',
    'aura le dernier mot', 'aurez le dernier mot', 'avez le dernier mot', 'aura le mot de la fin',
    'will have the final say', 'will have the last word', 'has final say', 'gets the final say', 'has the final word',
    'calls the shots', 'has final say on', 'valide en dernier', 'makes the decision', 'will make the decision', 'makes the buying decision',
  ],
  after: [
    'revient a', 'revient au', 'revient aux', 'reviennent a', 'reviennent au', 'reviennent aux', 'releve de', 'releve du',
    'depend de', 'depend du', 'est du ressort de',
    'appartient a', 'appartient au', 'valide par', 'validee par', 'valides par', 'validees par', 'faire valider par',
    'signe par', 'signee par', 'arbitre par', 'decide par', 'decidee par', 'tranche par', 'sera prise par', 'est prise par',
    'sera prise conjointement par', 'seront prises par',
    // A route to whoever approves: only a title after it counts ("passent par le directeur des opérations",
    // not "je passe par Julie", "go through the roadmap with Dan"); see ROUTE_PHRASES.
    'passent par', 'passe par', 'goes through', 'go through',
    'held by', 'is held by', 'owned by', 'taken by', 'will be taken by', 'made by', 'signed off by', 'signed by',
    'approved by', 'decided by', 'set by', 'goes to', 'sits with', 'rests with', 'lies with', 'is down to', 'is up to',
    'final call is', 'the final call is', 'final say is', 'decision is', 'c est', 'it s', 'it is',
    'decision reste a', 'decision reste au', 'decision restera a', 'signature reste a', 'signature reste au',
    'decision stays with', 'decision remains with',
    'the one who decides is', 'the one who signs is', 'the one who signs off is', 'the person who decides is',
    'the person who signs is', 'final say is with', 'final say lies with', 'final say rests with', 'final call is with',
    'la personne qui decide est', 'la personne qui signe est', 'celui qui decide c est', 'celle qui decide c est',
    'celui qui signe c est', 'celle qui signe c est', 'celui qui tranche c est', 'celle qui tranche c est',
    'qui decide c est', 'qui signe c est', 'qui tranche c est',
    'budget owner is', 'the budget owner is', 'budget holder is', 'the budget holder is', 'economic buyer is', 'the economic buyer is', 'eb is', 'the eb is',
    'decision maker is', 'the decision maker is', 'le decideur est', 'la decideuse est', 'le decideur c est',
    'la decideuse c est', 'le signataire est', 'la signataire est',
  ],
  /** Labels that introduce the decider: "Décideur : …", "EB = …", "Decision maker: …". */
  labels: [
    'decideur', 'decideurs', 'decideuse', 'decisionnaire', 'qui decide', 'qui signe', 'signataire', 'decision finale',
    'decision maker', 'decision makers', 'decider', 'deciders', 'who decides', 'who signs', 'final decision', 'economic buyer',
    'eb', 'dm', 'signer', 'budget owner', 'budget holder', 'sponsor economique',
    // In a cleft, after the one named: "c'est le conseil d'administration qui valide tout achat".
    'qui valide', 'qui validera',
  ],
};

/** "After" phrases that name a route: the one after them decides only when named by a title. */
export const ROUTE_PHRASES: readonly string[] = ['passent par', 'passe par', 'goes through', 'go through'];

/** Only these "after" phrases need a decision word nearby: "c'est X qui tranche", "it's the CEO who signs". */
export const CLEFT_PHRASES: readonly string[] = ['c est', 'it s', 'it is'];

/** Words that make a sentence about the decision, for the cleft and the vaguer "after" phrases. */
export const DECISION_WORDS: readonly string[] = [
  'decision', 'decide', 'decident', 'decider', 'signe', 'signature', 'signer', 'budget', 'budgets', 'arbitre', 'tranche',
  'tranchera', 'valider', 'validation', 'investissement', 'investissements', 'final call', 'call', 'sign', 'signs',
  'sign off', 'signature', 'approval', 'approve', 'spend', 'decides', 'decision maker', 'final say', 'dernier mot',
];

/** A statement that someone does NOT decide: "Marc … n'y vote pas", "Jason doesn't decide". */
export const NOT_DECIDING: readonly string[] = [
  'n y vote pas', 'ne vote pas', 'ne decide pas', 'ne signe pas', 'ne decidera pas', 'n a pas la main', 'doit faire valider',
  'doivent faire valider', 'deviez faire valider', 'devait faire valider', 'doit faire signer', 'doesn t decide',
  'does not decide', 'doesn t sign', 'does not sign', 'won t decide', 'has no say', 'has to get approval', 'not the decider',
  'isn t the decider', 'is not the decider', 'doesn t make the call', 'does not make the call', 'doesn t have the final say',
  'n est pas decideur', 'n est pas decideuse', 'n est pas le decideur', 'n est pas la decideuse', 'n a pas le dernier mot',
  'ne tranche pas', 'n a pas de budget', 'n a pas le budget', 'has no budget', 'doesn t have a budget', 'doesn t own the budget',
];

/**
 * Someone who does not decide, and the one they defer to, named after the words: "needs to run it by
 * his boss, the district CFO, Helen Tran", "doit passer par le DG". The first does not decide, the second does.
 */
export const DEFERS_TO: readonly string[] = [
  'needs sign off from', 'needs approval from', 'has to take it to', 'needs to run it by', 'has to run it by', 'will run it by',
  'needs to check with', 'has to check with', 'doit passer par', 'doit en parler a', 'doit voir avec', 'doit convaincre',
  'doit remonter a', 'doit remonter au',
];

/** The writer says nobody knows yet who decides. */
export const UNKNOWN_DECIDER: readonly string[] = [
  'a identifier', 'a definir', 'a determiner', 'a confirmer', 'a trouver', 'inconnu', 'inconnue', 'on ne sait pas',
  'ne sait pas', 'ne savent pas', 'ne sais pas', 'personne ne sait', 'pas clair', 'flou', 'aucune idee',
  'tbd', 'tbc', 'to be confirmed', 'to be defined', 'unknown', 'unclear', 'no idea', 'not sure', 'don t know',
  'doesn t know', 'didn t get to', 'nobody knows', 'no one knows', 'not known',
];

/** Role words for the rest of the buying side: "Aisha = champion", "(influenceur)". */
export const ROLE_WORDS = {
  champion: ['champion', 'championne', 'sponsor', 'coach', 'allie', 'allier', 'ally'],
  influences: ['influenceur', 'influenceuse', 'influencer', 'prescripteur', 'prescriptrice', 'prescriber', 'utilisateur',
    'utilisatrice', 'user', 'main user', 'rapporteur', 'evaluateur', 'evaluator'],
  validates: ['valide', 'validates', 'approver', 'technical approver', 'validation technique', 'avis consultatif',
    'runs the paperwork', 'achats', 'procurement'],
};

/** Pronouns that stand for the person an e-mail recap is written to. */
export const ADDRESSEE_PRONOUNS: readonly string[] = ['vous', 'you', 'votre', 'your', 'vos', 'toi', 'tu'];
/** Pronouns that stand for the person last named. */
export const PERSON_PRONOUNS: readonly string[] = ['il', 'elle', 'lui', 'he', 'she', 'him', 'her', 'herself', 'himself'];

/**
 * The heads of job titles, to tell "Jason Whitley, the plant's IT lead" (a title) from "Imprimerie
 * Fargier (Roanne)" (a place). Decider and non-decider titles of lexicon/people.ts count too.
 */
export const TITLE_HEADS: readonly string[] = [
  'manager', 'lead', 'head', 'officer', 'partner', 'supervisor', 'controller', 'administrator', 'planner', 'advisor',
  'adviser', 'master', 'representative', 'executive', 'secretary', 'treasurer', 'accountant', 'clerk', 'principal',
  'resp', 'cadre', 'chef', 'cheffe', 'gestionnaire', 'controleur', 'controleuse', 'approvisionneur', 'approvisionneuse',
  'tresorier', 'tresoriere', 'econome', 'pharmacien', 'pharmacienne', 'preparatrice', 'preparateur', 'anesthesiste',
  'rapporteur', 'comptable', 'juriste', 'adjoint', 'adjointe', 'secretaire', 'ingenieur', 'ingenieure', 'acheteur',
  'acheteuse', 'dgs', 'dg', 'daf', 'dsi', 'rssi', 'cio', 'ciso', 'coo', 'ceo', 'cfo', 'cto', 'md', 'it', 'ops',
  'associe', 'associee', 'titulaire', 'gerant', 'gerante', 'pdg', 'owner', 'founder', 'director',
];

/** Verbs that open a line of notes before the people met: "Vu Sophie Lenoir", "Rencontré…", "Called Dana Fox". */
export const MET_OPENING_VERBS: readonly string[] = [
  'vu', 'vue', 'revu', 'revue', 'rencontre', 'rencontree', 'rencontres', 'appele', 'appelee', 'croise', 'croisee', 'eu',
  'visite', 'saw', 'called', 'rang', 'phoned', 'spoke', 'talked', 'visited', 'emailed', 'pinged',
];

/** Days a list may name beside people ("demo w/ Raj + team, Tue 14th"): alone or before a number, no name. */
export const DAY_WORDS: readonly string[] = [
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tue', 'tues', 'wed', 'thu',
  'thur', 'thurs', 'fri', 'sat', 'sun', 'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'lun',
  'mer', 'jeu', 'ven', 'today', 'tomorrow', 'tonight', 'aujourd hui', 'demain', 'ce soir',
];
