// What tells a note's kind, as independent families of evidence, French and English side by side.
// Phrases are matched as whole words on normalised text (lower case, no accents, no punctuation).
import type { StepNumber } from '../core/types';
import { SELLER_MARKERS } from './people';

/** Front matter `type:` values; `none` opts a file out of every check. */
export const KIND_VALUES = {
  session: ['session', 'codev', 'codeveloppement', 'co developpement', 'co development', 'codevelopment', 'seance'],
  meeting: ['meeting', 'rendez vous', 'rdv', 'sales', 'vente', 'client meeting', 'sales meeting', 'reunion', 'call'],
  none: ['none', 'other', 'autre', 'aucun', 'aucune', 'no', 'non', 'false', 'off'],
};

// ── Session ──────────────────────────────────────────────────────────────────────────────────

/**
 * The names a heading gives a step when it speaks the method's language. Looser aliases
 * ("Présentation", "Idées", "Questions ouvertes") name a step only once the note is a session.
 */
export const STEP_NAMES: Record<StepNumber, readonly string[]> = {
  1: [
    'expose', 'expose du client', 'expose de la situation', 'presentation du probleme', 'presentation de la situation',
    'demande initiale', 'client s presentation', 'client presentation', 'problem statement', 'presentation du cas',
    'expose du cas', 'presentation of the case', 'case presentation', 'initial request', 'presentation',
  ],
  2: [
    'questions de clarification', 'clarification', 'questions d eclaircissement', 'eclaircissement',
    'clarification questions', 'clarifying questions', 'questions de clarifications',
  ],
  3: [
    'reformulation', 'reformulation de la demande', 'demande reformulee', 'contrat', 'contrat de consultation',
    'reformulated request', 'reformulating the request', 'contract', 'reframing', 'request reformulated',
  ],
  4: [
    'reactions et suggestions', 'reactions', 'suggestions', 'reactions commentaires suggestions', 'consultation',
    'reactions and suggestions', 'suggestions du groupe', 'idees du groupe',
  ],
  5: [
    'synthese', 'plan d action', 'synthese et plan d action', 'synthese du client', 'action plan', 'synthesis',
    'synthesis and action plan', 'plan d actions',
  ],
  6: [
    'apprentissages', 'apprentissage', 'lecons', 'lecons apprises', 'ce que j ai appris', 'learnings',
    'lessons learned', 'lessons learnt', 'what we learnt', 'what we learned', 'conclusion et apprentissages',
  ],
};

/**
 * How a paragraph of a session told in prose opens its step: "Nadia nous a exposé sa situation",
 * "En réponse aux questions, elle a précisé…", "We reformulated: …", "Aurélie will think about it",
 * "Ce que le groupe a appris : …". Read in the first words of a paragraph, with the step names, and
 * only in increasing order in a session whose layout shows no step.
 */
export const STEP_OPENINGS: Record<StepNumber, readonly string[]> = {
  1: ['nous a expose', 'a expose', 'a presente sa', 'a presente son', 'nous a raconte', 'presented her', 'presented his', 'presented their', 'told us about', 'situation',
    'etait notre client', 'etait notre cliente', 'est notre client', 'est notre cliente', 'was our client', 'opened by explaining', 'started by explaining',
    'nous a explique', 'a commence par expliquer', 'a ouvert en expliquant'],
  2: ['questions', 'aux questions', 'on lui a demande', 'a precise', 'nous avons demande', 'we asked', 'asked her', 'asked him', 'clarification', 'faits', 'facts'],
  3: ['reformule', 'reformulee', 'reformulation', 'reformulated', 'we reformulated', 'contrat', 'contract'],
  4: ['suggestions', 'ont propose', 'ont suggere', 'pistes', 'idees', 'ideas', 'reactions', 'conseils', 'suggested', 'we suggested', 'proposed'],
  5: ['a retenu', 'retient', 'plan d action', 'action plan', 'actions', 's engage', 'committed', 'will', 'va', 'synthese', 'synthesis', 'repart avec', 'leaves with'],
  6: ['appris', 'apprentissages', 'learnings', 'learned', 'learnt', 'lessons', 'what we learned'],
};

