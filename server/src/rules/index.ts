// The rule registry: every rule, in the order findings are reported.
import { nextStepNonDecider } from './next-step-non-decider';
import { noFacts } from './no-facts';
import { requestNotReformulated } from './request-not-reformulated';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  noFacts,
  requestNotReformulated,
  nextStepNonDecider,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}

/** Path of a rule's documentation page, relative to the project root. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}
