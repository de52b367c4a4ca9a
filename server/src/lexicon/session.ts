// Vocabulary of co-development notes: what makes a line factual, what states a request.

/** Units that make a number a fact ("trois clients", "12 rendez-vous", "two weeks"). */
export const COUNTABLE_UNITS = [
  'client', 'clients', 'prospect', 'prospects', 'personne', 'personnes', 'salarie', 'salaries', 'collaborateur',
  'collaborateurs', 'jour', 'jours', 'semaine', 'semaines', 'mois', 'an', 'ans', 'annee', 'annees', 'heure',
  'heures', 'rendez vous', 'rdv', 'appel', 'appels', 'devis', 'contrat', 'contrats', 'euro', 'euros', 'k', 'fois',
  'projet', 'projets', 'mission', 'missions', 'reunion', 'reunions', 'people', 'person', 'customer', 'customers',
  'client', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'hour', 'hours', 'meeting',
  'meetings', 'call', 'calls', 'deal', 'deals', 'quote', 'quotes', 'employee', 'employees', 'times', 'dollars',
  'project', 'projects', 'leads', 'lead', 'minute', 'minutes', 'candidature', 'candidatures', 'candidat',
  'candidats', 'applications', 'candidates', 'emails', 'e mails', 'mails',
];

export const NUMBER_WORDS = [
  'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze', 'quinze', 'vingt',
  'trente', 'quarante', 'cinquante', 'cent', 'mille', 'une dizaine', 'une vingtaine', 'une centaine',
  'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', 'fifteen', 'twenty',
  'thirty', 'forty', 'fifty', 'hundred', 'thousand', 'a dozen', 'dozens',
];

/** Words that soften a figure without making it less of a fact: "À peu près vingt", "About forty". */
export const APPROXIMATORS = [
  'a peu pres', 'environ', 'presque', 'pres de', 'pas loin de', 'un peu plus de', 'un peu moins de', 'plus de',
  'moins de', 'au moins', 'grosso modo', 'about', 'around', 'roughly', 'almost', 'nearly', 'more than', 'less than',
  'at least', 'approximately', 'over', 'under', 'maybe', 'peut etre',
];

/** Anchors in time that make an answer concrete ("la semaine dernière", "in March"). */
export const TIME_ANCHORS = [
  'hier', 'avant hier', 'la semaine derniere', 'le mois dernier', 'l an dernier', 'l annee derniere', 'lundi',
  'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche', 'janvier', 'fevrier', 'mars', 'avril', 'mai',
  'juin', 'juillet', 'aout', 'septembre', 'octobre', 'novembre', 'decembre', 'depuis', 'la derniere fois',
  'yesterday', 'last week', 'last month', 'last year', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday',
  'saturday', 'sunday', 'january', 'february', 'march', 'april', 'june', 'july', 'august', 'september',
  'october', 'november', 'december', 'since', 'the last time', 'ago',
  // How often something happens is a fact too: "trois relances chaque année", "twice a week".
  'chaque annee', 'chaque mois', 'chaque semaine', 'chaque jour', 'par an', 'par mois', 'par semaine', 'par jour',
  'each year', 'every year', 'each month', 'every month', 'each week', 'every week', 'each day', 'every day',
  'a year', 'a month', 'a week', 'per year', 'per month', 'per week', 'per day',
];

/** Labels that mark a line as a fact ("Fait : ...", "Fact: ..."). */
export const FACT_LABELS = ['fait', 'faits', 'fact', 'facts', 'chiffre', 'chiffres', 'figure', 'figures'];

