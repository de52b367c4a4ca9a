// "New follow-up of this note": the language server writes the follow-up's name and text; here we
// only read the active note, write the new file next to it and open it.
// Messages follow VS Code's display language (l10n/bundle.l10n.fr.json for French).
import { Position, Selection, Uri, l10n, window, workspace } from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FOLLOW_UP_REQUEST, type FollowUpParams, type FollowUpResult } from '../../../server/src/lsp/protocol';
import { today } from '../today';

export async function newFollowUp(client: LanguageClient): Promise<void> {
  const source = window.activeTextEditor?.document;
  if (!source || source.languageId !== 'markdown') {
    void window.showWarningMessage(l10n.t('Open the note to follow up (a Markdown file).'));
    return;
  }
  if (source.isUntitled) {
    void window.showWarningMessage(l10n.t('Save the note first: the follow-up is created next to it.'));
    return;
  }
  const folder = Uri.joinPath(source.uri, '..');
  const taken = (await workspace.fs.readDirectory(folder)).map(([name]) => name);
  const fileName = source.uri.path.split('/').pop()!;
  const params: FollowUpParams = { text: source.getText(), fileName, date: today(), taken };
  const followUp = await client.sendRequest<FollowUpResult>(FOLLOW_UP_REQUEST, params);
  const target = Uri.joinPath(folder, followUp.fileName);
  await workspace.fs.writeFile(target, new TextEncoder().encode(followUp.text));
  const editor = await window.showTextDocument(await workspace.openTextDocument(target));
  // The cursor waits on the empty next step at the end.
  const last = Math.max(0, editor.document.lineCount - 2);
  const end = new Position(last, editor.document.lineAt(last).text.length);
  editor.selection = new Selection(end, end);
}
