// Normalised text: what the lexicon is matched against.
import assert from 'node:assert/strict';
import { normalize } from '../../../server/src/core/reading/text';

describe('normalize', () => {
  it('folds ligatures and compatibility forms instead of dropping them', () => {
    assert.equal(normalize('Mis en Œuvre, cœur, nœud'), 'mis en oeuvre coeur noeud');
    assert.equal(normalize('Curriculum vitæ'), 'curriculum vitae');
    assert.equal(normalize('la ﬁn du ﬂux'), 'la fin du flux');
    assert.equal(normalize('Straße'), 'strasse');
  });

  it('drops accents the French way and treats typographic punctuation as spaces', () => {
    assert.equal(normalize('Étape 2 : Faits'), 'etape 2 faits');
    assert.equal(normalize('capharnaüm, naïve, Noël'), 'capharnaum naive noel');
    assert.equal(normalize('l’équipe « dit » — oui'), 'l equipe dit oui');
    assert.equal(normalize('N+1'), 'n+1');
  });
});
