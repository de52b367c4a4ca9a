// A follow-up note built from the note it follows: linked back, what was promised carried over.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { buildFollowUp, followUpFileName } from '../../server/src/core/features/followup';
import { buildNote } from '../../server/src/core/model';
import { FIXTURES, listFixtures, readFixture } from '../helpers/fixtures';

const EXAMPLES = join(__dirname, '..', '..', 'examples');
const example = (file: string) => readFileSync(join(EXAMPLES, file), 'utf8');
const fixture = (file: string) => readFileSync(join(FIXTURES, file), 'utf8');
const checklist = (text: string) => text.split('\n').filter((l) => l.startsWith('- [ ] ')).map((l) => l.slice(6));

describe('follow-up notes', () => {
  it('carry a session’s action plan over as a checklist, linked back to the session', () => {
    const { fileName, text } = buildFollowUp({
      text: example('bonne-seance-prospection-architecte.md'), fileName: 'bonne-seance-prospection-architecte.md', date: '2026-10-09',
    });
    assert.equal(fileName, '2026-10-09-bonne-seance-prospection-architecte-suivi.md');
    assert.deepEqual(checklist(text), [
      'Écrire à mes trois derniers clients pour leur demander une présentation avant le 2 octobre.',
      'Préparer la réunion d’information sur les aides et la proposer à deux conseils syndicaux d’ici le 20 octobre.',
      'Appeler deux gestionnaires en citant le chantier de la rue Garibaldi la semaine du 5 octobre.',
    ]);
    const { model, findings } = analyze(text);
    // The client and the facilitator carry over as written; no `type:` (a review of the plan is no new session).
    assert.deepEqual(model.frontMatter.data, {
      lang: 'fr', date: '2026-10-09', client: 'Élodie', animateur: 'Bernard', follows: './bonne-seance-prospection-architecte.md',
    });
    assert.equal(model.title?.text, 'Suivi – Séance de codéveloppement : Élodie et la prospection des syndics');
    // Not a new six-step session: the follow-up is not judged as one.
    assert.equal(model.kind, 'unknown');
    assert.deepEqual(findings, []);
  });

  it('carry a meeting’s next steps and attendees over, and stay a meeting note', () => {
    const { fileName, text } = buildFollowUp({
      text: example('good-meeting-acme-renewal.md'), fileName: 'good-meeting-acme-renewal.md', date: '2026-11-06',
    });
    assert.equal(fileName, '2026-11-06-good-meeting-acme-renewal-follow-up.md');
    assert.deepEqual(checklist(text), [
      'Omar sends last quarter\'s pick error report by 22 October',
      'Workshop with Rachel and Omar on 5 November to agree the pilot scope and success criteria',
    ]);
    const { model } = analyze(text);
    assert.equal(model.kind, 'meeting');
    assert.equal(model.frontMatter.data.type, 'meeting');
    assert.equal(model.frontMatter.data.follows, './good-meeting-acme-renewal.md');
    assert.deepEqual(model.participants.map((p) => [p.name, p.side, p.decider]),
      [['Rachel Kim', 'buyer', true], ['Omar Haddad', 'buyer', false], ['Me', 'seller', undefined]]);
    // The old steps are to review, not this meeting's next steps.
    assert.deepEqual(model.nextSteps, []);
    assert.match(text, /## Next steps\n\n- \n$/);
  });

  it('leave ticked items out, keep the wording as written, and follow a follow-up without piling up names', () => {
    const first = [
      '---', 'lang: fr', 'date: 2026-06-04', 'follows: "./2026-05-06-transports-girard.md"', '---', '',
      '# Suivi – Transports Girard', '', '## Depuis la dernière fois', '',
      '- [x] Atelier de cadrage avec Marie Martin : fait le 3 juin', '- [ ] Jean envoie **les volumes 2025**',
      '  par site et par mois', '', '## Prochaines étapes', '', '- Présenter [le pilote](./pilote.md) à Marie Martin le 15 juin', '',
    ].join('\n');
    const { fileName, text } = buildFollowUp({ text: first, fileName: '2026-06-04-transports-girard-suivi.md', date: '2026-06-16' });
    assert.equal(fileName, '2026-06-16-transports-girard-suivi.md');
    assert.deepEqual(checklist(text), [
      'Jean envoie **les volumes 2025** par site et par mois',
      'Présenter [le pilote](./pilote.md) à Marie Martin le 15 juin',
    ]);
    assert.equal(buildNote(text).frontMatter.data.follows, './2026-06-04-transports-girard-suivi.md');
  });

  it('say so when nothing was left open, and can be written in another language', () => {
    const note = '# Séance\n\n## Étape 1\n\nMa demande : comment ?\n\n## Étape 2\n\nQ : Quoi ?\n';
    const { text } = buildFollowUp({ text: note, fileName: 'seance.md', date: '2026-03-02', language: 'en' });
    assert.match(text, /^# Follow-up – Séance$/m);
    assert.match(text, /^## Since last time\n\nThe note this follows leaves no action or next step open\.$/m);
    assert.equal(buildNote(text).language, 'en');
  });

  it('never takes a file name already in use, and quote a link that YAML would misread', () => {
    const taken = new Set(['2026-03-02-client-suivi.md', '2026-03-02-client-suivi-2.md']);
    assert.equal(followUpFileName('2026-02-02 client.md', '2026-03-02', 'fr', (n) => taken.has(n)), '2026-03-02-client-suivi-3.md');
    const { text } = buildFollowUp({ text: '# Notes\n', fileName: 'rdv: #1.md', date: '2026-03-02', language: 'fr' });
    assert.equal(buildNote(text).frontMatter.data.follows, './rdv: #1.md');
  });

  it('inherit the kind as written, the account, the decider, and a decider named but not met in the note’s words', () => {
    const { text } = buildFollowUp({ text: example('rdv-responsable-du-machin.md'), fileName: 'rdv-responsable-du-machin.md', date: '2026-05-04' });
    const { model, findings } = analyze(text);
    assert.deepEqual(model.frontMatter.data, {
      type: 'rendez-vous', lang: 'fr', date: '2026-05-04', compte: 'Machin Industries', follows: './rdv-responsable-du-machin.md',
    });
    assert.match(text, /^## Qui décide\n\nLa décision finale sera prise par le N\+1 ou le N\+2 de Jean Dupont\./m);
    assert.equal(model.decision.absentDecider?.superiorOf, 'Jean Dupont');
    assert.deepEqual(findings.map((f) => f.rule), ['forecast-without-decider']);
    // Quoted without the checkbox it is carried over with.
    assert.match(findings[0].message, /\(« Saisir l’affaire dans le CRM : pronostic 35 % »\)/);

    const acme = analyze(buildFollowUp({ text: example('good-meeting-acme-renewal.md'), fileName: 'acme.md', date: '2026-11-06' }).text).model;
    assert.deepEqual([acme.frontMatter.data.account, acme.frontMatter.data.decider], ['Acme Logistics', 'Rachel Kim']);
  });

  it('carry a next step agreed in a summary, and leave the facilitator’s questions and the answers out', () => {
    const clinic = buildFollowUp({ text: fixture('meeting/clean/suite-dans-le-resume.md'), fileName: 'clinique.md', date: '2026-05-12' }).text;
    assert.deepEqual(checklist(clinic), [
      'On se revoit le 12 mai avec Mme Roux et le Dr Baptiste pour qu\'elle valide le périmètre du pilote et le budget ; d\'ici là le Dr Baptiste nous transmet la liste des annulations de mars.',
    ]);
    const richard = buildFollowUp({ text: example('seance-richard-posture-commerciale.md'), fileName: 'richard.md', date: '2026-04-12' }).text;
    assert.deepEqual(checklist(richard), [
      'Sous-traiter les rendez-vous', 'Utiliser mon réseau pour les démonstrations et les services gratuits',
      'Dégrossir le rôle de prospection', 'Faire une expérience avec le verbe de mon choix',
    ]);
    assert.equal(buildNote(richard).kind, 'unknown');
  });

  it('start with no finding that the note they follow did not have, in French and English, meetings and sessions', () => {
    const notes = [
      ...['good-meeting-acme-renewal.md', 'rdv-responsable-du-machin.md', 'bonne-seance-prospection-architecte.md',
        'good-session-support-onboarding.md', 'seance-richard-posture-commerciale.md'].map((file) => ({ file, text: example(file) })),
      ...listFixtures().map(readFixture).filter(({ name }) => /^(?:meeting|session)\//.test(name)).map(({ name, text }) => ({ file: name, text })),
    ];
    assert.ok(notes.length > 60, `${notes.length} notes`);
    const languages = new Set<string>();
    for (const { file, text } of notes) {
      const before = analyze(text);
      languages.add(`${before.model.kind} ${before.model.language}`);
      const followUp = buildFollowUp({ text, fileName: file.split('/').pop()!, date: '2026-12-01' }).text;
      const settled = new Set(before.findings.map((f) => f.rule));
      const fresh = analyze(followUp).findings.filter((f) => !settled.has(f.rule));
      assert.deepEqual(fresh.map((f) => `${f.rule}: ${f.message}`), [], file);
      assert.doesNotMatch(followUp, /« \[|"\[ \]/, file);
    }
    assert.deepEqual([...languages].sort(), ['meeting en', 'meeting fr', 'session en', 'session fr', 'unknown fr']);
  });
});