/**
 * The client's plan told in the future after their name: "Stéphane recevra…", "Nadia chiffrera…",
 * "Aurélie will…" (the French future of the third person ends so).
 */
export const PLAN_AFTER_NAME = { endings: ['ra'], words: ['will', 'va', 'commits', 's engage'] };

/** The method's roles, as speakers ("Animateur :") or in prose ("l'animatrice", "the facilitator"). */
export const SESSION_ROLES = [
  'animateur', 'animatrice', 'facilitateur', 'facilitatrice', 'porteur', 'porteuse', 'porteur du cas',
  'porteuse du cas', 'consultant', 'consultante', 'consultants', 'consultantes', 'consultant x', 'consultant y',
  'client', 'cliente', 'facilitator', 'animator', 'case owner', 'case giver', 'client du jour',
];

/** Roles so specific to the method that one of them is already evidence. */
export const SESSION_STRONG_ROLES = [
  'animateur', 'animatrice', 'facilitateur', 'facilitatrice', 'facilitator', 'animator', 'porteur du cas', 'porteuse du cas',
  'case owner', 'case giver', 'client du jour',
];

/** Roles of the method that any group's meeting also has: alone, they say nothing of a session. */
export const MEETING_ROLES = ['animateur', 'animatrice', 'facilitateur', 'facilitatrice', 'facilitator', 'animator'];

/** The method's own words. */
export const SESSION_WORDS = [
  'codeveloppement', 'codev', 'co developpement', 'co development', 'codevelopment', 'co dev',
  'groupe de codeveloppement', 'seance de codeveloppement', 'demande reformulee', 'reformulation de la demande',
  'questions de clarification', 'clarifying questions', 'clarification questions', 'demande initiale',
  'ma demande', 'sa demande', 'ta demande', 'reformulated request', 'my request', 'the client s request',
  'payette', 'champagne',
];

/** The client's request in the first person, as a label or in the text: "Ma demande :", "My question:". */
export const FIRST_PERSON_REQUEST = [
  'ma demande', 'mon probleme', 'mon probleme c est', 'ma question', 'ma problematique', 'mon enjeu',
  'my request', 'my question', 'my problem', 'my issue', 'my ask', 'how can i', 'how do i', 'comment puis je',
  'sa demande', 'ta demande',
];

/**
 * A session told after the fact: the client presented, the group asked, proposed, reformulated, the
 * client agreed ("Nadia nous a exposé…", "elle a précisé…", "Aurélie presented her problem", "we
 * asked…"). A guide to the method says what the roles do, in the present.
 */
export const NARRATED_EXCHANGE = [
  'nous a expose', 'a expose sa', 'a explique', 'a precise', 'a raconte', 'a reconnu', 'a valide', 'a retenu',
  'a propose', 'ont propose', 'a suggere', 'ont suggere', 'lui a demande', 'on lui a demande', 'ont demande',
  'avons reformule', 'a reformule', 'ont reformule', 'est tombe d accord', 'sont tombes d accord',
  'presented her', 'presented his', 'presented their', 'explained that', 'we asked', 'asked her', 'asked him',
  'we suggested', 'suggested that', 'we proposed', 'we reformulated', 'reformulated the', 'agreed to the', 'she agreed',
  'he agreed', 'told us', 'asked what', 'asked which', 'asked how', 'asked why', 'asked when', 'asked whether',
  'asked if', 'asked who', 'nous a dit', 'a repondu', 'ont repondu', 'on a pose', 'nous avons pose', 's est engagee',
  's est engage', 'a apporte un sujet', 'she answered', 'he answered',
];

/** Who asks and who answers in a session transcript. */
export const QUESTION_SPEAKERS = ['q', 'question', 'questions', 'consultant', 'consultante'];
export const ANSWER_SPEAKERS = ['r', 'a', 'reponse', 'answer', 'client', 'cliente', 'porteur', 'porteuse'];

/** Second-person words that aim a question at one person: "Qu'as-tu essayé ?", "What did you try?". */
export const ONE_CLIENT_WORDS = ['tu', 'te', 't', 'ton', 'ta', 'tes', 'toi', 'you', 'your'];

