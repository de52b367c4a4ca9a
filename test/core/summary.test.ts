// What a linked note promised: read from sessions, meetings and follow-ups alike.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { linkAt } from '../../server/src/core/reading/links';
import { splitLines } from '../../server/src/core/model';
import { summarize } from '../../server/src/core/features/summary';
import { FIXTURES } from '../helpers/fixtures';

function summary(text: string, fileName = '') {
  return summarize(analyze(text).model, splitLines(text), fileName);
}

describe('note summary and links', () => {
  it('reads a meeting: date, situation, next steps', () => {
    const text = readFileSync(join(FIXTURES, 'meeting', 'non-decider-fr.md'), 'utf8');
    const result = summary(text);
    assert.equal(result.date, '2026-05-14');
    assert.match(result.purpose!, /^Les retours clients coûtent 180 000 €/);
    assert.deepEqual(result.actions.map((a) => [a.text.slice(0, 20), a.done]), [
      ['Envoyer la propositi', undefined], ['Hélène Roy valide av', undefined],
    ]);
  });

  it('reads a follow-up without type: its open checklist and its next steps, dated by its file name', () => {
    const text = [
      '---', 'lang: fr', 'follows: ./2026-05-06-girard.md', '---', '', '# Suivi – Transports Girard', '',
      '## Depuis la dernière fois', '', '- [x] Envoyer la carte des flux : fait', '- [ ] Rencontrer la DAF : en attente', '',
      '## Prochaines étapes', '', '- Atelier de cadrage avec la DAF le 12 juin', '',
    ].join('\n');
    const result = summary(text, '2026-06-04-girard-suivi.md');
    assert.equal(result.date, '2026-06-04');
    assert.deepEqual(result.actions, [
      { text: 'Envoyer la carte des flux : fait', done: true },
      { text: 'Rencontrer la DAF : en attente', done: false },
      { text: 'Atelier de cadrage avec la DAF le 12 juin', done: undefined },
    ]);
  });

  it('finds note links: relative Markdown links and `follows:`, not web links nor other files', () => {
    const text = [
      '---', 'follows: "./2026-05-06-girard.md"', 'date: 2026-06-04', '---', '',
      'Voir [la note](<../clients/note de mars.md#suite>), [le site](https://example.com/a.md) et [le devis](./devis.pdf).',
    ].join('\n');
    const { model } = analyze(text);
    const lines = splitLines(text);
    assert.equal(linkAt(model, lines, { line: 1, character: 12 })?.target, './2026-05-06-girard.md');
    assert.equal(linkAt(model, lines, { line: 2, character: 8 }), undefined);
    assert.equal(linkAt(model, lines, { line: 5, character: 8 })?.target, '../clients/note de mars.md');
    assert.equal(linkAt(model, lines, { line: 5, character: lines[5].indexOf('le site') }), undefined);
    assert.equal(linkAt(model, lines, { line: 5, character: lines[5].indexOf('le devis') }), undefined);
  });
});
