// Meeting vocabulary: time, follow-ups, purposes, owners of next steps, forecasts. French and English
// side by side. Phrases are matched as whole words on normalised text (lower case, no accents, no
// punctuation but "+"); patterns are regular expression sources run on that same text.

const NUMBER = '(?:\\d+|un|une|deux|trois|quatre|cinq|six|sept|huit|dix|douze|quinze|quelques|a|an|one|two|three|four|five|six|eight|ten|twelve|a few|few|a couple of|couple of)';
const MONTH = '(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|january|february|march|april|june|july|august|september|october|november|december|janv|fevr|avr|juil|sept|oct|nov|dec|jan|feb|mar|apr|jun|jul|aug|sep)';
const WEEKDAY = '(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
const UNIT = '(?:jours?|semaines?|mois|ans?|annees?|trimestres?|days?|weeks?|months?|years?|quarters?)';

/** A date or a delay: "dans 3 mois", "le 15 mai", "15/05", "semaine du 12", "next quarter", "by Friday". */
export const TIME_PATTERNS: readonly string[] = [
  `\\b(?:dans|sous|d ici|in|within|after|apres|au bout de) ${NUMBER} ${UNIT}\\b`,
  `\\b${NUMBER} ${UNIT} (?:plus tard|from now|later|time)\\b`,
  `\\b(?:\\d{1,2} )?${MONTH}(?: \\d{2,4})?\\b`,
  '\\bmay \\d{1,2}\\b', '\\b\\d{1,2} may\\b',
  `\\b${WEEKDAY}\\b`,
  '\\b\\d{1,2} \\d{1,2}(?: \\d{2,4})?\\b', '\\b\\d{4} \\d{1,2} \\d{1,2}\\b',
  '\\b\\d{1,2}(?:st|nd|rd|th|er)\\b', '\\b\\d{1,2} ?h(?: ?\\d{2})?\\b',
  '\\b[tqsh][1-4]\\b', '\\bs\\d{1,2}\\b', '\\bw\\d{1,2}\\b', '\\bj ?\\+ ?\\d+\\b',
  '\\b(?:semaine|mois|trimestre|annee) (?:prochaine?|suivante?)\\b', '\\bsemaine du\\b',
  '\\b(?:next|this|following|coming) (?:week|month|quarter|year|weeks|months)\\b',
  `\\b(?:fin|debut|mi) (?:de (?:la |l )?|d )?(?:semaine|mois|trimestre|annee|${MONTH}|\\d{4})\\b`,
  '\\b(?:end|beginning|start|middle) of (?:the )?\\w+\\b',
  '\\bd ici\\b',
  // Anchored on an event: "après le comité", "once the budget is approved".
  '\\b(?:apres|avant|des|after|before|following|once) (?:le|la|l|les|the|que|son|sa|ses|leur|leurs|their|his|her)\\b', '\\bune fois\\b',
  // "after sending", "après avoir envoyé": once another step is done.
  '\\b(?:after|before) \\w+ing\\b', '\\b(?:apres|avant d) avoir\\b', '\\b(?:en attendant|in the meantime|meanwhile)\\b',
  '\\b(?:a l issue|au terme|a la suite|a la fin) d(?:e|u|es)?\\b',
  '\\b(?:demain|apres demain|aujourd hui|cette semaine|ce mois ci|la rentree|rentree|tomorrow|today|tonight|asap|eod|eow|eom|eoq|quinzaine|huitaine|au plus vite|au plus tot|des que possible|rapidement|sous peu|later this week|shortly|soon)\\b',
];

/** Weekday abbreviations that stand for other words when alone ("mon choix", "mar"): no date by themselves. */
export const SHORT_WEEKDAYS: readonly string[] = ['mon', 'tue', 'tues', 'wed', 'thu', 'thur', 'thurs', 'fri', 'sat', 'sun', 'lun', 'mar', 'mer', 'jeu', 'ven', 'sam', 'dim'];