// ── Sales or client meeting ─────────────────────────────────────────────────────────────────

/** Commercial objects; each is read in a commercial sense only (see NON_COMMERCIAL_CONTEXT). */
export const COMMERCIAL_OBJECTS = [
  'proposition commerciale', 'propale', 'propal', 'devis', 'offre commerciale', 'offre de prix', 'offre chiffree',
  'appel d offres', 'appel d offre', 'ao', 'cahier des charges', 'bon de commande', 'remise', 'tarif', 'tarifs',
  'tarification', 'chiffrage', 'pilote payant', 'poc', 'proof of concept', 'pricing', 'quote', 'quotation', 'deal',
  'opportunity', 'opportunite', 'crm', 'pipeline', 'pipe', 'forecast', 'closing', 'purchase order', 'discount',
  'rfp', 'rfi', 'sow', 'statement of work', 'commercial proposal', 'sales proposal', 'price proposal',
  'contrat cadre', 'licences', 'licenses', 'renouvellement du contrat', 'contract renewal', 'upsell', 'cross sell',
  'prospect', 'prospects', 'affaire', 'pronostic', 'win probability', 'economic buyer', 'procurement',
  'achats', 'service achats', 'acheteur', 'acheteuse', 'decideur', 'decideuse', 'decision maker', 'budget de',
  'leur budget', 'son budget', 'their budget', 'budget for', 'budget is', 'budget valide', 'budget approved',
  'our proposal', 'notre proposition', 'proposition chiffree', 'our price', 'our list price', 'our pricing', 'notre prix',
  'nos tarifs', 'our contract', 'notre contrat', 'standard contract', 'holds the budget', 'a le budget', 'le budget est',
];

/**
 * Phrases in which a deal word has its everyday sense: "deal with it", "not a big deal", "this
 * would lead to", "an opportunity to", "closing remarks", "une remise en cause". The deal word
 * inside one of them is no commercial object.
 */
export const EVERYDAY_SENSES = [
  'deal with', 'deals with', 'dealing with', 'dealt with', 'big deal', 'great deal', 'good deal of', 'huge deal',
  'lead to', 'leads to', 'lead us', 'lead the', 'to lead', 'will lead', 'would lead', 'could lead', 'might lead',
  'may lead', 'can lead', 'should lead', 'take the lead', 'took the lead', 'team lead', 'tech lead', 'lead maintainer',
  'opportunity to', 'opportunities to', 'opportunity for', 'opportunities for',
  'closing remarks', 'closing comments', 'closing thoughts', 'closing words', 'in closing', 'closing the',
  'remise en cause', 'remise en question', 'remise a plat', 'remise a jour', 'remise en etat', 'remise en forme',
  'remise en route', 'remise des prix', 'une autre affaire', 'la belle affaire', 'pas une affaire', 'affaire de gout',
  // An idea put forward, as RFCs and ADRs write: "Our proposal is to deprecate…", "Notre proposition est de…".
  'our proposal is to', 'our proposal is that', 'our proposal is for', 'our proposal here is', 'notre proposition est de',
  'notre proposition est d', 'notre proposition est que', 'notre proposition consiste', 'notre proposition serait de',
];

/** Words that, on the same line, give a deal word another sense: an RFC, a CLA, a foundation's budget. */
export const NON_COMMERCIAL_CONTEXT = [
  'rfc', 'rfcs', 'pep', 'kep', 'cla', 'dco', 'pull request', 'pr', 'prs', 'issue', 'issues', 'github', 'repo',
  'repository', 'spec', 'specification', 'design', 'feature', 'api', 'merge', 'commit', 'release', 'working group',
  'wg', 'sig', 'tsc', 'steering', 'foundation', 'fondation', 'governance', 'charter', 'vote', 'voting', 'ballot',
  'mentor', 'mentorship', 'grants', 'grant proposal', 'grant application', 'grant funding', 'subvention', 'cotisation', 'cotisations', 'adherents', 'association',
  'copropriete', 'syndic', 'rust', 'python', 'node', 'kubernetes', 'ci', 'compiler', 'lang', 'lint', 'deploy',
  'sprint', 'backlog', 'ticket', 'tickets', 'jira', 'npm', 'pypi', 'conference', 'talk', 'cfp', 'sponsor',
  'sponsors', 'sponsorship', 'donation', 'donations',
];

