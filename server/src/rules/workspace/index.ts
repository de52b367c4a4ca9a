// The cross-note rules, in the order their findings are reported. Their ids are fixed like every
// rule's; the registry of `rules/index.ts` names their documentation pages the same way.
import { deciderNeverMet } from './decider-never-met';
import { openItemsNotReviewed } from './open-items-not-reviewed';
import { overdueCommitment } from './overdue-commitment';
import type { WorkspaceRule } from './rule';
import { singleThreaded } from './single-threaded';

export const WORKSPACE_RULES: readonly WorkspaceRule[] = [deciderNeverMet, singleThreaded, openItemsNotReviewed, overdueCommitment];
