// Due dates read from next steps: what is due, not how long something lasts or what is past.
import assert from 'node:assert/strict';
import { buildNote } from '../../../server/src/core/model';
import { noteDate, noteDateOf, readDate } from '../../../server/src/core/reading/dates';

const NOTE_DAY = new Date(2026, 1, 3, 12);
const due = (text: string, language: 'fr' | 'en') => readDate(text, language, NOTE_DAY)?.date;

describe('due dates', () => {
  it('take the deadline, not a length of time written before it', () => {
    assert.equal(due('Ravi sets up 45 minutes with Simon Ashford and us before Feb 20', 'en'), '2026-02-20');
    assert.equal(due('Aisha books 30 min with Graham + us before 6 Mar', 'en'), '2026-03-06');
    assert.equal(due('Marcus exports 3 months of job data for the northern region by April 10', 'en'), '2026-04-10');
    assert.equal(due('Marc demande 20 minutes à l’ordre du jour du comité d’investissement du 4 avril', 'fr'), '2026-04-04');
  });

  it('take the deadline, not a period in the past', () => {
    assert.equal(due('Jess pulls last month’s no-show list for the two largest clinics by Feb 18', 'en'), '2026-02-18');
    assert.equal(due('Raj exports the failure logs of the last 30 days by April 16', 'en'), '2026-04-16');
    assert.equal(due('Sandrine nous transmet les volumes des derniers mois d’ici le 22 mai', 'fr'), '2026-05-22');
  });

  it('take the calendar day written next to a weekday', () => {
    assert.equal(due('propale à Karim d’ici ven. 20/03', 'fr'), '2026-03-20');
    assert.equal(due('Send the proposal to Dana by Friday', 'en'), '2026-02-06');
  });

  it('take the reading of a numeric day that falls on the weekday written with it', () => {
    // "Friday 3/4": 3 April 2026 is a Friday, 4 March a Wednesday: the day comes first, as usual.
    assert.equal(due('send the proposal by Friday 3/4', 'en'), '2026-04-03');
    // "Friday 2/6": 6 February is a Friday, 2 June a Tuesday.
    assert.equal(due('send the proposal by Friday 2/6', 'en'), '2026-02-06');
    assert.equal(due('envoyer le devis le 10/02', 'fr'), '2026-02-10');
    // A day without its year is the next one: 20 January is past on 3 February.
    assert.equal(due('relancer le 20/01', 'fr'), '2027-01-20');
  });

  it('read a due day that is the note\'s own day as that day, whatever the hour the note was dated', () => {
    assert.equal(readDate('I send Ingrid the proposal by Fri Dec 4', 'en', new Date(2026, 11, 4, 18, 30))?.date, '2026-12-04');
    assert.equal(readDate('je lui envoie le devis vendredi 4 décembre', 'fr', new Date(2026, 11, 4, 23, 0))?.date, '2026-12-04');
  });

  it('date no note by a time of day alone', () => {
    assert.equal(noteDate(undefined, '**Ryan Okafor**  4:12 PM'), undefined);
    assert.equal(noteDate(undefined, 'debrief Halvorsen — call today (Mon 30 Nov), 45 min')?.getDate(), 30);
  });

  it('date a note by its "Date:" line when neither front matter nor title does', () => {
    const note = buildNote('# Follow-up – Redwood Analytics\n\n**Date:** April 9, 2026 · **Type:** sales meeting\n\n## People\n\n- Hannah Brooks, Head of Data (decider)\n- Raj Mehta, data engineer\n- Me, account executive\n\n## Next steps\n\n- Raj exports the failure logs by April 16\n');
    assert.equal(noteDateOf(undefined, note.title?.text, note.lines)?.getDate(), 9);
    // The title's "Follow-up" is no next-steps section: the date line is no step, and the steps are read against 9 April.
    assert.deepEqual(note.nextSteps.map((step) => step.date?.date), ['2026-04-16']);
  });

  it('read a French "sept" alone as seven, and next to a day as September', () => {
    assert.equal(due('Envoyer la synthèse aux sept directeurs régionaux', 'fr'), undefined);
    assert.equal(due('Karim présente l’offre aux sept directeurs d’ici le 12 mars', 'fr'), '2026-03-12');
    assert.equal(due('Relancer Nadia le 3 sept.', 'fr'), '2026-09-03');
    assert.equal(due('Follow up with Nadia in Sept', 'en'), '2026-09-01');
  });

  it('still read delays and weeks', () => {
    assert.equal(due('Rappeler Nadia dans 3 mois', 'fr'), '2026-05-03');
    assert.equal(due('Call Omar back in six weeks', 'en'), '2026-03-17');
    assert.equal(due('Dana asks her CFO for a 30-minute meeting with us next week', 'en'), '2026-02-10');
    assert.equal(due('Faire une expérience avec le verbe de mon choix', 'fr'), undefined);
  });
});