/** Roles that sell for a living: on their own they already say which side someone is on. */
export const SELLER_ROLES = [
  ...SELLER_MARKERS.filter((marker) => !['moi', 'nous', 'notre equipe', 'me', 'us', 'our team'].includes(marker)),
  'bdr', 'charge d affaires', 'chargee d affaires',
];

/** A title that says the note is about a buyer: "RDV – Association Horizon", "Discovery call – Oakridge". */
export const MEETING_TITLE_WORDS = [
  'rdv', 'rendez vous', 'rendez vous client', 'rdv client', 'rencontre client', 'visite client',
  'premier rendez vous', 'discovery call', 'sales call', 'intro call', 'demo call', 'call with', 'meeting with',
  'rendez vous avec', 'rencontre avec', 'appel avec', 'client meeting', 'customer meeting', 'account review',
  'point client', 'rdv avec', 'compte rendu client', 'cr client', 'closing call', 'appel de decouverte',
  'rendez vous de decouverte', 'rdv de decouverte', 'first call', 'premier appel',
  'lunch with', 'lunch w', 'coffee with', 'coffee w', 'call w', 'meeting w', 'dinner with', 'dinner w', 'dej avec', 'diner avec', 'cafe avec', 'dejeuner avec', 'visio', 'visio avec', 'visit', 'site visit', 'visite', 'visite site', 'demo', 'demo chez', 'second meeting', 'deuxieme rendez vous', 'second rendez vous', 'follow up call',
  'appel de suivi', 'suite a notre echange', 'suite a notre rendez vous', 'suite a notre appel', 'suite a notre rencontre',
  'following our call', 'following our meeting', 'recap of our call', 'recap of our meeting', 'demo with', 'demo chez',
  'visite chez', 'call client', 'appel client', 'rdv tel', 'rdv telephonique', 'salon',
  // A lead met on a stand: "Lead card — ProcessTech Expo", "Fiche prospect salon".
  'lead card', 'trade show', 'fiche prospect', 'fiche contact salon',
  'contract call', 'signing call', 'pricing call', 'negotiation call', 'renewal call', 'commercial review',
  'revue commerciale', 'appel de negociation', 'rdv de negociation', 'rendez vous de negociation',
  'retour de chez', 'echange avec', 'off the phone with', 'au telephone avec', 'an hour with', 'une heure avec',
  // A debrief dictated on leaving: "Voice memo – Larkspur Dental", "je sors de chez Maison Roux".
  'voice memo', 'voice note', 'note vocale', 'memo vocal', 'je sors de chez', 'sorti de chez', 'sortie de chez',
  'just left', 'just got out of',
];

/**
 * Field labels of a deal being tracked, as CRM exports and live notes write them ("Stage:",
 * "Probabilité :", "Close date:"). Three of them, one strong, say someone is selling.
 */
export const DEAL_FIELDS = {
  strong: [
    'stage', 'sales stage', 'deal stage', 'etape de vente', 'phase de vente', 'stade', 'probability', 'probabilite',
    'proba', 'win probability', 'pronostic', 'close date', 'closing date', 'expected close', 'date de closing',
    'date de signature', 'signature prevue', 'amount', 'deal size', 'montant', 'montant estime', 'competition',
    'competitors', 'competitor', 'concurrence', 'concurrents', 'concurrent', 'customer action', 'action client',
    'opportunity', 'opportunite', 'economic buyer', 'decision maker', 'decideur', 'decideurs', 'forecast', 'prevision',
    'etape', 'objection', 'objections', 'freins', 'next meeting', 'prochain rdv', 'prochain rendez vous',
  ],
  weak: [
    'account', 'compte', 'client', 'prospect', 'contact', 'contacts', 'contacts met', 'contact met', 'interlocuteur',
    'interlocuteurs', 'budget', 'need', 'needs', 'besoin', 'besoins', 'pain', 'enjeu', 'enjeux', 'next step',
    'next steps', 'prochaine etape', 'prochaine action', 'date', 'source', 'champion',
  ],
};

