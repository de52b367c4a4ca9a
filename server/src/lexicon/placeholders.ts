// What templates leave to fill in, French and English side by side, matched on normalised text.

/** Words that stand for a value not written yet: "TBD", "à compléter", "lorem ipsum". */
export const PLACEHOLDER_PHRASES = [
  'tbd', 'tbc', 'tba', 'n a', 'na', 'todo', 'to do', 'a completer', 'a remplir', 'a preciser', 'a definir',
  'a renseigner', 'a venir', 'to be completed', 'to be defined', 'to be confirmed', 'fill in', 'fill me in',
  'lorem ipsum', 'lorem', 'ipsum', 'dolor sit amet', 'xx', 'xxx', 'xxxx', 'jj mm aaaa', 'dd mm yyyy', 'yyyy mm dd',
  'hh mm', 'insert here', 'your text here', 'votre texte ici',
];

/**
 * Words of the fields a template names in brackets: `[Name]`, `<company>`, `[Prénom Nom]`,
 * `[Decision maker's title]`. Bracketed text made only of these is a placeholder.
 */
export const PLACEHOLDER_FIELDS = [
  'name', 'names', 'nom', 'noms', 'prenom', 'first', 'last', 'full', 'company', 'companies', 'entreprise', 'societe',
  'organisation', 'organization', 'org', 'account', 'compte', 'client', 'customer', 'prospect', 'date', 'dates',
  'time', 'heure', 'title', 'titre', 'role', 'roles', 'fonction', 'poste', 'job', 'owner', 'responsable', 'porteur',
  'action', 'actions', 'task', 'tache', 'email', 'mail', 'phone', 'telephone', 'tel', 'amount', 'montant', 'budget',
  'value', 'valeur', 'number', 'nombre', 'product', 'produit', 'topic', 'sujet', 'theme', 'item', 'point', 'link',
  'lien', 'url', 'place', 'lieu', 'location', 'team', 'equipe', 'project', 'projet', 'person', 'personne',
  'contact', 'decision', 'maker', 'next', 'step', 'steps', 'etape', 'prochaine', 'description',
  'details', 'notes', 'note', 'comment', 'commentaire', 'goal', 'objectif', 'deadline', 'echeance', 'due',
  'status', 'statut', 'meeting', 'reunion', 'participant', 'participants', 'attendee', 'attendees', 'your', 'votre',
  'vos', 'insert', 'inserer', 'add', 'ajouter', 'here', 'ici', 'the', 'le', 'la', 'les', 'de', 'du', 'des', 'of',
  's', 'd', 'l', 'and', 'et', 'or', 'ou', 'a', 'an', 'un', 'une', 'x', 'y', 'n', 'new', 'nouveau', 'summary',
  'resume', 'question', 'questions', 'answer', 'reponse', 'issue', 'problem', 'probleme', 'need', 'besoin',
  'pain', 'solution', 'price', 'prix', 'stage', 'quarter', 'trimestre', 'year', 'annee', 'month', 'mois', 'day',
  'jour', 'week', 'semaine', 'city', 'ville', 'agenda', 'other', 'autre', 'etc', 'mm', 'dd', 'yyyy', 'jj', 'aaaa',
  'who', 'qui', 'what', 'quoi', 'when', 'quand',
];
