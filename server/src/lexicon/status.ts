// The words of the status line above a note's title, French and English side by side.
import type { Language } from '../core/types';

// French counts 0 and 1 in the singular, English 1 only.
const fr = (n: number, one: string, many: string) => `${n} ${n <= 1 ? one : many}`;
const en = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

export const STATUS_WORDS: Record<Language, {
  steps: (n: number) => string;
  facts: (n: number) => string;
  reformulated: (yes: boolean) => string;
  participants: (n: number) => string;
  decider: (name: string | undefined) => string;
  nextSteps: (n: number) => string;
  findings: (n: number) => string;
  /** The lens that opens the account map of a meeting note. */
  accountMap: string;
}> = {
  fr: {
    steps: (n) => `${n}/6 étapes`,
    facts: (n) => fr(n, 'fait', 'faits'),
    reformulated: (yes) => (yes ? 'demande reformulée' : 'demande non reformulée'),
    participants: (n) => fr(n, 'interlocuteur', 'interlocuteurs'),
    decider: (name) => (name ? `décideur : ${name}` : 'décideur inconnu'),
    nextSteps: (n) => fr(n, 'prochaine étape', 'prochaines étapes'),
    findings: (n) => fr(n, 'remarque', 'remarques'),
    accountMap: 'Carte du compte',
  },
  en: {
    steps: (n) => `${n}/6 steps`,
    facts: (n) => en(n, 'fact', 'facts'),
    reformulated: (yes) => (yes ? 'request reformulated' : 'request not reformulated'),
    participants: (n) => en(n, 'buyer', 'buyers'),
    decider: (name) => (name ? `decider: ${name}` : 'decider unknown'),
    nextSteps: (n) => en(n, 'next step', 'next steps'),
    findings: (n) => en(n, 'finding', 'findings'),
    accountMap: 'Account map',
  },
};