/**
 * The seller's own side acting on a deal, in the first person: "je vous envoie notre proposition",
 * "our list price", "we'll prepare a proposal". Said by someone who sells; "notre contrat" or "our
 * tool" may as well be a buyer's own, so they are not here.
 */
export const SELLER_ACTS = [
  'notre proposition', 'notre offre', 'notre devis', 'notre prix', 'nos prix', 'notre tarif', 'nos tarifs', 'notre propale',
  'la demo', 'notre demo', 'a la demo', 'chez nous',
  'je vous envoie', 'je leur envoie', 'je lui envoie', 'on leur envoie', 'on lui envoie', 'nous vous envoyons',
  'je vous transmets', 'je relance', 'le relancer', 'la relancer', 'les relancer', 'envoyer la proposition',
  'envoyer la propale', 'envoyer le devis', 'envoyer notre', 'prix presente', 'tarif presente', 'demo faite',
  'our proposal', 'our quote', 'our pricing', 'our price', 'our list price', 'our standard contract',
  'the demo', 'our demo', 'in the crm', 'dans le crm', 'our offer', 'send them the', 'send him the', 'send her the', 'send the proposal', 'send the quote',
  'prepare a proposal', 'we ll prepare', 'we talked price', 'talked pricing', 'demoed', 'gave a demo', 'did the demo',
  // The next step Boussole's own fix writes: meeting the one who decides is the seller's act.
  'obtenir un rendez vous avec', 'get a meeting with',
];

/**
 * Verbs that hand one of the seller's deliverables to a buyer: "send Marco the brochure", "envoyer la
 * propale". None of them is itself a deliverable ("demo", "présenter"), so one word never counts twice.
 */
export const HANDING_VERBS = [
  'send', 'sends', 'sending', 'sent', 'email', 'share', 'prep', 'prepare', 'draft', 'demo d',
  'envoyer', 'envoie', 'envoyons', 'envoye', 'transmettre', 'transmets', 'preparer', 'chiffrer', 'relancer',
];

/**
 * The buyer's side acting for the writer's: "Omar intros us to…", "Karim nous transmet…". Both sides
 * are there, though who sells is not written: a weak clue.
 */
export const FOR_US_ACTS = [
  'intros us', 'intro us', 'introduces us', 'introduce us', 'sends us', 'send us', 'gets back to us', 'get back to us',
  'invites us', 'books us', 'gives us access', 'nous transmet', 'nous transmettent', 'nous envoie', 'nous envoient',
  'nous presente', 'nous introduit', 'nous met en relation', 'nous invite', 'nous ouvre', 'nous donne acces',
  'reviendra vers nous', 'revient vers nous', 'nous organise',
];

/** Words between the writer and their handing verb: "I'll send", "je lui envoie", "on va leur préparer". */
/**
 * The writer as the subject of a meeting: "Me + Sam (SE) met Kevin O'Brien (VP Ops)", "J'ai vu Mme
 * Roussel (DAF)", "We met Dana Wu, CFO". With a met verb and a titled person, the writer sells to them.
 */
export const WRITER_SUBJECTS = ['me', 'moi', 'i', 'we', 'je', 'j', 'on', 'nous', 'myself'];
/** The words that may stand between the writer and the met verb: a colleague, an auxiliary. */
export const WRITER_SUBJECT_SPAN = 6;

export const WRITER_WORDS = [
  'll', 'will', 'shall', 'can', 'to', 'going', 'gonna', 'wanna', 'need', 'must', 'should', 'm', 'am', 're', 'then', 'also', 'just', 'them', 'him', 'her',
  'vais', 'va', 'allons', 'dois', 'doit', 'devons', 'lui', 'leur', 'vous', 'te', 't', 'leur', 'ensuite', 'puis', 'aussi', 'me', 'moi',
  // The writer's own promise, reported: "I said I'd email her the quote", "je lui ai dit que je lui envoie".
  'said', 'told', 'd', 'ai', 'dit', 'que',
];

