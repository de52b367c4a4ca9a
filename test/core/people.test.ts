// Participants, who decides, and whom next steps are aimed at, on small in-memory meeting notes.
import assert from 'node:assert/strict';
import { buildNote } from '../../server/src/core/model';
import type { Note, Participant } from '../../server/src/core/types';

function meeting(participants: string[], steps: string[], extra = '', frontMatter = ''): Note {
  const head = `---\ntype: meeting\n${frontMatter}---\n\n# Meeting\n\n`;
  return buildNote(`${head}## Participants\n\n${participants.map((p) => `- ${p}`).join('\n')}\n\n${extra}## Next steps\n\n${steps.map((s) => `- ${s}`).join('\n')}\n`);
}

const person = (note: Note, name: string): Participant => {
  const found = note.participants.find((p) => p.name === name);
  assert.ok(found, `no participant ${name} in ${note.participants.map((p) => p.name).join(', ')}`);
  return found;
};

describe('participants and deciders', () => {
  describe('titles, French and English', () => {
    for (const title of ['DG', 'PDG', 'directeur général', 'Directrice', 'DAF', 'CEO', 'CFO', 'VP Sales', 'Head of Procurement', 'Owner', 'Economic buyer']) {
      it(`"${title}" decides and the other buyer then does not`, () => {
        const note = meeting([`Anne Roy, ${title}`, 'Luc Marin, chargé de projet', 'Moi (commercial)'], []);
        assert.equal(person(note, 'Anne Roy').decider, true);
        assert.equal(person(note, 'Anne Roy').deciderSource, 'title');
        assert.equal(person(note, 'Luc Marin').decider, false);
      });
    }

    it('a responsable stays unknown when nobody is said to decide', () => {
      const note = meeting(['Jean Dupont – Responsable du Machin', 'Moi (commercial)'], []);
      assert.equal(person(note, 'Jean Dupont').decider, undefined);
    });

    it('the N+1 of a named participant decides, that participant does not', () => {
      const note = meeting(['Paul Durand, N+1 de Jean Dupont', 'Jean Dupont – Responsable du Machin', 'Moi'], []);
      assert.equal(person(note, 'Paul Durand').decider, true);
      assert.equal(person(note, 'Jean Dupont').decider, false);
    });

    it('"Moi", "Us" and sales roles are the seller side', () => {
      const note = meeting(['Moi (commercial)', 'Us: me and our solutions engineer', 'Kim Lee, account executive', 'Ana Cruz, CFO'], []);
      assert.deepEqual(note.participants.map((p) => p.side), ['seller', 'seller', 'seller', 'buyer']);
    });
  });

  describe('explicit markers win over titles', () => {
    it('(décideur) and (non-décideur)', () => {
      const note = meeting(['Marie Martin, DAF (non-décideur)', 'Jean Dupont, chef de projet (décideur)'], []);
      assert.equal(person(note, 'Marie Martin').decider, false);
      assert.equal(person(note, 'Jean Dupont').decider, true);
      assert.equal(person(note, 'Jean Dupont').deciderSource, 'marker');
    });

    it('a parenthesis that says both the title and the decision gives each its place', () => {
      const note = meeting(['Tom Baker (procurement lead, not the decider)', 'Paul Petit (non-décideur)', 'Ann Lee (CFO; decides)'], []);
      assert.deepEqual([note.participants[0].role, note.participants[0].decider], ['procurement lead', false]);
      assert.deepEqual([note.participants[1].role, note.participants[1].decider], [undefined, false]);
      assert.deepEqual([note.participants[2].role, note.participants[2].decider], ['CFO', true]);
    });

    it('(valide) and (validates) after a name mark the decider; a technical validation does not', () => {
      const note = meeting(['Camille Roux (valide)', 'Paul Garnier, chef de fabrication', 'Moi (commercial)'], []);
      assert.equal(person(note, 'Camille Roux').decider, true);
      assert.equal(person(note, 'Camille Roux').deciderSource, 'marker');
      const english = meeting(['Priya Nair – programme lead (validates)', 'Tom Egan – analyst', 'Me (account executive)'], []);
      assert.equal(person(english, 'Priya Nair').decider, true);
      const technical = meeting(['Luc Morel, architecte (validation technique)', 'Anne Roy, DG'], []);
      assert.equal(person(technical, 'Luc Morel').decider, false);
      // Procurement validates one step of the purchase; a decider named elsewhere outranks the marker.
      const procurement = meeting(['Priya Shah, procurement (validates)', 'Omar Haddad, operations manager'], []);
      assert.equal(person(procurement, 'Priya Shah').decider, undefined);
      const other = meeting(['Camille Roux (valide)', 'Paul Garnier, chef de fabrication'], [], 'Décideur : Hélène Vidal, DG.\n\n');
      assert.equal(person(other, 'Camille Roux').decider, false);
    });

    it('an inline list parted by semicolons keeps each title with its person', () => {
      const note = buildNote('---\ntype: meeting\n---\n\n# Call\n\nAttendees: Priya Nair, programme lead (validates); Tom Egan, analyst; me\n');
      assert.deepEqual(note.participants.map((p) => [p.name, p.role ?? '', p.decider ?? '']), [
        ['Priya Nair', 'programme lead', true], ['Tom Egan', 'analyst', false], ['me', '', ''],
      ]);
    });

    it('decider: true / decider: false', () => {
      const note = meeting(['Sarah Lee, Head of Operations, decider: false', 'Tom Baker – IT project manager, decider: true'], []);
      assert.equal(person(note, 'Sarah Lee').decider, false);
      assert.equal(person(note, 'Tom Baker').decider, true);
    });

    it('front matter decider: Name', () => {
      const note = meeting(['Tom Baker – IT project manager', 'Sarah Lee, operations lead'], [], '', 'decider: Sarah Lee\n');
      assert.equal(person(note, 'Sarah Lee').decider, true);
      assert.equal(person(note, 'Sarah Lee').deciderSource, 'front-matter');
      assert.equal(person(note, 'Tom Baker').decider, false);
    });

    it('front matter names an absent decider', () => {
      const note = meeting(['Tom Baker – IT project manager'], [], '', 'decider: Carol Stone\n');
      assert.equal(note.decision.absentDecider?.text, 'Carol Stone');
      assert.equal(person(note, 'Tom Baker').decider, false);
    });

    it('a decision line naming the N+2 of a participant', () => {
      const note = meeting(['Jean Dupont – Responsable du Machin'], [], '## Décision\n\nLa décision sera prise par le N+2 de Jean Dupont.\n\n');
      assert.equal(person(note, 'Jean Dupont').decider, false);
      assert.equal(note.decision.absentDecider?.superiorOf, 'Jean Dupont');
    });
  });

  describe('whom a next step is aimed at', () => {
    const cast = ['Jean Dupont – Responsable du Machin', 'Marie Martin, DAF (décideur)', 'Moi (commercial)'];
    const step = (text: string) => meeting(cast, [text]).nextSteps[0];

    it('by full name, first name, last name or role', () => {
      assert.equal(step('Envoyer la proposition à Jean Dupont').target?.name, 'Jean Dupont');
      assert.equal(step('Envoyer la proposition à Jean').target?.name, 'Jean Dupont');
      assert.equal(step('Send the proposal to Mr Dupont').target?.name, 'Jean Dupont');
      assert.equal(step('Présenter la propale au Responsable du Machin').target?.name, 'Jean Dupont');
    });

    it('the decider wins when a step names several buyers', () => {
      assert.equal(step('Présenter la proposition à Jean et Marie le 3 juin').target?.name, 'Marie Martin');
    });

    it('a buyer who carries the step out is its owner, not its target', () => {
      const s = step('Jean présente notre proposition à son N+2 le 3 juin');
      assert.equal(s.owner, 'buyer');
      assert.equal(s.towardsDecider, true);
      assert.equal(s.target, undefined);
    });

    it('an owner written after the step', () => {
      assert.equal(step('Obtenir un rendez-vous avec la DG avant le 15 mai (Jean l’organise)').owner, 'buyer');
      assert.equal(step('Demo environment ready – owner: Jean').owner, 'buyer');
      assert.equal(step('Envoyer la plaquette à Jean').owner, 'seller');
      assert.equal(step('We send the deck by Friday').owner, 'seller');
      assert.equal(step('Point dans 3 mois').owner, undefined);
    });

    it('"Aucune" is no next step', () => {
      assert.equal(meeting(cast, ['Aucune pour l’instant']).nextSteps.length, 0);
    });
  });
});