/**
 * Month abbreviations that are also a common word of the language: a French "sept" alone is seven
 * ("aux sept directeurs"), September only next to a day ("le 3 sept.").
 */
export const MONTHS_THAT_ARE_WORDS: Readonly<Record<'fr' | 'en', readonly string[]>> = { fr: ['sept'], en: [] };

/** Labels of the line that dates a note written without front matter: "**Date :** 9 avril 2026". */
export const DATE_LABELS: readonly string[] = ['date', 'when', 'quand', 'date du rendez vous', 'meeting date'];

/** A date read from words that look back ("last month's list", "the last 30 days"): what is past is never due. */
export const BACKWARD_WORDS: readonly string[] = [
  'last', 'past', 'previous', 'dernier', 'derniers', 'derniere', 'dernieres', 'precedent', 'precedents', 'precedente', 'precedentes',
];

/** A number and a unit alone are a length of time ("30 min with us", "3 months of data"), not a date: "in", "dans" make one. */
export const SPAN_COUNTS: readonly string[] = ['one', 'two', 'three', 'four', 'six', 'un', 'une', 'deux', 'trois', 'quatre', 'six'];
export const SPAN_UNITS: readonly string[] = [
  'min', 'mins', 'minute', 'minutes', 'h', 'hr', 'hrs', 'hour', 'hours', 'heure', 'heures', 'day', 'days', 'jour', 'jours',
  'week', 'weeks', 'semaine', 'semaines', 'month', 'months', 'mois', 'year', 'years', 'an', 'ans', 'annee', 'annees',
  'quarter', 'quarters', 'trimestre', 'trimestres',
];

/** A step made only of these words (and a time, names, stop words) is a follow-up with no purpose. */
export const FOLLOW_UP_WORDS: readonly string[] = [
  'rappeler', 'rappelez', 'rappelle', 'rappellerai', 'rappel', 'recontacter', 'recontactez', 'recontacte', 'relancer',
  'relance', 'relancez', 'relancerai', 'point', 'faire', 'refaire', 'reprendre', 'contact', 'revoir', 'reparler',
  'rendez', 'vous', 'rdv', 'reunion', 'appel', 'appeler', 'call', 'echange', 'echanger', 'telephoner', 'coup', 'fil',
  'revenir', 'reviendra', 'reviens', 'nouveau', 'nouvel', 'principe', 'caler', 'cale', 'calee', 'fixer', 'fixe',
  'planifier', 'planifie', 'programmer', 'programme', 'programmee', 'prevoir', 'prevu', 'prevue', 'prevus', 'prevues',
  'planned', 'planifiee', 'note', 'noter', 'noted', 'bloquer', 'bloque', 'creneau', 'agenda', 'agendas',
  'calendrier', 'invitation', 'visio', 'teams', 'zoom', 'telephone', 'telephonique', 'pris', 'prise', 'confirme',
  'positionner', 'mettre', 'suivi', 'suite', 'etape', 'avancement', 'nouvelles', 'prendre', 'recaler',
  'back', 'follow', 'followup', 'check', 'touch', 'base', 'catch', 'reconnect', 'circle', 'ping', 'get', 'meeting',
  'meet', 'again', 'schedule', 'scheduled', 'book', 'booked', 'set', 'calendar', 'invite', 'slot', 'sync', 'chat',
  'email', 'mail', 'reach', 'out', 'reminder', 'remind', 'phone', 'put', 'hold', 'placeholder', 'status', 'update',
  'news', 'progress', 'touchpoint', 'checkpoint', 'hello', 'review', 'calendars', 'invites', 'slots', 'meetings',
  'calls', 'appels', 'reunions', 'points', 'diaries', 'diary', 'tentative', 'provisional',
  // The reminder itself: "je mets un rappel dans le CRM", "task in Salesforce".
  'mets', 'mis', 'mettrai', 'crm', 'salesforce', 'hubspot', 'pipedrive', 'tache', 'task', 'logged',
];

