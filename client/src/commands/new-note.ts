// "New co-development session" / "New meeting note": an untitled Markdown note filled with the
// template of the chosen language, its tab stops live, as if the prefix had been typed.
import { SnippetString, env, window, workspace } from 'vscode';
import en from '../../../snippets/notes.en.json';
import fr from '../../../snippets/notes.fr.json';
import { pickLanguage } from '../language';

const TEMPLATES = {
  session: { fr: fr['Séance de codéveloppement'], en: en['Co-development session'] },
  meeting: { fr: fr['Rendez-vous commercial'], en: en['Sales meeting'] },
};

export async function newNote(kind: keyof typeof TEMPLATES): Promise<void> {
  const language = pickLanguage(workspace.getConfiguration('boussole').get<string>('defaultLanguage'), env.language);
  const document = await workspace.openTextDocument({ language: 'markdown' });
  const editor = await window.showTextDocument(document);
  await editor.insertSnippet(new SnippetString(TEMPLATES[kind][language].body.join('\n')));
}
