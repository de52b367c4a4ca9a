// Language detection on the notes people actually write: short, hurried, without accents.
import assert from 'node:assert/strict';
import { detectLanguage } from '../../../server/src/core/reading/language';

describe('detectLanguage', () => {
  it('reads short shorthand without accents', () => {
    assert.equal(detectLanguage('rdv ste Martin 12/03 - presents : DG, DAF - suite : envoyer propale', 'en'), 'fr');
    assert.equal(detectLanguage('codev 09/04 - porteuse : Ines - Q/ cmt tu fais ? R/ ds le circuit', 'en'), 'fr');
    assert.equal(detectLanguage('Account: Ridgeway - Contact: Kelly Nguyen, facilities - met 12/3, next: demo', 'fr'), 'en');
  });

  it('lets the n-gram model decide when the marker words tie', () => {
    // No marker word at all: the letters alone tell the languages apart.
    assert.equal(detectLanguage('Facturation fournisseurs : retards, relances, penalites, litiges', 'en'), 'fr');
    assert.equal(detectLanguage('Invoices overdue, reminders, penalties, disputes', 'fr'), 'en');
  });

  it('falls back to the given language when there is nothing to read', () => {
    assert.equal(detectLanguage('', 'fr'), 'fr');
    assert.equal(detectLanguage('12/03 - 14:30', 'en'), 'en');
  });
});