/** Thinking it over without saying about what: "laissez-moi réfléchir", "let me think about it". */
export const VAGUE_WORDS: readonly string[] = [
  'reflechir', 'reflechit', 'reflexion', 'laisser', 'laissez', 'laisse', 'voir', 'verra', 'savoir', 'ou', 'en',
  'est', 'avance', 'avancer', 'idee', 'penser', 'pense', 'think', 'thinking', 'thought', 'let', 'see', 'where',
  'stand', 'stands', 'know', 'things', 'consider', 'mull', 'over', 'interested', 'interesse', 'memo', 'message', 'dit', 'said', 'told', 'says',
  'interet', 'chose', 'choses', 'peu', 'plus', 'tard', 'later', 'time', 'temps', 'besoin', 'need', 'needs',
  // "comme il a demandé", "as agreed": the call back as asked, still about nothing.
  'comme', 'convenu', 'agreed', 'requested',
  // The courtesy around it: "je me permets de vous rappeler", "je me permettrai de revenir vers vous".
  'permets', 'permettrai', 'permettrons', 'permettons',
  // What is left of "I'll", "we'll", "I'm gonna": no purpose.
  'll', 'gonna',
];

/** Units and filler around times that carry no purpose. */
export const TIME_WORDS: readonly string[] = [
  'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'annee', 'trimestre', 'trimestres', 'prochain',
  'prochaine', 'suivant', 'suivante', 'fin', 'debut', 'date', 'lieu', 'demande', 'demandes', 'demandee', 'plutot',
  'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'quarter', 'quarters', 'next', 'end', 'instead', 'early', 'mid', 'late', 'mi',
  'asked', 'around', 'environ', 'vacances', 'ete', 'rentree', 'holidays', 'summer', 'premiere', 'premier', 'derniere', 'dernier', 'deuxieme', 'first', 'last', 'second', 'vers', 'deja', 'already', 'maybe', 'peut', 'etre', 'probablement', 'probably',
];

/** A step's first word when the writer (the seller) does it: infinitives and imperatives. */
export const SELLER_TASK_VERBS: readonly string[] = [
  'envoyer', 'envoie', 'presenter', 'preparer', 'rediger', 'chiffrer', 'faire', 'relancer', 'rappeler', 'appeler',
  'transmettre', 'partager', 'organiser', 'proposer', 'obtenir', 'demander', 'saisir', 'mettre', 'creer', 'monter',
  'planifier', 'caler', 'fixer', 'reserver', 'contacter', 'recontacter', 'ecrire', 'adresser', 'produire', 'finaliser',
  'verifier', 'identifier', 'qualifier', 'solliciter', 'inviter', 'rencontrer', 'revoir', 'completer', 'construire',
  'mettre a jour', 'ajouter', 'confirmer', 'formaliser', 'elaborer', 'realiser', 'livrer', 'suivre', 'booker',
  'send', 'present', 'prepare', 'draft', 'write', 'quote', 'follow', 'call', 'email', 'share', 'organise', 'organize',
  'propose', 'get', 'ask', 'enter', 'log', 'create', 'set', 'schedule', 'book', 'reach', 'contact', 'build', 'update',
  'add', 'confirm', 'deliver', 'finalise', 'finalize', 'check', 'identify', 'qualify', 'invite', 'meet', 'run',
  'demo', 'put', 'arrange', 'request', 'submit', 'ping',
];

/**
 * Task verbs that are as often nouns: "Démo technique", "Call de cadrage", "Quote for 3 labels" name
 * a step without saying who does it. They make the seller the owner only before an object: "demo the
 * tool", "call Jean", "email them".
 */
export const NOUN_TASK_WORDS: readonly string[] = ['demo', 'call', 'quote', 'email', 'review', 'update', 'check', 'draft', 'present'];

