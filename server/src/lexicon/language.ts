// Short function words that tell French from English; accents count for French too.
export const LANGUAGE_MARKERS = {
  fr: [
    'le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'pour', 'avec', 'dans', 'que', 'qui', 'pas', 'sur',
    'je', 'il', 'elle', 'nous', 'vous', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'au', 'aux', 'ce', 'cette',
    'etape', 'mais', 'ou', 'tres', 'aussi', 'faire', 'avoir', 'etre', 'quel', 'quelle', 'comment',
    // The words of notes taken in a hurry: headers, labels, shorthand.
    'rdv', 'presents', 'compte', 'avec', 'moi', 'suite', 'oui', 'non', 'nom', 'seance', 'demande', 'animateur',
    'animatrice', 'porteur', 'porteuse', 'prochaine', 'prochaines', 'etapes', 'semaine', 'mois', 'chez', 'visio',
    'rappeler', 'propale', 'devis', 'decideur', 'decide', 'qui', 'quoi', 'cmt', 'pq', 'qd', 'ds', 'avt', 'tjrs',
    'envoyer', 'tarif', 'gerant', 'gerante', 'achats', 'appel',
  ],
  en: [
    'the', 'and', 'of', 'to', 'is', 'for', 'with', 'that', 'this', 'we', 'they', 'he', 'she', 'you', 'my',
    'his', 'her', 'our', 'not', 'are', 'was', 'what', 'how', 'have', 'has', 'will', 'be', 'it', 'from',
    'but', 'or', 'very', 'also', 'do', 'an', 'which', 'would', 'should',
    // The words of notes taken in a hurry: headers, labels, shorthand.
    'met', 'name', 'yes', 'no', 'decides', 'account', 'facilitator', 'owner', 'meeting', 'attendees', 'in', 'on', 'at', 'by', 'who',
    'asked', 'said', 'wants',
  ],
};

/**
 * English words of French sales notes as much as of English ones ("next step : call jeudi", "w/
 * Marie (DAF)", "pricing ok"): they tell no language, so a French note with one stays French.
 */
export const SHARED_SHORTHAND = ['call', 'next', 'step', 'steps', 'w', 'tbd', 'asap', 'deal', 'pricing', 'forecast', 'ok'];

/** Front matter values of `lang:` / `language:`. */
export const LANGUAGE_VALUES = {
  fr: ['fr', 'fr fr', 'fr ca', 'fr be', 'fr ch', 'francais', 'french'],
  en: ['en', 'en us', 'en gb', 'english', 'anglais'],
};