/** What a seller hands a buyer, in the narrow sense: a "doc" or a "presentation" is anybody's. */
export const SELLER_OFFERS = [
  'proposition', 'propositions', 'propale', 'propal', 'devis', 'offre', 'chiffrage', 'plaquette', 'brochure',
  'cas client', 'references clients', 'proposal', 'quote', 'quotation', 'pricing', 'price list', 'grille tarifaire',
  'deck', 'case study', 'case studies', 'one pager', 'contract', 'contrat', 'bon de commande', 'order form',
];

/** Said of the buyer's side as a third party: "leur budget", "their team", "chez eux". */
export const THIRD_PARTY_WORDS = [
  'leur budget', 'leur equipe', 'leur probleme', 'leur besoin', 'leurs equipes', 'leur dg', 'leur daf', 'leur dsi',
  'chez eux', 'chez le client', 'cote client', 'de leur cote', 'their budget', 'their team', 'their problem', 'their ceo',
  'their cfo', 'their coo', 'their cto', 'their it', 'their side', 'on their side', 'the customer', 'the client',
  'le client', 'la cliente', 'le prospect', 'the prospect',
];

/**
 * An e-mail recap written to the person met, after the meeting: "Bonjour Mme Roussel, merci pour
 * votre accueil ce matin… Comme convenu…", "Hi Dana, thanks for your time today. As discussed…".
 */
export const RECAP = {
  /** Thanks, then, within a few words, what was given: "merci pour votre accueil", "thanks for taking the time". */
  thanks: [
    'merci pour', 'merci de', 'merci d', 'merci encore pour', 'merci encore de', 'merci beaucoup pour', 'merci beaucoup de',
    'un grand merci pour', 'grand merci pour', 'je vous remercie pour', 'je vous remercie de', 'je vous remercie d',
    'nous vous remercions pour', 'nous vous remercions de', 'nous vous remercions d',
    'thanks for', 'thanks again for', 'thanks so much for', 'thanks a lot for', 'many thanks for', 'thank you for',
    'thank you again for', 'thank you so much for', 'thank you very much for',
  ],
  /** A meeting given to the writer: the welcome, the time, the meeting itself. */
  met: [
    'accueil', 'rendez vous', 'rdv', 'echange', 'echanges', 'entretien', 'temps', 'disponibilite', 'visite', 'reunion',
    'rencontre', 'avoir recu', 'avoir recue', 'avoir recus', 'avoir recues', 'avoir accueilli', 'avoir accueillis',
    'time', 'meeting', 'meeting with', 'visit', 'call', 'conversation', 'welcome', 'hospitality', 'having us',
    'having me', 'hosting us', 'hosting me', 'welcoming us', 'meeting us', 'meeting me', 'seeing us', 'seeing me',
    // What the buyer showed: "thanks for walking us through the dispatch setup", "merci de nous avoir fait visiter".
    'walking us through', 'walking me through', 'showing us around', 'showing me around', 'the tour',
    'nous avoir presente', 'm avoir presente', 'nous avoir fait visiter', 'm avoir fait visiter',
  ],
  /** What was said and agreed at the meeting, reported: "Comme convenu", "As discussed". */
  agreed: [
    'comme convenu', 'comme evoque', 'comme discute', 'comme promis', 'ainsi que convenu', 'comme nous l avons evoque',
    'comme nous en avons discute', 'comme nous en sommes convenus', 'comme nous l avons vu ensemble',
    'as discussed', 'as agreed', 'as promised', 'as we discussed', 'as we agreed', 'per our conversation',
    'per our discussion', 'as per our conversation', 'as per our discussion',
  ],
  /** "Hi team,", "Bonjour à tous,": a group greeted, nobody in particular. */
  groups: ['team', 'all', 'everyone', 'everybody', 'folks', 'colleagues', 'friends', 'tous', 'toutes', 'equipe', 'collegues'],
  /** The writer, as the subject of an offer: "je vous propose", "I'll send you". */
  writer: ['je', 'j', 'i', 'we', 'nous'],
  /** The offer's verb, or the auxiliary before it, right after the writer: "je vous propose", "I'll send", "I'd suggest". */
  verbs: [
    'propose', 'proposons', 'proposerai', 'proposerons', 'suggere', 'suggerons', 'envoie', 'envoyons', 'enverrai',
    'enverrons', 'adresse', 'adresserai', 'transmets', 'transmettrai', 'prepare', 'preparons', 'preparerai', 'vais',
    'allons', 'reviens', 'reviendrai', 'revenons', 'reviendrons', 'organise', 'organiserai', 'organisons', 'ferai',
    'ferons', 'suggest', 'send', 'll', 'will', 'can', 'could', 'would', 'd', 'share', 'put', 'set', 'book', 'follow',
    // Meeting again, to decide on the offer: "nous nous revoyons le 11 pour l'essai", "we meet again on the 15th to decide on the pilot".
    'revoyons', 'reverrons', 'retrouvons', 'retrouverons', 'meet', 'reconvene',
    // Showing it on the buyer's own data: "nous vous présentons le paramétrage", "we'll show you the setup".
    'presente', 'presentons', 'presenterai', 'presenterons', 'montrons', 'montrerai', 'montrerons', 'present', 'show',
  ],
  /**
   * What a seller offers the buyer after a meeting: a proposal, a demo, a trial, another meeting.
   * A call or the notes of one are anybody's.
   */
  offers: [
    'proposition', 'propositions', 'propale', 'propal', 'devis', 'offre', 'chiffrage', 'estimation', 'demo',
    'demonstration', 'pilote', 'essai', 'poc', 'rendez vous', 'rdv', 'plaquette', 'brochure', 'references clients',
    'tarifs', 'proposal', 'quote', 'quotation', 'pricing', 'estimate', 'trial', 'pilot', 'case study', 'case studies',
    'order form', 'bon de commande', 'contrat', 'contract', 'parametrage', 'maquette', 'prototype', 'setup',
    'walkthrough', 'mock up', 'mockup',
    // Another meeting: "nous nous revoyons le 11", "we meet again on the 15th".
    'revoyons', 'reverrons', 'retrouvons', 'retrouverons', 'again',
  ],
};

