// Boussole's workspace requests, answered at once from the index: the open commitments of every
// note (the follow-ups view) and an account's stakeholders (the account map).
import type { Connection } from 'vscode-languageserver/node';
import { accountMap, followUps } from '../../core/workspace/views';
import { optionalStrings } from '../params';
import { ACCOUNT_MAP_REQUEST, type AccountMapResult, FOLLOW_UPS_REQUEST, type FollowUpsResult } from '../protocol';
import type { Workspace } from './service';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function answerWorkspaceRequests(connection: Connection, workspace: Workspace): void {
  connection.onRequest(FOLLOW_UPS_REQUEST, (params: unknown): FollowUpsResult => {
    const { today } = optionalStrings(params, ['today']);
    const day = today !== undefined && DAY.test(today) ? today : workspace.today();
    const result = followUps(workspace.notes.index, day, workspace.complete());
    return workspace.off() ? { ...result, off: true } : result;
  });
  connection.onRequest(ACCOUNT_MAP_REQUEST, (params: unknown): AccountMapResult => {
    const { accountKey, uri } = optionalStrings(params, ['accountKey', 'uri']);
    return workspace.off() ? { off: true } : accountMap(workspace.notes.index, { accountKey, uri });
  });
}
