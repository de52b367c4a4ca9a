// How clarification questions are asked: advice in disguise, closed or open, and what they ask about.
// Phrases are matched as whole words on normalised text (lower case, no accents, no punctuation).

/** Speaker labels that mark a line as a question even when its "?" was forgotten. */
export const QUESTION_SPEAKERS = ['q', 'question', 'questions', 'question d un consultant', 'qu'];

/** Words a question may open with that change nothing to its form: "Et ...", "Mais alors ...", "So ...". */
export const LEADING_CONNECTORS = {
  fr: ['et', 'mais', 'alors', 'donc', 'ok', 'd accord', 'du coup', 'bon', 'enfin', 'et donc', 'et alors', 'mais alors'],
  en: ['and', 'but', 'so', 'ok', 'okay', 'well', 'then', 'right', 'and so'],
};

/**
 * Openings that turn a question into a suggestion: "As-tu pensé à ...", "Have you tried ...".
 * Matched at the start of the question, after connectors.
 */
export const ADVICE_OPENINGS = {
  fr: [
    'as tu pense a', 'as tu pense au', 'as tu pense aux', 'tu as pense a', 'tu as pense au', 'tu as pense aux',
    'avez vous pense a', 'vous avez pense a', 'as tu songe a', 'tu as songe a', 'as tu envisage', 'tu as envisage',
    'avez vous envisage', 'as tu essaye', 'tu as essaye', 'avez vous essaye', 'vous avez essaye', 'as tu tente',
    'est ce que tu as pense', 'est ce que vous avez pense', 'est ce que tu as essaye', 'est ce que tu as envisage',
    'pourquoi ne pas', 'pourquoi ne', 'pourquoi n', 'pourquoi tu ne', 'pourquoi tu n', 'pourquoi vous ne',
    'pourquoi vous n', 'il te faut', 'il vous faut', 'il faut', 'il faudrait', 'il faudrait pas', 'faut il',
    'ne faut il pas', 'ne faudrait il pas', 'tu devrais', 'vous devriez', 'tu dois', 'vous devez', 'tu ne devrais pas',
    'ne devrais tu pas', 'ne devriez vous pas', 'ne pourrais tu pas', 'ne pourriez vous pas', 'tu ne pourrais pas',
    'tu ne crois pas qu', 'tu ne crois pas que', 'tu ne penses pas qu', 'tu ne penses pas que', 'ne penses tu pas',
    'ne crois tu pas', 'ne serait il pas', 'ce ne serait pas', 'ce serait pas', 'est ce que ce ne serait pas',
    'est ce qu il ne faudrait pas', 'est ce que tu ne devrais pas', 'et pourquoi pas', 'pourquoi pas',
    'tu n as pas pense', 'tu n as jamais pense', 'n as tu pas pense', 'tu n as pas essaye', 'n as tu pas essaye',
  ],
  en: [
    'have you tried', 'did you try', 'have you thought about', 'have you thought of', 'did you think about',
    'did you think of', 'have you considered', 'did you consider', 'have you ever thought', 'have you ever tried',
    'have you ever considered', 'why don t you', 'why not', 'why wouldn t you', 'why didn t you', 'shouldn t you',
    'should you not', 'should you', 'wouldn t it be', 'would it not be', 'isn t it better', 'wouldn t you',
    'couldn t you', 'could you not', 'you should', 'you could', 'you need to', 'you have to', 'you must',
    'you ought to', 'don t you think', 'do you not think', 'isn t it time', 'how about', 'what about trying',
  ],
};

/** What may follow "have you tried" in a genuine question: "Have you tried anything yet?". */
export const ADVICE_EXCEPTIONS = {
  fr: ['quelque chose', 'autre chose', 'rien', 'deja quelque chose', 'deja', 'd autres', 'plusieurs'],
  en: ['anything', 'something', 'anything else', 'other', 'already', 'yet', 'before'],
};

/** Interrogatives that open a question ("Que ...", "How ..."): the question cannot be answered by yes or no. */
export const OPEN_OPENINGS = {
  fr: [
    'que', 'qu', 'quoi', 'quel', 'quelle', 'quels', 'quelles', 'comment', 'pourquoi', 'combien', 'ou', 'd ou',
    'par ou', 'quand', 'depuis quand', 'qui', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'a quoi', 'a qui',
    'de quoi', 'en quoi', 'sur quoi', 'par quoi', 'pour quoi', 'avec qui', 'avec quoi', 'c est quoi', 'raconte',
    'racontez', 'decris', 'decrivez', 'explique', 'expliquez', 'dis nous', 'dites nous', 'dis moi', 'dites moi',
    'donne', 'donnez', 'cite', 'citez', 'precise', 'precisez',
  ],
  en: [
    'what', 'how', 'why', 'when', 'where', 'who', 'whom', 'whose', 'which', 'tell', 'describe', 'explain',
    'walk us', 'give', 'in what', 'to what', 'for what', 'since when',
  ],
};

