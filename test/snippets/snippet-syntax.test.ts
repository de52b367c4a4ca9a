// The snippet reader used to check the templates: it must expand what VS Code expands and refuse
// what VS Code would insert wrongly.
import assert from 'node:assert/strict';
import { expandSnippet, parseSnippet } from '../helpers/snippet';

describe('snippet syntax', () => {
  it('expands tab stops, mirrors, nested placeholders, choices and date variables', () => {
    const body = ['# ${1:client} – ${2|décideur,non-décideur|}', 'Bonjour $1, le ${3:$CURRENT_YEAR-$CURRENT_MONTH}$0'];
    assert.equal(expandSnippet(body, { values: { 1: 'Élodie' }, variables: { CURRENT_YEAR: '2026', CURRENT_MONTH: '05' } }),
      '# Élodie – décideur\nBonjour Élodie, le 2026-05');
    assert.equal(expandSnippet('${1:client} et $1'), 'client et client');
    assert.equal(expandSnippet('${1|a,b|}', { values: { 1: 'b' } }), 'b');
    assert.match(expandSnippet('$CURRENT_YEAR'), /^\d{4}$/);
  });

  it('keeps escaped dollars and braces as text', () => {
    assert.equal(expandSnippet('coût : 40 \\$ \\} ${1:a\\}b} }'), 'coût : 40 $ } a}b }');
  });

  it('refuses what the editor would insert wrongly', () => {
    assert.throws(() => parseSnippet('${1:client'), /not closed/);
    assert.throws(() => parseSnippet('$CURRENT_YAER'), /unknown variable CURRENT_YAER/);
    assert.throws(() => parseSnippet('${1:client} ${1:animateur}'), /two defaults/);
    assert.throws(() => parseSnippet('${1|oui,non}'), /not closed/);
    assert.throws(() => parseSnippet('${1/(.*)/$1/}'), /transforms/);
    assert.throws(() => expandSnippet('${1|oui,non|}', { values: { 1: 'peut-être' } }), /not one of the choices/);
  });
});
