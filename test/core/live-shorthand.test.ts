// Notes typed live or pasted from a chat: rosters in lower case, who was not there, a roster line
// over the decider's line, the seller's CRM bookkeeping under the next steps, links at the end.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { buildNote } from '../../server/src/core/model';

const meeting = (lines: string[]) => buildNote(`---\ntype: meeting\n---\n\n${lines.join('\n')}\n`);
const person = (note: ReturnType<typeof buildNote>, name: string) => note.stakeholders.find((p) => p.name === name);

describe('live shorthand', () => {
  it('reads a roster typed in lower case, its titles in brackets, and the people "pas là"', () => {
    const note = meeting([
      'rdv laiterie du bocage – 20/11/26', '',
      'présents : m. hamel (resp. qualité), moi, inès (avant-vente)',
      'pas là : r. girard, pdg', '',
      'suite :', '-> m. hamel m’envoie les fiches de non-conformité d’ici le 4/12',
    ]);
    assert.equal(person(note, 'm. hamel')?.role, 'resp. qualité');
    assert.equal(person(note, 'm. hamel')?.met, true);
    assert.equal(person(note, 'inès')?.side, 'seller');
    assert.equal(person(note, 'r. girard')?.met, false);
    assert.equal(person(note, 'r. girard')?.role, 'pdg');
  });

  it('takes the absent one with a deciding title for the decider when no one met holds one', () => {
    const text = [
      'rdv transports morel – 19/11/26', '', 'présents : j. morel (resp. exploitation), moi', 'pas là : a. vidal, dg', '',
      'suite :', '-> envoyer la propale à j. morel d’ici le 4/12', '',
    ].join('\n');
    const { model, findings } = analyze(text);
    assert.equal(person(model, 'a. vidal')?.decider, true);
    assert.ok(findings.some((f) => f.rule === 'next-step-non-decider' && f.range.start.line === 6), findings.map((f) => f.rule).join(' '));
  });

  it('reads a meeting named first in its title, then what it is about, as a meeting', () => {
    const text = [
      '# RDV Maison Lebrun — formation des commerciaux', '', 'Date : 12/11/2026', 'Présents : Anne Lebrun (gérante), moi', '',
      '## Suite', '- Envoyer une proposition à Anne', '',
    ].join('\n');
    assert.equal(analyze(text).model.kind, 'meeting');
  });

  it('reads a trade-show lead card as a meeting', () => {
    const text = [
      '# Lead card — Agri Expo, booth C4', '', '**Date:** 2026-11-20', '',
      '**Contact:** Tom Greer, farm manager, Greer Holdings', '', '- asked for pricing for 12 sensors', '',
      '**Next step**', '- Demo on the farm, date TBC', '',
    ].join('\n');
    assert.equal(analyze(text).model.kind, 'meeting');
  });

  it('ends a roster at its line: the decider named on the next line is not one of its titles', () => {
    const note = meeting([
      'recap Northwind Mills — call Thu 26 Nov', '',
      'on the call: Aaron Pike (maintenance manager) + Bea, his planner',
      'Carla Moreno (COO) has the final call per Aaron — not on the call',
    ]);
    assert.equal(person(note, 'Bea')?.role, 'his planner');
    assert.equal(person(note, 'Aaron Pike')?.met, true);
    assert.equal(person(note, 'Carla Moreno')?.decider, true);
    assert.equal(person(note, 'Carla Moreno')?.met, false);
  });

  it('asks who and when of a step that names nobody, though only one buyer was met', () => {
    const text = [
      'rdv transports morel – 19/11/26', '', 'présents : j. morel (resp. exploitation), moi', '',
      'suite :', '-> envoyer la propale à morel d’ici le 4/12', '-> démo sur site bientôt', '',
    ].join('\n');
    const steps = analyze(text).findings.filter((f) => f.rule === 'next-step-without-date');
    assert.deepEqual(steps.map((f) => f.range.start.line), [6]);
  });

  it('takes neither a CRM update nor a line of links for a next step', () => {
    const note = meeting([
      '# Call Northwind Mills – 26 Nov 2026', '', 'Attendees: Aaron Pike (maintenance manager), me', '',
      '## Next steps',
      '- I send Aaron the proposal by Wed Dec 2',
      '- update SFDC: stage 2, probability 30%',
      '- MAJ CRM avec le compte rendu',
      '',
      'Liens : [[northwind - compte]] · [[pilote - modèle]]',
    ]);
    assert.deepEqual(note.nextSteps.map((step) => step.text), ['I send Aaron the proposal by Wed Dec 2']);
  });
});
