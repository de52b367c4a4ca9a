// The `boussole/followUp` request: the core writes the follow-up, the client only saves and opens it.
import { buildFollowUp } from '../core/features/followup';
import type { FollowUpParams, FollowUpResult } from './protocol';

export function followUp({ text, fileName, date, taken }: FollowUpParams): FollowUpResult {
  const used = new Set(taken);
  return buildFollowUp({ text, fileName, date, isTaken: (name) => used.has(name) });
}