/** Interrogatives French puts at the end: "Tu fais comment ?", "Tu vends quoi ?". */
export const OPEN_TAIL_WORDS = {
  fr: ['quoi', 'comment', 'combien', 'pourquoi', 'quand', 'lequel', 'laquelle', 'lesquels', 'lesquelles', 'quel', 'quelle', 'quels', 'quelles', 'ou ca', 'qui ca'],
  en: [],
};

/** "Peux-tu me décrire ...": a polite request to tell, which opens the question. */
export const OPEN_REQUEST_VERBS = {
  fr: ['citer', 'decrire', 'raconter', 'expliquer', 'donner', 'preciser', 'detailler', 'dire', 'parler', 'illustrer'],
  en: ['describe', 'tell', 'explain', 'give', 'walk', 'say', 'talk', 'share', 'illustrate'],
};

/**
 * Forms that expect yes or no: "est-ce que", a statement with a question mark ("Tu as une équipe ?"),
 * an English auxiliary. Inverted verbs ("As-tu ...") are recognised by their subject pronoun.
 * Elliptic questions ("Ton ambition ?") are neither open nor closed.
 */
export const CLOSED_OPENINGS = {
  fr: [
    'est ce que', 'est ce qu', 'tu', 'vous', 'il', 'elle', 'ils', 'elles', 'on', 'c est', 'ca', 'y a t il',
    'il y a', 'y a', 'n', 'ne', 't es', 'si tu', 'si vous',
  ],
  en: [
    'do', 'does', 'did', 'is', 'are', 'was', 'were', 'have', 'has', 'had', 'can', 'could', 'will', 'would',
    'should', 'shall', 'may', 'might', 'must', 'am', 'don t', 'doesn t', 'didn t', 'isn t', 'aren t', 'wasn t',
    'weren t', 'haven t', 'hasn t', 'can t', 'couldn t', 'won t', 'wouldn t', 'shouldn t', 'you', 'it', 'there',
  ],
};

/** French subject pronouns after an inverted verb: "As-tu ...", "Penses-tu ...", "Y a-t-il ...". */
export const INVERTED_SUBJECTS = ['tu', 'vous', 'il', 'elle', 'ils', 'elles', 'on'];

/** Open questions offered as guidance when most questions are closed. */
export const OPEN_QUESTION_EXAMPLES = {
  fr: ['Quoi ?', 'Comment ?', 'Qu’as-tu déjà essayé ?', 'Que se passe-t-il concrètement quand… ?', 'Qu’en penses-tu ?'],
  en: ['What?', 'How?', 'What have you already tried?', 'What actually happens when…?', 'What do you make of it?'],
};

/** Words that show the group asked, or learnt, what the client has already tried. */
export const TRIED_PHRASES = {
  fr: [
    'essaye', 'essaie', 'essayer', 'essaies', 'essayes', 'essayee', 'essayees', 'tente', 'tentee', 'tentes', 'tenter',
    'tentative', 'tentatives', 'experimente', 'experimenter', 'teste', 'tester', 'deja fait', 'as tu fait',
    'avez vous fait', 'tu as fait', 'vous avez fait', 'qu as tu fait', 'j ai fait', 'deja mis', 'mis en place',
    'mis en oeuvre', 'jusqu ici', 'jusqu a present', 'jusqu a maintenant', 'pour l instant', 'a ce jour',
    'deja agi', 'ce qui a marche', 'ce qui n a pas marche', 'qu est ce qui a marche', 'qu est ce qui n a pas marche',
  ],
  en: [
    'tried', 'try', 'tries', 'trying', 'attempted', 'attempt', 'attempts', 'tested', 'experimented', 'so far',
    'already done', 'have you done', 'did you do', 'you did', 'i did', 'we did', 'to date', 'until now',
    'what worked', 'what didn t work', 'what has worked', 'put in place',
  ],
};

/** Question openings about what the client did: "Qu'as-tu fait ...", "What did you delegate ...". */
export const TRIED_QUESTION_OPENINGS = {
  fr: ['qu as tu', 'qu avez vous', 'qu est ce que tu as', 'qu est ce que vous avez', 'comment as tu fait', 'comment avez vous fait'],
  en: ['what did you', 'what have you', 'how did you handle', 'how have you handled', 'how did you deal', 'what steps have you'],
};
