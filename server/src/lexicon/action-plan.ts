// What makes an item of the client's action plan concrete: an action verb, a date or a deadline.

/** Deadlines and moments, on top of the time anchors that make a fact: "d'ici vendredi", "by Friday". */
export const DEADLINE_MARKERS = {
  fr: [
    'd ici', 'avant le', 'avant la', 'avant fin', 'avant la fin', 'au plus tard', 'demain', 'apres demain',
    'cette semaine', 'la semaine prochaine', 'ce mois ci', 'le mois prochain', 'dans la semaine', 'dans le mois',
    'des lundi', 'des demain', 'fin du mois', 'fin de semaine', 'ce soir', 'aujourd hui', 'a la rentree',
    'au prochain', 'a la prochaine', 'lors de la prochaine', 'trimestre', 'le prochain', 'la prochaine',
    'dans 15 jours', 'sous huitaine', 'sous quinzaine', 'echeance', 'sprint', 'sprints',
  ],
  en: [
    'by', 'before', 'until', 'tomorrow', 'today', 'tonight', 'this week', 'next week', 'this month', 'next month',
    'end of', 'within', 'deadline', 'due', 'at the next', 'quarter', 'asap', 'first thing', 'sprint', 'sprints',
  ],
};

/** Verbs too light or too inward to be an action: "J'aurais tout fait", "Réfléchir à mon offre". */
export const VAGUE_VERBS = {
  fr: [
    'avoir', 'aurai', 'aurais', 'ai', 'etre', 'serai', 'serais', 'suis', 'reflechir', 'penser', 'voir', 'avancer',
    'continuer', 'essayer', 'tenter', 'ameliorer', 'developper', 'travailler', 'prendre conscience', 'approfondir',
    'creuser', 'explorer', 'garder', 'rester', 'faire attention', 'faire mieux', 'faire plus', 'faire le necessaire',
    'faire un effort', 'faire quelque chose', 'tout faire', 'tout fait', 'me poser', 'se poser', 'oser',
    'integrer', 'murir', 'laisser murir', 'digerer', 'm interroger', 'avancer sur', 'tacher', 'chercher',
    'reflechirai', 'penserai', 'verrai', 'essaierai', 'essayerai', 'continuerai', 'travaillerai',
    // An act with nothing to check: "Je vais m'y atteler", "Y réfléchir", "Prendre du recul".
    'y', 'atteler', 'y atteler', 'prendre du recul', 's occuper de ca', 'm en occuper', 'm y mettre', 'bosser dessus',
    'regarder ca', 'avancer dessus', 'faire le point', 'faire au mieux',
  ],
  en: [
    'be', 'have', 'think', 'reflect', 'see', 'consider', 'try', 'keep', 'continue', 'improve', 'work on',
    'look into', 'explore', 'dig', 'stay', 'remain', 'do my best', 'do better', 'do more', 'do something',
    'do everything', 'everything', 'get better', 'be more', 'be less', 'figure out', 'sort out', 'mull over',
    'look at it', 'deal with it', 'handle it', 'get on it', 'get to it', 'take care of it', 'work on it', 'sort it',
    'think it over', 'reflect on it', 'step back', 'take a step back',
  ],
};

/** Words that open an item without any verb: "Tout", "Plus de rendez-vous", "More calls". */
export const VERBLESS_OPENINGS = {
  fr: ['tout', 'rien', 'plus', 'moins', 'mieux', 'plein', 'pas mal', 'quelques', 'plusieurs', 'diverses', 'divers', 'le', 'la', 'les', 'un', 'une', 'des', 'du', 'de', 'mon', 'ma', 'mes', 'ce', 'cette', 'ces', 'beaucoup', 'quelque chose'],
  en: ['everything', 'nothing', 'more', 'less', 'better', 'lots', 'plenty', 'several', 'various', 'many', 'a few', 'the', 'a', 'an', 'some', 'my', 'our', 'this', 'that', 'lots', 'something'],
};

/** Subjects and auxiliaries dropped before the verb: "Je vais appeler", "I will call", "On va ...". */
export const ACTION_SUBJECTS = {
  fr: ['je vais', 'je', 'j', 'me', 'm', 'on va', 'on', 'nous allons', 'nous', 'il va', 'elle va', 'il', 'elle', 'je m engage a', 'je dois', 'je veux',
    'et', 'puis', 'et puis', 'ensuite', 'aussi', 'va', 'doit', 'veut'],
  en: ['i will', 'i ll', 'i am going to', 'i m going to', 'i', 'we will', 'we ll', 'we', 'to', 'i must', 'i want to', 'i commit to',
    'and', 'then', 'and then', 'also', 'she will', 'he will', 'they will', 'she ll', 'he ll', 'will', 'is going to', 'wants to'],
};

/** What follows the client's name when a plan is told in the third person: "Nadia va…", "Aurélie will…". */
export const NAMED_SUBJECT_VERBS: readonly string[] = ['va', 'doit', 'veut', 'will', 'is', 'wants', 'must'];

/** A line that states what the client keeps rather than what he will do: "Je retiens que ...". */
export const SYNTHESIS_OPENERS = {
  fr: ['je retiens que', 'je retiens qu', 'je retiens le', 'je retiens la', 'je retiens les', 'je garde', 'j ai compris que', 'j ai compris qu', 'je comprends que', 'je realise que',
    'je realise qu', 'ce que je retiens', 'ma synthese', 'synthese', 'mon probleme', 'ma demande', 'en fait'],
  en: ['i keep that', 'i understand that', 'i understood that', 'i realise', 'i realize', 'what i take away',
    'my takeaway', 'my synthesis', 'synthesis', 'my problem', 'my request', 'in fact', 'i keep the', 'i keep',
    'i take away', 'i take the', 'i retain'],
};

/** Sub-headings or labels that introduce the action plan inside step 5. */
export const ACTION_PLAN_LABELS = {
  fr: ['plan d action', 'actions', 'mes actions', 'engagements', 'mes engagements', 'je m engage a', 'je m engage', 'prochaines actions'],
  en: ['action plan', 'actions', 'my actions', 'commitments', 'next actions', 'i commit to', 'i will'],
};

/** Questions after which the client's answer is an action item: "Que feras-tu d'ici un mois ?". */
export const ACTION_QUESTION_WORDS = {
  fr: ['fait', 'faire', 'feras', 'ferez', 'fais', 'action', 'actions', 'agir', 'commencer', 'commences', 'premier pas',
    'engages', 'engagez', 'engagement', 'plan', 'd ici', 'quand', 'prochaine etape'],
  en: ['do', 'done', 'action', 'actions', 'act', 'start', 'first step', 'commit', 'plan', 'by when', 'when', 'next step'],
};

/** Speakers whose lines in step 5 are prompts, not the client's commitments. */
export const FACILITATOR_SPEAKERS = ['animateur', 'animatrice', 'facilitateur', 'facilitatrice', 'facilitator', 'animator', 'host', 'q', 'question'];