/** Words that introduce what the client wants from the group. */
export const REQUEST_MARKERS = [
  'ma demande', 'mon probleme', 'mon objectif', 'ma question', 'ma problematique', 'je voudrais', 'j aimerais',
  'je souhaite', 'comment', 'demande', 'aidez moi', 'm aider', 'my request', 'my problem', 'my question',
  'my goal', 'i want', 'i would like', 'i d like', 'how can i', 'how do i', 'how to', 'request', 'help me',
  // Told in the third person: "Elle aimerait que le groupe l'aide à…", "He hopes the group can help him…".
  'sa demande', 'sa question', 'son probleme', 'son objectif', 'sa problematique', 'aimerait que le groupe',
  'voudrait que le groupe', 'souhaite que le groupe', 'espere que le groupe', 'attend du groupe', 'demande au groupe',
  'le groupe l aide', 'l aider a', 'her request', 'his request', 'their request', 'her question', 'his question',
  'her problem', 'his problem', 'her goal', 'his goal', 'hopes the group', 'wants the group', 'would like the group',
  'asks the group', 'expects from the group', 'help him', 'help her', 'help them',
  'wanted from the group', 'wants from the group', 'want from the group', 'asked the group', 'expected from the group',
  'veut du groupe', 'voulait du groupe', 'attendait du groupe', 'a demande au groupe',
  'wants help', 'wanted help', 'asks for help', 'asked for help', 'veut de l aide', 'demande de l aide', 'cherche de l aide',
  'attends du groupe', 'attendais du groupe', 'attend du groupe', 'i wanted from the group', 'i need from the group', 'i expected from the group',
];

/** Labels that mark the reformulated request in step 3. */
export const REFORMULATION_LABELS = [
  'demande reformulee', 'demande', 'contrat', 'reformulation', 'demande finale', 'demande validee',
  'reformulated request', 'request', 'contract', 'final request', 'agreed request',
];

/** Speakers who are the client, whose words carry the request. */
export const CLIENT_SPEAKERS = ['client', 'cliente', 'le client', 'la cliente', 'r', 'reponse', 'reponse du client', 'a', 'answer', 'the client'];

/**
 * Words that carry no content when comparing a request with its reformulation, on top of the
 * ordinary stop words: light verbs and the words that frame any request.
 */
export const REQUEST_FILLER_WORDS = [
  'avoir', 'etre', 'faire', 'adopter', 'trouver', 'mettre', 'arriver', 'reussir', 'pouvoir', 'vouloir',
  'devoir', 'savoir', 'comment', 'demande', 'probleme', 'objectif', 'question', 'mon', 'ma', 'mes', 'c',
  'est', 'd', 'l', 'qu', 'j', 'plus', 'mieux', 'vraiment', 'bien', 'alors', 'oui', 'problematique', 'souhaite',
  'voudrais', 'aimerais', 'have', 'be', 'get', 'make', 'do', 'find', 'adopt', 'manage', 'able', 'how', 'request',
  'problem', 'goal', 'question', 'want', 'would', 'like', 'better', 'really', 'more', 'my', 'i', 's',
  // Degree adds nothing to what is asked: "comment déléguer davantage ?" is "comment déléguer ?".
  'davantage', 'encore', 'beaucoup', 'much', 'further', 'even',
];

/**
 * What a step's notes say when the step did not happen: "on est passés directement aux suggestions",
 * "we skipped the reformulation", or only the problem told again. Such a sentence is no reformulated request.
 */
export const SKIPPED_STEP_PHRASES = [
  'passes directement', 'passe directement', 'passees directement', 'directement aux suggestions', 'pas de reformulation',
  'sans reformulation', 'sans reformuler', 'pas reformule', 'pas ete reformulee', 'pas ete reformule', 'on a saute', 'saute l etape',
  'went straight to', 'moved straight to', 'jumped straight to', 'jumped to the suggestions', 'skipped the reformulation',
  'skipped step 3', 'skipped this step', 'no reformulation',
  'without reformulating', 'not reformulated', 'we skipped it', 'we skipped that', 'skipped it', 'moved straight on',
  'went straight on', 'did not happen', 'didn t happen', 'on l a sautee', 'on l a saute', 'n a pas eu lieu',
  // The problem told again is no contract: "Claire a redit son problème", "he restated the problem".
  'redit son probleme', 'repete son probleme', 'repeated her problem', 'repeated his problem',
];