/** What follows a task verb used as a verb: a determiner, a pronoun, a preposition of its object. */
export const VERB_OBJECT_WORDS: readonly string[] = [
  'the', 'a', 'an', 'our', 'their', 'his', 'her', 'them', 'him', 'me', 'us', 'it', 'this', 'that', 'back', 'up', 'in', 'out',
  'to', 'over', 'le', 'la', 'l', 'les', 'un', 'une', 'des', 'du', 'lui', 'leur', 'notre', 'nos', 'son', 'sa', 'ses',
];

/** First words that make the seller's side the subject: "Je", "Nous", "We", "I'll". */
export const SELLER_SUBJECTS: readonly string[] = [
  'je', 'j', 'nous', 'on', 'moi', 'notre equipe', 'nous allons', 'i', 'i ll', 'we', 'we ll', 'me', 'us', 'our team',
  'notre', 'nos', 'our',
  // "de mon côté, je prépare…", "on our side, we'll send…": the writer's part, said first.
  'de mon cote', 'de notre cote', 'pour ma part', 'pour notre part', 'cote nous', 'on my side', 'on our side',
  'on our end', 'for my part', 'for our part',
];

/** First words that make the buyer's side the subject: "Il", "Le client", "They". */
export const BUYER_SUBJECTS: readonly string[] = [
  'il', 'elle', 'ils', 'elles', 'le client', 'la cliente', 'le prospect', 'l acheteur', 'leur equipe', 'son equipe',
  'client', 'prospect', 'he', 'she', 'they', 'the client', 'the customer', 'the prospect', 'the buyer', 'their team',
  'customer', 'buyer',
];

/** Phrases where the buyer acts, anywhere in a step: "Jean nous envoie", "sends us". */
export const BUYER_ACTIONS: readonly string[] = [
  'nous envoie', 'nous envoient', 'nous transmet', 'nous transmettent', 'nous communique', 'nous partage',
  'nous presente', 'nous introduit', 'nous met en relation', 'nous organise', 'nous confirme', 'nous revient',
  'reviendra vers nous', 'reviennent vers nous', 'l organise', 'nous ouvre', 'nous donne', 'nous invite',
  'sends us', 'send us', 'sends me', 'send me', 'nous transmettra', 'nous enverra', 'm envoie', 'me transmet', 'will send', 'shares', 'introduces us', 'intro to', 'gets back to us', 'get back to us',
  'sets up', 'organises', 'organizes', 'arranges', 'invites us', 'gives us', 'confirms', 'will confirm',
];

/** Labels that name who carries a step out: "Porteur : Jean", "owner: Tom". */
export const OWNER_LABELS: readonly string[] = [
  'porteur', 'porteuse', 'pilote', 'qui', 'responsable', 'owner', 'who', 'action', 'par', 'by',
];

/** A step that is a meeting with the buyer's side. */
export const MEETING_WORDS: readonly string[] = [
  'rendez vous', 'rdv', 'reunion', 'atelier', 'rencontre', 'rencontrer', 'comite', 'visite', 'dejeuner',
  'meeting', 'workshop', 'session', 'meet', 'lunch', 'visit', 'call with', 'appel avec', 'point avec',
  // "call w/ Julie", "rdv w/ le DG": "w/" is "with".
  'call w', 'meeting w', 'rdv w', 'lunch w', 'visio w', 'point w', 'appel w',
];

/** Steps that put the seller's own work in front of the buyer. */
export const SELLER_DELIVERABLES: readonly string[] = [
  'proposition', 'propositions', 'propale', 'propal', 'devis', 'offre', 'chiffrage', 'documentation', 'doc',
  'plaquette', 'brochure', 'references', 'cas client', 'presentation', 'presenter', 'demo', 'demonstration',
  'proposal', 'quote', 'quotation', 'offer', 'pricing', 'deck', 'case study', 'case studies', 'one pager', 'crm',
  'present', 'demonstrate',
];

