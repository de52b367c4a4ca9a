// How clarification questions are asked: advice in disguise, closed or open, and what they ask about.
// Phrases are matched as whole words on normalised text (lower case, no accents, no punctuation).

/** Speaker labels that mark a line as a question even when its "?" was forgotten. */
export const QUESTION_SPEAKERS = ['q', 'question', 'questions', 'question d un consultant', 'qu'];

/** Words a question may open with that change nothing to its form: "Et ...", "Mais alors ...", "So ...". */
export const LEADING_CONNECTORS = {
  fr: ['et', 'mais', 'alors', 'donc', 'ok', 'd accord', 'du coup', 'bon', 'enfin', 'et donc', 'et alors', 'mais alors', 'voila', 'donc voila', 'alors voila', 'bref', 'enfin bref', 'bon ben', 'et puis'],
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
    'tu pourrais', 'tu pourrais pas', 'vous pourriez', 'vous pourriez pas', 'tu peux pas', 'tu ne peux pas',
    'vous ne pouvez pas', 'tu devrais pas', 'tu dois pas', 'il faudrait pas', 'faudrait pas', 'faut pas',
    'tu as pense a', 't as pense a', 't as pense au', 't as essaye', 't as pas essaye', 't as pas pense',
    'ce serait pas mieux', 'ce ne serait pas mieux', 'ca ne serait pas mieux', 'ca serait pas mieux',
    'et pourquoi tu ne', 'pourquoi tu ne', 'pourquoi vous ne',
  ],
  en: [
    'have you tried', 'did you try', 'have you thought about', 'have you thought of', 'did you think about',
    'did you think of', 'have you considered', 'did you consider', 'have you ever thought', 'have you ever tried',
    'have you ever considered', 'why don t you', 'why not', 'why wouldn t you', 'why didn t you', 'shouldn t you',
    'should you not', 'should you', 'wouldn t it be', 'would it not be', 'isn t it better', 'wouldn t you',
    'couldn t you', 'could you not', 'you should', 'you could', 'you need to', 'you have to', 'you must',
    'you ought to', 'don t you think', 'do you not think', 'isn t it time', 'how about', 'what about trying',
    'have you thought about simply', 'have you thought of simply', 'can t you', 'can t you just', 'could you just',
    'couldn t you just', 'why not just', 'why don t you just', 'wouldn t it be easier', 'wouldn t it be better',
    'would it be easier', 'would it help to', 'what about just',
  ],
};

/**
 * What may follow an advice opening in a genuine question: "Have you tried anything yet?",
 * "Tu pourrais me décrire… ?".
 */
export const ADVICE_EXCEPTIONS = {
  fr: ['quelque chose', 'autre chose', 'rien', 'deja quelque chose', 'deja', 'd autres', 'plusieurs', 'me dire',
    'nous dire', 'me decrire', 'nous decrire', 'me raconter', 'nous raconter', 'm expliquer', 'nous expliquer',
    'me donner', 'nous donner', 'me citer', 'nous citer', 'preciser', 'me preciser', 'nous preciser', 'decrire',
    'raconter', 'expliquer', 'dire', 'donner un exemple', 'citer', 'quoi', 'comment', 'combien', 'lequel', 'laquelle',
    'lesquels', 'qui', 'quand', 'ou'],
  en: ['anything', 'something', 'anything else', 'other', 'already', 'yet', 'before', 'tell', 'describe', 'explain',
    'walk us', 'give us', 'give an example', 'share', 'what', 'how', 'which', 'when', 'who'],
};

/**
 * A suggestion put as a hypothesis: "Et si tu essayais de…", "What if you tried…". The lead is
 * followed by a verb in the past tense (French imperfect), which proposes rather than asks.
 */
export const SUGGESTION_HYPOTHESES = {
  fr: { leads: ['si tu', 'si vous', 'si on'], pronouns: ['lui', 'leur', 'en', 'y', 'le', 'la', 'les', 'l', 'me', 'te', 'se', 'm', 't', 's', 'ne', 'n'], endings: ['ais', 'ait', 'iez', 'ions'], irregular: [] as string[] },
  en: { leads: ['what if you', 'what if we', 'suppose you', 'what if you just', 'what if you simply'], pronouns: ['just', 'simply', 'actually'], endings: ['ed'],
    irregular: ['met', 'told', 'went', 'took', 'gave', 'made', 'spoke', 'sent', 'let', 'put', 'stopped', 'sat', 'got', 'set', 'left', 'brought', 'began', 'wrote'] },
};

/**
 * "Pourquoi tu lui proposes pas… ?", "Why not…?": a "why" with a negation asks the client to justify
 * not doing what the asker has in mind.
 */
export const WHY_NOT = { fr: { why: ['pourquoi'], negations: ['pas'] }, en: { why: ['why'], negations: ['not', 'don t', 'didn t', 'wouldn t', 'won t'] } };

/**
 * Statement-questions: a subject and a verb with a question mark ("Ton boss sait ?", "Your boss
 * knows?"), answered by yes or no. A determiner opens the subject; the verb is a common finite form.
 */
export const STATEMENT_QUESTION = {
  fr: {
    determiners: ['ton', 'ta', 'tes', 'votre', 'vos', 'le', 'la', 'les', 'l', 'ce', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'mon', 'ma', 'mes', 'un', 'une', 'des', 'tout', 'toute', 'personne', 'quelqu un'],
    verbs: ['sait', 'savent', 'est', 'sont', 'etait', 'a', 'ont', 'avait', 'connait', 'connaissent', 'fait', 'font', 'peut',
      'peuvent', 'veut', 'veulent', 'va', 'vont', 'dit', 'disent', 'pense', 'pensent', 'voit', 'voient', 'accepte',
      'acceptent', 'valide', 'valident', 'decide', 'decident', 'suit', 'suivent', 'existe', 'existent', 'marche',
      'fonctionne', 'aide', 'aident', 'comprend', 'comprennent', 'soutient', 'soutiennent', 'compte', 'reste', 'change',
      'paie', 'paye', 'bloque', 'repond', 'repondent', 'participe', 'partage', 'signe', 'ont ils', 'est il', 'te soutient',
      'le sait', 'est au courant', 'sont au courant', 'te suit', 'tient'],
  },
  en: {
    determiners: ['your', 'the', 'my', 'his', 'her', 'their', 'our', 'this', 'that', 'these', 'those', 'a', 'an', 'anyone', 'someone', 'everyone', 'nobody'],
    verbs: ['knows', 'know', 'is', 'are', 'was', 'were', 'has', 'have', 'had', 'does', 'do', 'did', 'agrees', 'agree',
      'wants', 'want', 'thinks', 'think', 'says', 'likes', 'decides', 'sees', 'accepts', 'supports', 'works', 'helps',
      'exists', 'pays', 'signs', 'answers', 'understands', 'matters', 'changes', 'stays', 'can', 'will', 'would',
      'should', 'could', 'backs', 'approves', 'cares', 'minds', 'notices', 'noticed', 'knew', 'agreed'],
  },
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