/** Labels that carry an e-mail's subject: the line then says what the whole note is. */
export const SUBJECT_LABELS = ['objet', 'subject', 'sujet', 're', 'tr', 'fw', 'fwd'];

/** The buyer's people: titles and markers of who decides, buys or prescribes. */
export const BUYER_ROLE_WORDS = [
  'decideur', 'decideuse', 'non decideur', 'decisionnaire', 'decision maker', 'decider', 'not decider',
  'economic buyer', 'acheteur', 'acheteuse', 'buyer', 'champion', 'prescripteur', 'influenceur', 'influencer',
  'le client', 'la cliente', 'le prospect', 'the client', 'the customer', 'the prospect',
  'qui decide', 'who decides', 'n+1', 'n+2', 'n + 1', 'n + 2',
  // Someone's superior spoken of as the one to convince: "run it by his boss", "voir avec son patron".
  'his boss', 'her boss', 'their boss', 'son patron', 'sa patronne', 'son chef', 'sa cheffe', 'sa hierarchie', 'son n+1', 'son n+2',
];

// ── Evidence against ─────────────────────────────────────────────────────────────────────────

/** Who runs a panel, a webinar or a community call, named as such ("Moderator: Dana Roy"): no sales meeting has one. */
export const MODERATOR_LABELS = ['moderator', 'moderators', 'moderatrice', 'moderateur', 'moderatrices', 'moderateurs', 'moderation', 'moderated by', 'modere par', 'moderee par'];

/** The officers of an association, a board or a committee, who meet among themselves. */
export const OFFICER_TITLES = [
  'tresorier', 'tresoriere', 'secretaire', 'secretaire general', 'secretaire generale', 'vice president du bureau',
  'treasurer', 'secretary', 'chair', 'chairman', 'chairwoman', 'chairperson', 'co chair', 'vice chair',
];

