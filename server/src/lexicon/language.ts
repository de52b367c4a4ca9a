// Short function words that tell French from English; accents count for French too.
export const LANGUAGE_MARKERS = {
  fr: [
    'le', 'la', 'les', 'des', 'du', 'une', 'est', 'et', 'pour', 'avec', 'dans', 'que', 'qui', 'pas', 'sur',
    'je', 'il', 'elle', 'nous', 'vous', 'mon', 'ma', 'mes', 'son', 'sa', 'ses', 'au', 'aux', 'ce', 'cette',
    'etape', 'mais', 'ou', 'tres', 'aussi', 'faire', 'avoir', 'etre', 'quel', 'quelle', 'comment',
  ],
  en: [
    'the', 'and', 'of', 'to', 'is', 'for', 'with', 'that', 'this', 'we', 'they', 'he', 'she', 'you', 'my',
    'his', 'her', 'our', 'not', 'are', 'was', 'what', 'how', 'have', 'has', 'will', 'be', 'it', 'step', 'from',
    'but', 'or', 'very', 'also', 'do', 'an', 'which', 'would', 'should',
  ],
};

/** Front matter values of `lang:` / `language:`. */
export const LANGUAGE_VALUES = {
  fr: ['fr', 'fr fr', 'fr ca', 'fr be', 'fr ch', 'francais', 'french'],
  en: ['en', 'en us', 'en gb', 'english', 'anglais'],
};