/** A meeting that speaks of these needs someone who decides. */
export const DEAL_WORDS: readonly string[] = [
  // "Offre" and "offer" also name a product range ("leur offre retail", "their retail offer"): only the
  // forms that read as something sent to a buyer count.
  'une offre', 'l offre', 'notre offre', 'votre offre', 'offre commerciale', 'offre de prix', 'offre chiffree',
  'an offer', 'the offer', 'our offer', 'your offer', 'formal offer', 'commercial offer',
  'proposition', 'propositions', 'propale', 'propal', 'devis', 'chiffrage', 'budget', 'budgets', 'signature',
  'signer', 'signe', 'contrat', 'bon de commande', 'commande', 'prix', 'tarif', 'tarifs', 'investissement',
  'proposal', 'quote', 'quotation', 'pricing', 'price', 'budgeted', 'signing', 'sign', 'signed',
  'contract', 'purchase order', 'po', 'deal', 'investment',
];

/** Phrases that agree a next step in the body of a note: "On se revoit le 12 mai", "Next meeting on 3 June". */
export const NEXT_STEP_PHRASES: readonly string[] = [
  'on se revoit', 'on se retrouve', 'nous nous revoyons', 'nous nous retrouvons', 'on se rappelle', 'on se reparle',
  'prochain rendez vous', 'prochain rdv', 'prochaine reunion', 'prochain point', 'prochain echange', 'prochain appel',
  'prochaine etape', 'prochaines etapes', 'rendez vous pris', 'rdv pris', 'rendez vous fixe', 'rdv fixe',
  'we meet again', 'we ll meet again', 'we will meet again', 'next meeting', 'next call', 'next step', 'next steps',
  'follow up meeting', 'follow up call', 'meeting booked', 'call booked', 'meeting set for', 'we agreed to meet',
];

/** Next steps that set out to find or meet the decider: the note then knows the question is open. */
export const DECIDER_SEARCH: readonly string[] = [
  'decideur', 'decideurs', 'decisionnaire', 'qui decide', 'qui signe', 'circuit de decision', 'processus de decision',
  'decision maker', 'decision makers', 'decider', 'who decides', 'who signs', 'economic buyer', 'decision process',
  'buying process', 'processus d achat',
];

/** Labels of what is still to be talked about, under a next-steps heading: "Sujet : la remise", "Topic: pricing". */
/**
 * How a recap's courtesy line opens, after its steps: "If anything above doesn't match, just reply",
 * "N'hésitez pas à revenir vers moi". An offer to answer, not a step.
 */
export const COURTESY_OPENINGS: readonly string[] = [
  'n hesitez pas', 'n hesite pas', 'si quelque chose', 'si un point', 'si besoin', 'si vous avez des questions',
  'dites moi si', 'je reste a votre disposition', 'je reste a ta disposition', 'je reste disponible',
  'if anything', 'if something', 'if you have any questions', 'let me know if', 'feel free', 'don t hesitate',
  'do not hesitate', 'just reply', 'happy to answer', 'any questions',
];

export const NOT_A_STEP_LABELS: readonly string[] = [
  'sujet', 'sujets', 'point', 'points', 'point ouvert', 'points ouverts', 'discussion', 'a discuter', 'a aborder',
  'question', 'questions', 'question ouverte', 'questions ouvertes', 'ordre du jour', 'agenda', 'idee', 'idees',
  'remarque', 'remarques', 'topic', 'topics', 'to discuss', 'open question', 'open questions', 'open point',
  'open points', 'idea', 'ideas', 'parking lot', 'note', 'notes', 'comment', 'comments',
  // A deal's temperature under its steps: "Risk: medium — price is the lever".
  'risque', 'risques', 'niveau de risque', 'ressenti', 'impression', 'risk', 'risks', 'risk level', 'confidence',
  'gut feeling', 'feeling',
  // Where the note points: "Liens : [[Agrinord - compte]]", "See also: …".
  'liens', 'lien', 'links', 'link', 'voir aussi', 'see also', 'references', 'refs', 'sources', 'tags',
];

