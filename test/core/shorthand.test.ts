// Notes written as salespeople write them: no front matter, no headings, shorthand for people and
// next steps, e-mail sign-offs. They are read as meetings from what they say; ordinary Markdown
// that looks close stays unknown.
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { isSignOff } from '../../server/src/core/meeting/closing';
import { FIXTURES } from '../helpers/fixtures';

const SHORTHAND = join(FIXTURES, 'meeting', 'shorthand');
const read = (...lines: string[]) => analyze(lines.join('\n'));
const person = (text: string, name: string) => read(text).model.stakeholders.find((p) => p.name === name);

describe('shorthand meeting notes', () => {
  const files = readdirSync(SHORTHAND).filter((file) => file.endsWith('.md'));

  it('has untyped fixtures in both languages, clean ones included', () => {
    assert.ok(files.length >= 12, `${files.length} fixtures`);
    const texts = files.map((file) => readFileSync(join(SHORTHAND, file), 'utf8'));
    assert.ok(texts.every((text) => !text.startsWith('---') && !/^#/m.test(text)), 'no front matter, no heading');
    assert.ok(texts.some((text) => !text.includes('<!-- expect:')), 'some must stay clean');
    assert.ok(files.some((file) => file.endsWith('.fr.md')) && files.some((file) => file.endsWith('.en.md')));
  });

  for (const file of files) {
    it(`${file}: read as a meeting, in its language`, () => {
      const { model } = analyze(readFileSync(join(SHORTHAND, file), 'utf8'));
      assert.equal(model.kind, 'meeting', JSON.stringify(model.kindEvidence.signals.map((s) => [s.family, s.weight, s.text])));
      assert.equal(model.language, /\.fr\.md$/.test(file) ? 'fr' : 'en');
    });
  }

  it('keeps every note of test/fixtures/other unknown', () => {
    const other = join(FIXTURES, 'other');
    for (const file of readdirSync(other).filter((f) => f.endsWith('.md'))) {
      assert.equal(analyze(readFileSync(join(other, file), 'utf8')).model.kind, 'unknown', file);
    }
  });

  it('reads the people of "w/", "ppl:", "them:" and "us:" lines, with their side', () => {
    const note = read('Transports Lemaire – visio 03/02 w/ Karim Haddad (resp. exploitation) / Sonia Petit (planning)',
      'them: Bruno Dufour (PDG)', 'us: moi, Jordan (SE)', '- devis attendu', '-> envoyer la propale à Karim jeudi');
    const sides = Object.fromEntries(note.model.stakeholders.map((p) => [p.name, p.side]));
    assert.equal(sides['Karim Haddad'], 'buyer');
    assert.equal(sides['Sonia Petit'], 'buyer');
    assert.equal(sides['Bruno Dufour'], 'buyer');
    assert.equal(sides.Jordan, 'seller', 'a title the seller side does not know is still on its side');
    assert.ok(!note.model.stakeholders.some((p) => p.name === 'Transports Lemaire'));
  });

  it('reads deciders and non-deciders stated in prose', () => {
    const base = ['Meridian Foods – onsite visit 19 Nov', 'people: Mark Ellis (ops mgr) / Dana Cho (VP Finance)', '- they want pricing'];
    assert.equal(person([...base, '- final call is with Dana'].join('\n'), 'Dana Cho')?.decider, true);
    const boss = person(['Coffee with Greg Alvarez (facilities manager, Pinecrest Schools), 6 Nov.',
      'Greg needs to run it by his boss, the district CFO, Helen Tran, before anything gets signed.',
      'I\'ll send Greg the quote by Friday.'].join('\n'), 'Helen Tran');
    assert.equal(boss?.decider, true, 'the one deferred to decides');
    const karim = person(['Transports Lemaire – visio 03/02', 'ppl : Karim Haddad (resp. exploitation)',
      '- Karim très chaud mais il ne décide pas', '-> envoyer la propale à Karim jeudi'].join('\n'), 'Karim Haddad');
    assert.equal(karim?.decider, false);
  });

  it('takes neither "will choose" for a decision nor "lead" for a deal', () => {
    const crm = read('Account: Brightwell Packaging', 'Contact: Sam Ortiz – Operations Lead', 'Stage: Discovery',
      'Notes: Sam will choose between us and Flexisign next month.', 'Next step: send pricing to Sam by 14 May');
    assert.equal(crm.model.kind, 'meeting');
    assert.notEqual(crm.model.stakeholders.find((p) => p.name === 'Sam Ortiz')?.decider, true);
    assert.ok(crm.findings.some((f) => f.rule === 'no-decider-identified'));
    const standup = read('Platform sync – 14 Mar', 'ppl: Ana (tech lead), Marc (SRE), me',
      '- Ana is the lead on the migration, Marc owns the budget review', 'Next:', '- Marc sends the cost report by Friday');
    assert.ok(!standup.model.kindEvidence.signals.some((s) => s.family === 'commercial'), 'no deal word in a tech lead');
    assert.equal(standup.model.kind, 'unknown');
  });

  it('reads no sign-off or signature as a next step', () => {
    for (const line of ['Thanks,', 'Thanks again, Alex', 'Bonne journée,', 'Cordialement', 'Merci et bonne journée !', 'Best regards,']) {
      assert.ok(isSignOff(line), line);
    }
    for (const line of ['Merci Julie pour l\'export', 'Thanks to Karen for the intro, she sends the file Friday', 'Best case: 60%']) {
      assert.ok(!isSignOff(line), line);
    }
    const recap = read('Subject: Recap – Northgate Clinics', '', 'Hi Megan,', '', '- you own the budget for patient access',
      '', 'Next steps:', '- Chris sends the test environment details by Friday 9 May', '- I\'ll send the pilot agreement to you by Monday',
      '', 'Thanks,', 'Alex', '', 'Alex Moreau', 'Account Executive, Slotwise');
    assert.deepEqual(recap.model.nextSteps.map((s) => s.range.start.line), [7, 8]);
    assert.equal(recap.model.stakeholders.find((p) => p.name.includes('Slotwise'))?.side ?? 'seller', 'seller');
  });

  it('reads "Next:" and "NS:" over lines, arrows, and steps agreed or promised in prose', () => {
    const next = read('Ridgeway Logistics / call w/ Omar Haddad (COO) 2/6', '', '- Omar owns the decision, quote to follow', '',
      'Next:', 'Omar intros us to the Leeds site manager by Fri', 'pilot scope call w/ Omar on 14 Feb', '', 'Thanks,', 'Ben');
    assert.deepEqual(next.model.nextSteps.map((s) => s.text), ['Omar intros us to the Leeds site manager by Fri', 'pilot scope call w/ Omar on 14 Feb']);
    const ns = read('Quick notes – Lakeside Dental Group, 12 Feb', 'them: Priya Shah (practice manager)', 'us: me', '- the quote goes to Priya',
      'NS: send quote to Priya by Thu 14 Feb');
    assert.deepEqual(ns.model.nextSteps.map((s) => s.text), ['send quote to Priya by Thu 14 Feb']);
    const prose = read('Objet : Suite à notre échange – Cabinet Vidal', '', 'Bonjour Maître Vidal,', '',
      '- c\'est vous qui signez ; le devis suivra', '',
      'On s\'est mis d\'accord pour une démo sur vos propres dossiers le 18 novembre.', '', 'Bonne journée,', '', 'Julien Marchand',
      'Chargé d\'affaires – Tempora');
    assert.deepEqual(prose.model.nextSteps.map((s) => s.text), ['une démo sur vos propres dossiers le 18 novembre.']);
    assert.equal(prose.model.language, 'fr');
  });

  it('counts a noun step ("Démo technique", "POC") as a step without owner or date', () => {
    const { findings } = read('RDV Clinique des Tilleuls – 22/01', 'w/ Dr Anne Morel (gérante, c\'est elle qui signe) + Julie Bernard (ASV)',
      '- devis à faire', 'next step :', '- Julie nous envoie l\'export de l\'agenda d\'ici vendredi', '- Démo technique', '- POC');
    assert.deepEqual(findings.filter((f) => f.rule === 'next-step-without-date').map((f) => f.range.start.line), [5, 6]);
  });

  it('keeps a short French shorthand note with an English phrase French', () => {
    for (const note of [
      ['RDV Garage Central 07/04 w/ M. Duval (gérant)', '- 3 mécanos, planning papier', '- devis ok', 'next step : call jeudi'],
      ['call w/ Julie (DG)', '- pricing ok, next steps tbd', '- devis jeudi'],
    ]) assert.equal(read(...note).model.language, 'fr', note[0]);
    assert.equal(read('call w/ Dana (CFO)', '- pricing ok', '- next step: pilot with the AP team').model.language, 'en');
  });
});
