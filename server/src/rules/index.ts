// The rule registry: every rule, in the order findings are reported.
import { forecastWithoutDecider } from './forecast-without-decider';
import { nextStepNonDecider } from './next-step-non-decider';
import { nextStepWithoutDate } from './next-step-without-date';
import { nextStepWithoutPurpose } from './next-step-without-purpose';
import { noDeciderIdentified } from './no-decider-identified';
import { noNextStep } from './no-next-step';
import { oneSidedNextStep } from './one-sided-next-step';
import { noFacts } from './no-facts';
import { requestNotReformulated } from './request-not-reformulated';
import type { Rule } from './rule';

export const RULES: readonly Rule[] = [
  noFacts,
  requestNotReformulated,
  nextStepNonDecider,
  noNextStep,
  nextStepWithoutPurpose,
  oneSidedNextStep,
  noDeciderIdentified,
  forecastWithoutDecider,
  nextStepWithoutDate,
];

export function findRule(id: string): Rule | undefined {
  return RULES.find((rule) => rule.id === id);
}

/** Path of a rule's documentation page, relative to the project root. */
export function ruleDocPath(id: string): string {
  return `docs/rules/${id}.md`;
}