/** "Prochaines étapes : aucune", "Next steps: TBD". */
export const NO_STEP_WORDS: readonly string[] = [
  'aucune', 'aucun', 'rien', 'neant', 'a definir', 'a voir', 'on verra', 'pas de suite', 'pas de prochaine etape',
  'none', 'nothing', 'tbd', 'to be defined', 'to be decided', 'n a', 'na', 'no next step', 'nothing yet', 'wait and see',
];

/** Labels of a win probability or forecast: "pronostic 35 %", "probability: 40%", "forecast: commit". */
export const FORECAST_LABELS: readonly string[] = [
  // Not "pondération" / "weighting": a tender's criteria are weighted too ("Weighting: 60% quality, 40% price").
  'pronostic', 'probabilite', 'proba', 'chance', 'chances', 'prevision', 'previsionnel', 'pondere',
  'taux de transformation', 'taux de closing', 'forecast', 'probability', 'likelihood', 'win rate', 'win chance',
  'confidence', 'weighted', 'close probability', 'closing probability',
];

/** What a win probability is recorded against: "Opportunity logged at 50% in the CRM", "affaire saisie à 40 %". */
export const FORECAST_SUBJECTS: readonly string[] = ['opportunity', 'opportunite', 'opp', 'oppy', 'deal', 'affaire', 'opportunity logged'];

/** Where a probability is recorded, written after it: "putting it at 60% in HubSpot", "à 40 % dans le CRM". */
export const FORECAST_TOOLS: readonly string[] = [
  'crm', 'salesforce', 'sfdc', 'hubspot', 'pipedrive', 'zoho', 'sellsy', 'axonaut',
];

/** "update SFDC: stage 3", "MAJ CRM", "log it in HubSpot": the seller's bookkeeping, before the tool's name. */
export const CRM_UPDATE_VERBS: readonly string[] = [
  'update', 'updated', 'log', 'logged', 'enter', 'entered', 'mettre a jour', 'mis a jour', 'mise a jour', 'maj',
  'saisir', 'saisi', 'saisie', 'noter dans', 'renseigner',
];

/** What a probability is of, written after it: "60% to close", "70 % de closer". */
export const FORECAST_AFTER_PERCENT: readonly string[] = ['to close', 'to win', 'to sign', 'de closer', 'de signer', 'de signature'];

/** Short labels written before a forecast category: "fcst: best case". */
export const FORECAST_SHORT_LABELS: readonly string[] = ['fcst', 'prev', 'prevision'];

/** Forecast categories written instead of a percentage. */
export const FORECAST_CATEGORIES: readonly string[] = [
  'commit', 'best case', 'upside', 'most likely', 'probable', 'pipeline', 'pipe', 'engage', 'closing', 'won', 'gagne',
];

/** A line that introduces the next steps before a list: "Next steps:", "Comme convenu :", "What we agreed". */
export const NEXT_STEP_LABELS: readonly string[] = [
  'prochaines etapes', 'prochaine etape', 'prochaines actions', 'prochaine action', 'suites', 'suite', 'la suite',
  'ce que nous avons convenu', 'ce qu on a convenu', 'ce que l on a convenu', 'comme convenu', 'nous avons convenu',
  'on a convenu', 'actions', 'plan d actions', 'plan d action', 'a faire', 'suites a donner', 'suite a donner',
  'ce qu on a dit', 'ce qu on s est dit', 'ce qui a ete convenu', 'ce qu on a decide', 'ce qu on a retenu', 'what we said',
  'what we decided', 'what we settled on',
  'next steps', 'next step', 'what we agreed', 'agreed next steps', 'agreed actions', 'action items', 'actions', 'to do',
  'follow up', 'follow ups', 'way forward', 'next', 'next up', 'ns', 'todo', 'la suite', 'f u', 'f up', 'fup',
];

