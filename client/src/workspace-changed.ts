// The server's `boussole/workspaceChanged`, as one event every view can listen to: the language
// client keeps a single handler per notification, so the views do not register their own.
import { type Disposable, EventEmitter, type Event } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { WORKSPACE_CHANGED_NOTIFICATION } from '../../server/src/lsp/protocol';

/** Notes saved together (a checkout, a search and replace) change the workspace many times in a row. */
const SETTLE_MS = 300;

export function workspaceChanges(client: LanguageClient): { event: Event<void> } & Disposable {
  const emitter = new EventEmitter<void>();
  let timer: NodeJS.Timeout | undefined;
  const registration = client.onNotification(WORKSPACE_CHANGED_NOTIFICATION, () => {
    clearTimeout(timer);
    timer = setTimeout(() => emitter.fire(), SETTLE_MS);
  });
  return {
    event: emitter.event,
    dispose: () => {
      clearTimeout(timer);
      registration.dispose();
      emitter.dispose();
    },
  };
}