/** Titles and headings of Markdown that is neither a session nor a sales meeting. */
export const NOT_A_NOTE: Record<'colleagues' | 'procedure' | 'readme' | 'retrospective' | 'adr' | 'plan' | 'playbook' | 'minutes', readonly string[]> = {
  colleagues: [
    'reunion d equipe', 'reunion interne', 'point d equipe', 'point equipe', 'point hebdo', 'reunion hebdo',
    'reunion hebdomadaire', 'reunion de service', 'reunion de suivi interne', 'comite de direction', 'codir', 'comex',
    'stand up', 'standup', 'daily', 'team meeting', 'team sync', 'weekly sync', 'weekly', 'staff meeting',
    'internal meeting', 'all hands', 'one on one', '1 1', 'sprint review', 'sprint planning', 'equipe', 'team',
    'copil', 'comite de pilotage', 'steering committee', 'comite technique', 'cse', 'bureau', 'conseil',
    'conseil d administration', 'assemblee generale', 'ag', 'ago', 'age', 'office hours', 'sync', 'collegues',
    'colleagues', 'offsite', 'seminaire', 'kick off interne', 'town hall', 'guild', 'retro d equipe',
  ],
  procedure: [
    'prerequis', 'prerequisites', 'installation', 'install', 'setup', 'configuration', 'how to', 'howto', 'tutorial',
    'tutoriel', 'guide', 'procedure', 'mode operatoire', 'getting started', 'quick start', 'quickstart', 'demarrage',
    'pas a pas', 'step by step', 'troubleshooting', 'depannage', 'faq', 'usage', 'utilisation', 'requirements',
    'deploiement', 'deployment', 'build', 'runbook', 'checklist',
  ],
  readme: [
    'readme', 'license', 'licence', 'contributing', 'contribuer', 'changelog', 'table of contents',
    'table des matieres', 'sommaire', 'features', 'fonctionnalites', 'documentation', 'api', 'examples', 'exemples',
    'code of conduct', 'code de conduite', 'roadmap', 'release notes', 'installation',
  ],
  retrospective: [
    'retrospective', 'retro', 'what went well', 'what went wrong', 'what didn t go well', 'ce qui a bien marche',
    'ce qui a marche', 'ce qui n a pas marche', 'a ameliorer', 'to improve', 'keep', 'drop', 'start stop continue',
    'post mortem', 'postmortem', 'incident review', 'bilan du sprint', 'mad sad glad',
  ],
  adr: [
    'adr', 'architecture decision record', 'decision record', 'status', 'statut', 'consequences', 'considered options',
    'options considerees', 'decision outcome', 'rfc', 'design doc', 'proposal', 'motivation', 'alternatives',
    'alternatives considered',
  ],
  plan: [
    'project plan', 'plan de projet', 'plan projet', 'milestones', 'jalons', 'livrables', 'deliverables', 'timeline',
    'planning', 'calendrier', 'risques', 'risks', 'scope', 'perimetre', 'budget previsionnel', 'gantt', 'migration plan',
    'plan de migration', 'plan de charge', 'lotissement', 'phases du projet', 'work breakdown',
  ],
  playbook: [
    'playbook', 'sales playbook', 'cheat sheet', 'antiseche', 'aide memoire', 'script', 'script d appel', 'call script', 'talk track', 'pitch', 'elevator pitch',
    'objection', 'objections', 'objection handling', 'traitement des objections', 'discovery questions',
    'questions de decouverte', 'cadence', 'sequence', 'email template', 'modele', 'template', 'methodologie',
    'methodology', 'meddic', 'meddpicc', 'bant', 'spin', 'battlecard', 'persona', 'personas', 'icp', 'best practices',
    'bonnes pratiques', 'training', 'formation', 'onboarding', 'guide de vente', 'sales guide',
  ],
  minutes: [
    'minutes', 'meeting minutes', 'agenda', 'ordre du jour', 'compte rendu de reunion', 'proces verbal', 'pv',
    'releve de decisions', 'excuses', 'absents', 'regrets', 'action items', 'prochaine reunion', 'announcements', 'annonces', 'questions diverses', 'points divers', 'aob',
    'any other business', 'quorum', 'tsc', 'wg', 'working group', 'sig', 'steering council', 'council', 'committee',
    'comite', 'board meeting',
  ],
};
