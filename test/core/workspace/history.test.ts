// A follow-up's own findings once its account's history is read: who decides, said in an earlier
// meeting, need not be written again in every note.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analyze';
import { withAccountHistory } from '../../../server/src/core/workspace/history';
import { indexOf, note, uriOf } from '../../helpers/workspace';

const first = note(
  '---', 'type: rdv', 'date: 2026-10-06', 'compte: Menuiseries Lacoste', '---', '',
  '# Premier rendez-vous – Menuiseries Lacoste', '', '## Participants', '',
  '- Julie Marchand – responsable des achats', '- Moi (commercial)', '',
  '## Processus de décision', '', 'Bernard Lacoste (gérant) signe tout ce qui dépasse 10 k€ ; pas rencontré.', '',
  '## Prochaines étapes', '', '- Julie nous envoie les volumes de 2025 d’ici le 13 octobre',
);
const followUp = note(
  '---', 'type: rdv', 'date: 2026-10-20', 'compte: Menuiseries Lacoste', '---', '',
  '# Point – Menuiseries Lacoste', '', '## Participants', '', '- Julie Marchand – responsable des achats', '- Moi (commercial)', '',
  '## Échanges', '', 'Les volumes reçus confirment un budget d’environ 25 k€ pour la première année.', '',
  '## Prochaines étapes', '', '- Julie organise un rendez-vous avec Bernard Lacoste avant le 6 novembre pour présenter le budget',
);
const lone = followUp.replace('Julie organise un rendez-vous avec Bernard Lacoste avant le 6 novembre pour présenter le budget', 'Envoyer le devis à Julie d’ici le 27 octobre');

const ownRules = (text: string, notes: Record<string, string>, path: string) =>
  withAccountHistory(indexOf(notes), uriOf(path), analyze(text).findings).map((f) => f.rule);

describe('a note’s own findings with its account’s history', () => {
  it('asks no follow-up who decides when an earlier meeting of the account said it', () => {
    assert.ok(analyze(lone).findings.some((f) => f.rule === 'no-decider-identified'), 'read alone, the follow-up does not say who decides');
    const notes = { 'lacoste/2026-10-06.md': first, 'lacoste/2026-10-20.md': lone };
    assert.ok(!ownRules(lone, notes, 'lacoste/2026-10-20.md').includes('no-decider-identified'));
  });

  it('still asks when the account’s earlier notes do not say it, or only later ones do', () => {
    const silent = first.replace('Bernard Lacoste (gérant) signe tout ce qui dépasse 10 k€ ; pas rencontré.', 'Le process d’achat reste à voir.');
    assert.ok(ownRules(lone, { 'lacoste/2026-10-06.md': silent, 'lacoste/2026-10-20.md': lone }, 'lacoste/2026-10-20.md').includes('no-decider-identified'));
    const earlier = lone.replace('date: 2026-10-20', 'date: 2026-09-20');
    assert.ok(ownRules(earlier, { 'lacoste/2026-10-06.md': first, 'lacoste/2026-09-20.md': earlier }, 'lacoste/2026-09-20.md').includes('no-decider-identified'));
  });

  it('keeps the other findings, and a note of another account is not helped', () => {
    const other = lone.replace(/Menuiseries Lacoste/g, 'Scierie Dumas');
    const rules = ownRules(other, { 'lacoste/2026-10-06.md': first, 'dumas/2026-10-20.md': other }, 'dumas/2026-10-20.md');
    assert.deepEqual(rules, analyze(other).findings.map((f) => f.rule));
  });
});