/** Who a label says the steps were agreed with: "Ce qu'on a convenu avec eux", "What we agreed with them". */
export const LABEL_TAILS: readonly string[] = [
  'avec eux', 'avec elle', 'avec lui', 'avec le client', 'avec la cliente', 'ensemble', 'with them', 'with her', 'with him',
  'with the client', 'with the customer', 'together',
];

/** Words a dictated memo says before its label: "Donc prochaine étape : je la rappelle…", "So next step: …". */
export const LABEL_CONNECTORS: readonly string[] = ['donc', 'alors', 'bref', 'du coup', 'ensuite', 'et', 'puis', 'ok', 'so', 'then', 'and', 'anyway'];

/** CRM fields that hold a next step: "Prochaine action : …", "Next step 2: …", "Customer action: …". */
export const NEXT_STEP_FIELDS: readonly string[] = [
  'prochaine action', 'prochaine etape', 'prochaines etapes', 'action client', 'actions client', 'action', 'suite',
  'suites', 'suites a donner', 'suite a donner',
  'next step', 'next steps', 'next action', 'customer action', 'client action', 'action item', 'follow up',
  // Said in a chat after the meeting: "on a calé : j'envoie la propale vendredi", "agreed: Dana sends…".
  'on a cale', 'on a fixe', 'on a convenu', 'we agreed', 'agreed',
];

/** Next-step labels said without a colon, as a memo is dictated: "prochaine étape je la rappelle", "next step I send". */
export const SPOKEN_STEP_LABELS: readonly string[] = ['prochaine etape', 'prochaines etapes', 'prochaine action', 'next step', 'next steps', 'next action'];

/** Short labels that hold a next step only as the whole label: "Next: …", "NS: …", "f/u: …" ("Next meeting:" is a date). */
export const SHORT_STEP_FIELDS: readonly string[] = ['next', 'ns', 'todo', 'to do', 'la suite', 'f u', 'fu', 'fup'];

/**
 * What closes an e-mail or a note: "Thanks,", "Bonne journée,", "Cordialement", "Best, Alex". From
 * there on, a lone name and a signature ("Account Executive, Slotwise") are no next steps.
 */
export const SIGN_OFFS: readonly string[] = [
  'thanks', 'thanks again', 'thank you', 'thank you again', 'many thanks', 'thx', 'cheers', 'best', 'best regards',
  'kind regards', 'warm regards', 'regards', 'all the best', 'talk soon', 'speak soon', 'see you soon', 'have a good day',
  'have a great day', 'have a nice day', 'have a good weekend', 'sincerely', 'yours', 'take care',
  'merci', 'merci encore', 'merci beaucoup', 'merci a vous', 'merci a tous', 'bonne journee', 'bonne soiree', 'belle journee',
  'bonne fin de journee', 'bonne semaine', 'bon week end', 'bonne soiree a tous', 'cordialement', 'bien cordialement',
  'tres cordialement', 'bien a vous', 'bien a toi', 'a bientot', 'a tres vite', 'sinceres salutations', 'salutations',
  'bien sincerement', 'amities', 'belle soiree',
];

/**
 * Sentences that agree a next step in prose, before what is agreed: "On s'est mis d'accord pour une
 * démo…", "We agreed to a pilot…". Read only in a note that lists no next step.
 */
export const AGREED_STEP_CUES: readonly string[] = [
  'on s est mis d accord pour', 'on s est mis d accord sur', 'nous nous sommes mis d accord pour',
  'nous nous sommes mis d accord sur', 'on s est accorde sur', 'on a convenu de', 'on a convenu d', 'on a convenu',
  'nous avons convenu de', 'nous avons convenu d', 'nous avons convenu', 'il a ete convenu de', 'il a ete convenu d',
  'il a ete convenu', 'nous sommes convenus de', 'nous sommes convenus d', 'c est convenu', 'comme convenu',
  'we agreed to', 'we agreed on', 'we agreed that', 'we agreed', 'agreed to', 'agreed on', 'it was agreed that',
  'it was agreed to', 'they agreed to', 'as agreed',
  'on s est mis d accord', 'nous nous sommes mis d accord', 'on s est entendu sur', 'on s est entendus sur',
];

