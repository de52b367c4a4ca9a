// Line labels: the words notes put before a line to say who speaks or what the line is
// ("Q :", "R/", "Client :", "Animateur :", "EB :"). Normalised (lower case, no accents).

/** Who or what a label stands for. */
export const LABEL_ROLES = {
  /** A question asked to the client or the buyer. */
  question: ['q', 'qu', 'qn', 'question', 'questions', 'question d un consultant', 'question du groupe', 'consultant q'],
  /** The answer to the question before. */
  answer: ['r', 'a', 'rep', 'reponse', 'reponses', 'answer', 'answers', 'reponse du client', 'reponse de la cliente'],
  /** The client of a session, the one whose case is worked on. */
  client: ['client', 'cliente', 'le client', 'la cliente', 'the client', 'client e', 'porteur', 'porteuse', 'case owner'],
  /** Who runs the session. */
  facilitator: [
    'animateur', 'animatrice', 'anim', 'facilitateur', 'facilitatrice', 'facilitator', 'animator', 'host', 'coach',
  ],
  /** A member of the group. */
  consultant: ['consultant', 'consultante', 'consultants', 'participant', 'participante', 'pair', 'membre', 'peer', 'member'],
  /** A role in a buying decision, used as a label in live notes ("EB : Marc"). */
  stakeholder: [
    'eb', 'dm', 'tb', 'ub', 'champion', 'coach interne', 'sponsor', 'economic buyer', 'decision maker', 'decideur',
    'decideuse', 'influenceur', 'influenceuse', 'influencer', 'prescripteur', 'prescriptrice', 'signataire',
  ],
} as const;

/** Rosters of live shorthand: "ppl: …", "them: …", "us: …", "nous : …". */
export const SHORTHAND_ROSTER_LABELS = [
  'ppl', 'people', 'them', 'eux', 'their side', 'leur cote', 'cote eux', 'buyer side',
  'us', 'nous', 'our side', 'notre cote', 'de notre cote', 'cote nous', 'on our side', 'seller side',
];

/** Labels that open an inline list of the people present: "Présents : A, B, C". */
export const ATTENDEE_LIST_LABELS = [
  'presents', 'present', 'presentes', 'presente', 'participants', 'participantes', 'participant', 'etaient presents',
  'attendees', 'attendee', 'in attendance', 'present at the meeting', 'with', 'avec', 'cote client', 'chez le client',
  'client side', 'on their side', 'de leur cote', 'contact', 'contacts', 'contact met', 'contacts met',
  'contact rencontre', 'contacts rencontres', 'interlocuteur', 'interlocuteurs', 'interlocutrice', 'met with', 'people met',
  'personnes rencontrees', 'other attendees', 'autres participants', 'rencontres', 'rencontre', 'rencontree',
  'rencontrees', 'vus', 'seen', 'on the call', 'in the room', 'on the line', 'joined', 'also joined', 'a l appel',
  'dans la salle', 'autour de la table',
  // Live shorthand: "ppl: …", "them: …" (the buyer's side), "us: …" / "nous : …" (the seller's, see SELLER_SIDE_LABELS).
  ...SHORTHAND_ROSTER_LABELS,
];

/** Inline lists of the seller's own side: whoever they name sells, whatever their title. */
export const SELLER_SIDE_LABELS = [
  'us', 'nous', 'our side', 'notre cote', 'de notre cote', 'cote nous', 'on our side', 'seller side',
];

/** The buyer's side named inside a list ("… ; côté client : Dana, Luis"): whoever follows it buys. */
export const BUYER_SIDE_LABELS = [
  'them', 'their side', 'client side', 'customer side', 'buyer side', 'cote client', 'chez eux', 'chez le client',
  'de leur cote', 'leur cote', 'cote acheteur',
];

/** Front matter keys that list people, and the keys that name the decider or the account. */
export const FRONT_MATTER_PEOPLE_KEYS = {
  attendees: ['attendees', 'participants', 'presents', 'présents', 'present', 'people', 'personnes', 'contacts'],
  decider: ['decider', 'decideur', 'décideur', 'decision_maker', 'decision-maker', 'economic_buyer', 'signataire'],
  account: ['account', 'compte', 'client', 'company', 'societe', 'société', 'entreprise', 'customer', 'prospect'],
};

/** Words that join the last two names of a list: "A, B et C", "A, B and C". */
export const LIST_CONJUNCTIONS = ['et', 'and', '&'];
