// Front matter keys that link a follow-up note to the note it follows.
export const FOLLOW_UP_KEYS = ['follows', 'suite-de', 'suite_de', 'previous', 'precedent', 'précédent'];