/**
 * A step stated as planned, in a note that lists none: "Donc relance du Dr Morel prévue début mars",
 * "Demo scheduled for next Tuesday". The act and the planning word, with a time, make the step.
 */
export const PLANNED_STEP = {
  planned: [
    'prevu', 'prevue', 'prevus', 'prevues', 'programme', 'programmee', 'cale', 'calee', 'fixe', 'fixee', 'planifie',
    'planifiee', 'planned', 'scheduled', 'booked', 'set for', 'pencilled in', 'penciled in',
  ],
  acts: [
    'relance', 'rappel', 'rdv', 'rendez vous', 'point', 'reunion', 'visite', 'demo', 'demonstration', 'appel', 'atelier',
    'comite', 'presentation', 'soutenance', 'essai', 'pilote', 'follow up', 'call', 'meeting', 'visit', 'workshop',
    'review', 'pilot', 'trial',
  ],
};

/**
 * A sentence that opens on the writer's promise: "I'll send…", "Je vous envoie…". In a note that
 * lists no next step, it is one when it names a deliverable or a date.
 */
export const PROMISE_OPENINGS: readonly string[] = [
  'i ll', 'i will', 'we ll', 'we will', 'i m going to', 'we re going to', 'i am going to', 'next i ll',
  'je vous envoie', 'je lui envoie', 'je leur envoie', 'je t envoie', 'je vous transmets', 'je lui transmets',
  'je vous fais parvenir', 'je vous propose', 'je vais', 'nous allons', 'on va', 'je reviens vers vous',
  'je reviens vers', 'nous revenons vers vous', 'je vous rappelle', 'je vous recontacte', 'je prepare', 'nous preparons',
  'je reviendrai vers vous', 'nous reviendrons vers vous', 'je vous rappellerai', 'je vous recontacterai', 'je vous relancerai',
  'je me permets de vous rappeler', 'je me permettrai de vous rappeler', 'je me permets de revenir vers vous',
  'je me permettrai de revenir vers vous', 'je me permets de vous recontacter', 'je me permettrai de vous recontacter',
  // Said of the buyer in a memo: "je la rappelle en janvier", "I said I'd email her the quote".
  'je la rappelle', 'je le rappelle', 'je les rappelle', 'je la relance', 'je le relance',
  'i d', 'i said i d', 'i said i ll', 'i said i would', 'i told him i d', 'i told her i d', 'i told them i d',
  'i told him i ll', 'i told her i ll', 'i told them i ll',
  // What the writer owes, said to themselves: "faudra que je leur envoie le certificat", "note to self: call Dan in May".
  'il faudra que je', 'faudra que je', 'il faut que je', 'faut que je', 'je dois', 'je note de', 'je note qu il faut',
  'i need to', 'i have to', 'i must', 'note to self',
];

/** What a pending approval must be of for the deal's decider to be unknown: the money, not a planning or an NDA. */
export const PENDING_SUBJECTS: readonly string[] = [
  'budget', 'budgets', 'enveloppe', 'investissement', 'achat', 'devis', 'propale', 'proposition', 'commande', 'contrat',
  'prix', 'tarif', 'k€', 'keur', 'spend', 'purchase', 'quote', 'proposal', 'order', 'contract', 'price', 'pricing', 'deal',
];

/** A budget or a purchase still to be approved by someone the note does not name: "budget « à valider »". */
export const PENDING_APPROVAL: readonly string[] = [
  'a valider', 'reste a valider', 'encore a valider', 'doit etre valide', 'doit etre validee', 'a faire valider',
  'sous reserve de validation', 'en attente de validation', 'pas encore valide', 'pas encore validee',
  'to be approved', 'needs approval', 'pending approval', 'needs sign off', 'needs to be signed off', 'subject to approval',
  'not yet approved', 'still to be approved', 'tbc by', 'awaiting approval',
];
