// The language of a new note: the `boussole.defaultLanguage` setting, or VS Code's display language.
export type NoteLanguage = 'fr' | 'en';

export function pickLanguage(setting: string | undefined, displayLanguage: string): NoteLanguage {
  if (setting === 'fr' || setting === 'en') return setting;
  return /^fr\b/i.test(displayLanguage) ? 'fr' : 'en';
}
