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
import { adviceInQuestions } from './advice-in-questions';
import { closedQuestions } from './closed-questions';
import { missingStep } from './missing-step';
import { noInitialRequest } from './no-initial-request';
import { nothingTriedAsked } from './nothing-tried-asked';
import { satisfactionIsNotLearning } from './satisfaction-is-not-learning';
import { stepsOutOfOrder } from './steps-out-of-order';
import { unexploredEmotion } from './unexplored-emotion';
import { vagueActionPlan } from './vague-action-plan';
import { vagueLearnings } from './vague-learnings';
import type { Rule } from './rule';

export { WORKSPACE_RULES } from './workspace';

export const RULES: readonly Rule[] = [
  noFacts,
  requestNotReformulated,
  nextStepNonDecider,
  missingStep,
  stepsOutOfOrder,
  noInitialRequest,
  adviceInQuestions,
  closedQuestions,
  nothingTriedAsked,
  unexploredEmotion,
  vagueActionPlan,
  satisfactionIsNotLearning,
  vagueLearnings,
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

export { ruleDocPath } from './doc-path';
