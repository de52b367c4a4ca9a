// Which language a new note is written in.
import assert from 'node:assert/strict';
import { pickLanguage } from '../../client/src/language';

describe('language of a new note', () => {
  it('follows the setting when it names a language', () => {
    assert.equal(pickLanguage('en', 'fr'), 'en');
    assert.equal(pickLanguage('fr', 'en-US'), 'fr');
  });

  it('follows VS Code’s display language on auto: French for any French locale, English otherwise', () => {
    for (const locale of ['fr', 'fr-ca', 'FR-be']) assert.equal(pickLanguage('auto', locale), 'fr', locale);
    for (const locale of ['en', 'de', 'pt-br', 'fri']) assert.equal(pickLanguage('auto', locale), 'en', locale);
    assert.equal(pickLanguage(undefined, 'fr'), 'fr');
  });
});
