// Step 6: what a learning sounds like, what mere satisfaction sounds like, and vague learnings.

/** Satisfaction about the session, which says nothing of what was learnt. */
export const SATISFACTION_PHRASES = {
  fr: [
    'j ai apprecie', 'j ai bien aime', 'j ai aime', 'j ai adore', 'apprecie', 'super', 'genial', 'geniale', 'top',
    'interessant', 'interessante', 'tres interessant', 'enrichissant', 'enrichissante', 'bonne methode', 'belle seance',
    'bonne seance', 'seance riche', 'riche', 'sympa', 'sympathique', 'agreable', 'bienveillance', 'bienveillant',
    'bonne ambiance', 'bon climat', 'merci', 'bravo', 'ravi', 'ravie', 'content', 'contente', 'satisfait', 'satisfaite',
    'efficace', 'utile', 'plaisir', 'chouette', 'formidable', 'passionnant', 'envie de', 'bonne energie', 'fluide',
    'plus leger', 'plus legere', 'energie du groupe', 'excellent', 'excellente', 'magnifique',
  ],
  en: [
    'great', 'great session', 'i enjoyed', 'enjoyed', 'i liked', 'loved', 'i loved', 'really good', 'very good',
    'good method', 'nice', 'interesting', 'very interesting', 'useful', 'helpful', 'inspiring', 'thank you', 'thanks',
    'pleasure', 'happy', 'glad', 'satisfied', 'amazing', 'awesome', 'good energy', 'good vibe', 'friendly', 'rich',
    'powerful', 'efficient', 'smooth', 'lovely', 'lighter', 'wonderful', 'fantastic', 'brilliant', 'enjoyable', 'fun',
    'energy of the group', 'group energy',
  ],
};

/**
 * Signs of a concrete lesson: an explicit "I learnt that", a change of practice ("next time",
 * "from now on"), or the objects of co-development learning (the questions, the facts, the request).
 */
export const LESSON_MARKERS = {
  fr: [
    'j ai appris que', 'j ai appris qu', 'j ai appris a', 'appris que', 'j ai compris que', 'j ai compris qu',
    'j ai realise que', 'je realise que', 'je retiens que', 'j ai pris conscience que', 'j ai decouvert que',
    'je me rends compte que', 'je me suis rendu compte que', 'la prochaine fois', 'desormais', 'dorenavant',
    'a l avenir', 'je ferai', 'je poserai', 'je demanderai', 'au lieu de', 'plutot que', 'la question', 'les questions',
    'une question', 'question ouverte', 'questions ouvertes', 'questions fermees', 'questionnement', 'les faits',
    'des faits', 'factuel', 'factuelle', 'la reformulation', 'reformuler', 'la demande', 'le contrat', 'le silence',
    'ecouter', 'l ecoute', 'conseils deguises', 'question', 'questions', 'reformulation', 'demande', 'silence', 'ce qui a ete essaye', 'hypothese', 'hypotheses',
  ],
  en: [
    'i learned that', 'i learnt that', 'i learned to', 'i learnt to', 'learned that', 'i realised that',
    'i realized that', 'i understood that', 'i discovered that', 'i noticed that', 'next time', 'from now on',
    'in future', 'in the future', 'i will ask', 'i ll ask', 'instead of', 'rather than', 'the question',
    'the questions', 'a question', 'open question', 'open questions', 'closed questions', 'questioning', 'the facts',
    'facts', 'factual', 'the reformulation', 'reformulating', 'the request', 'the contract', 'silence', 'listening',
    'disguised advice', 'what was tried', 'question', 'questions', 'asking', 'ask', 'request', 'hypothesis', 'assumption', 'assumptions',
  ],
};

/** Learnings that point at nothing one could name: "une prise de conscience de quelque chose". */
export const VAGUE_LEARNING_PHRASES = {
  fr: [
    'prise de conscience de quelque chose', 'quelque chose', 'franchir une etape', 'franchir un cap', 'passer un cap',
    'passer une etape', 'un declic', 'declic', 'ca m a parle', 'ca m a ouvert', 'ca resonne', 'ca m a fait du bien',
    'plein de choses', 'beaucoup de choses', 'des choses', 'certaines choses', 'des elements', 'des pistes',
    'des idees', 'ses croyances', 'mes croyances', 'nos croyances', 'ouvre des portes', 'ouvert des portes',
    'des prises de conscience', 'une prise de conscience', 'prendre du recul', 'du recul',
    'franchi un cap', 'franchi une etape', 'passe un cap', 'passe une etape', 'plein de pistes', 'beaucoup de pistes',
    'plein d elements', 'beaucoup d elements', 'plein d idees', 'beaucoup d idees', 'plein de trucs',
  ],
  en: [
    'something clicked', 'it clicked', 'clicked', 'something', 'a lot of things', 'many things', 'some things',
    'lots of things', 'things', 'stuff', 'food for thought', 'it resonated', 'resonated', 'eye opening',
    'eye opener', 'a step forward', 'aha moment', 'an insight', 'some insights', 'insights',
    'my beliefs', 'his beliefs', 'her beliefs', 'opened doors', 'a new perspective',
    'lots of takeaways', 'a lot of takeaways', 'many takeaways', 'some takeaways', 'lots of ideas', 'a lot of ideas',
  ],
};

/** What the animator answers to a vague learning, in the note's language. */
export const VAGUE_LEARNING_PROMPT = { fr: 'quoi donc, précisément ?', en: 'what, precisely?' };
