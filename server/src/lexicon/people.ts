// Who decides, who sells: titles and markers found in meeting notes, French and English.
// Titles are matched as whole words on normalised text (lower case, no accents).

/** Titles that usually carry the final decision on a purchase of value. */
export const DECIDER_TITLES = [
  'dg', 'pdg', 'ceo', 'cfo', 'coo', 'cto', 'cio', 'cmo', 'cso', 'chro', 'daf', 'drh', 'dsi', 'dga',
  'directeur general', 'directrice generale', 'directeur general adjoint', 'directrice generale adjointe',
  'president', 'presidente', 'gerant', 'gerante', 'fondateur', 'fondatrice', 'associe gerant',
  'directeur', 'directrice', 'directeur financier', 'directrice financiere', 'directeur commercial',
  'directrice commerciale', 'directeur des achats', 'directrice des achats',
  'vp', 'svp', 'evp', 'vice president', 'vice presidente', 'head of', 'owner', 'founder', 'co founder',
  'director', 'managing director', 'general manager', 'chief', 'economic buyer', 'business owner', 'proprietaire',
  // "N+1" normalises to "n+1" ("+" is kept), "N + 1" to "n + 1".
  'n+1', 'n+2', 'n+3', 'n + 1', 'n + 2', 'n + 3',
  // Bodies that decide together.
  'comite de direction', 'codir', 'comex', 'conseil d administration', 'direction generale', 'comite d investissement',
  'board', 'executive committee', 'investment committee', 'leadership team',
];

/** Titles that look senior but rarely sign alone; they stay "unknown" unless marked. */
export const NON_DECIDER_TITLES = [
  'responsable', 'charge de', 'chargee de', 'chef de projet', 'cheffe de projet', 'assistant', 'assistante',
  'acheteur', 'acheteuse', 'consultant', 'consultante', 'stagiaire', 'technicien', 'technicienne', 'analyste',
  'coordinateur', 'coordinatrice', 'specialist', 'analyst', 'coordinator', 'project manager', 'assistant',
  'buyer', 'intern', 'engineer', 'ingenieur', 'ingenieure', 'user', 'utilisateur', 'utilisatrice', 'champion',
  'product owner', 'directeur de projet', 'directrice de projet', 'project director', 'team lead',
];

/** Explicit markers written next to a participant, e.g. "Marie Dupont, DAF (décideur)". */
export const DECIDER_MARKERS = {
  yes: ['decideur', 'decideuse', 'decisionnaire', 'decide', 'decider', 'decision maker', 'decides', 'signe', 'signs', 'final say', 'dernier mot', 'economic buyer'],
  /**
   * "(valide)", "(validates)" after a name: the one whose yes the deal waits for, unless somebody
   * else is said to decide or their title approves without deciding (see APPROVER_TITLES).
   */
  validates: ['valide', 'validates', 'approves', 'approuve'],
  no: [
    'non decideur', 'non decideuse', 'pas decideur', 'pas decideuse', 'ne decide pas', 'non decisionnaire',
    'not decider', 'non decider', 'not the decider', 'does not decide', 'doesn t decide', 'no decision power',
    'influenceur', 'influencer', 'prescripteur', 'prescriber', 'valide techniquement', 'validation technique',
    'technical approver', 'validates technically', 'avis consultatif', 'ne valide pas', 'doesn t validate',
    'no final say', 'not the final say', 'no say', 'pas le dernier mot', 'pas de dernier mot', 'not the economic buyer',
    'not economic buyer', 'pas l economic buyer',
  ],
};

/** Titles whose "(validates)" is a step of the purchase, not the decision: procurement, legal, security. */
export const APPROVER_TITLES = [
  'achats', 'procurement', 'purchasing', 'acheteur', 'acheteuse', 'buyer', 'juridique', 'legal', 'securite', 'security',
];

/** Markers or roles of the seller's own side, who are not buyers. */
export const SELLER_MARKERS = [
  'moi', 'nous', 'notre equipe', 'vendeur', 'vendeuse', 'commercial', 'commerciale', 'ingenieur commercial',
  'ingenieure commerciale', 'avant vente', 'business developer', 'me', 'us', 'our team', 'seller',
  'account executive', 'account manager', 'sales', 'sales rep', 'presales', 'pre sales', 'kam', 'ae', 'sdr',
];

/**
 * Words that open what someone says, not what they are: "Roger - I think I already made my point",
 * "Paul : oui, merci". After a name in a participants section they start an utterance, not a title.
 */
/** Words that say who someone is before their title: "Éric Vial (C'est le DG)", "Dana (she's the CFO)". */
export const TITLE_OPENINGS = [
  'c est', 'c etait', 'il est', 'elle est', 'qui est', 'it s', 'he s', 'she s', 'who s', 'who is', 'he is', 'she is',
];

export const SPEECH_OPENERS = [
  'i', 'i m', 'i ll', 'i d', 'i ve', 'we', 'we re', 'we ll', 'let me', 'let s', 'yes', 'yeah', 'okay', 'ok', 'so',
  'thank you', 'thanks', 'hello', 'hi', 'well',
  'je', 'j', 'oui', 'merci', 'bonjour', 'alors', 'bon', 'donc', 'voila',
];

/** Labels that introduce who decides: "Décideur : ...", "Decision maker: ...". */
export const DECISION_LINE_LABELS = [
  'decideur', 'decideurs', 'decideuse', 'qui decide', 'decision', 'decision finale', 'la decision',
  'decision maker', 'decision makers', 'decider', 'deciders', 'who decides', 'final decision', 'economic buyer',
  'signataire', 'signs off', 'sign off',
];

/** "le N+2 de Jean", "Jean's boss": the person named is then not the decider. */
export const SUPERIOR_PATTERNS = [
  /\bn\s*\+\s*[123]\b(?:\s+(?:de|du|d))?\s+(.+)/,
  /\b(?:superieur|superieure|chef|cheffe|patron|patronne|manager|boss|responsable hierarchique)\s+(?:de|du|d)\s+(.+)/,
  // Normalised text has single spaces: a literal one keeps the lazy name from backtracking.
  /^(.+?) s (?:boss|manager|superior|n ?\+ ?[123])\b/,
  /\b(?:boss|manager|superior)\s+of\s+(.+)/,
];

/** Next steps that put something to decide in front of a person. */
export const PROPOSAL_WORDS = [
  'proposition', 'propositions', 'propale', 'propal', 'proposition commerciale', 'devis', 'offre', 'chiffrage',
  'demo', 'demonstration', 'presentation', 'presenter', 'soutenance', 'contrat', 'tarif', 'tarifs', 'cotation',
  'proposal', 'proposals', 'quote', 'quotation', 'offer', 'pricing', 'pitch', 'contract', 'estimate', 'sow',
  'statement of work', 'present', 'presentation', 'demonstrate',
];
