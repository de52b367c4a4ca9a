// Cross-note findings of one note: settings, disable comments, drafts, and messages in English.
import assert from 'node:assert/strict';
import { workspaceFindings } from '../../../server/src/core/workspace/findings';
import { indexOf, note, uriOf } from '../../helpers/workspace';

const meeting = (date: string, ...body: string[]) => note(
  '---', 'type: meeting', 'lang: en', `date: ${date}`, 'account: Oakridge Clinics', '---', '',
  `# Oakridge Clinics – call on ${date}`, '', '## Attendees', '', '- Kyle Brooks, IT manager', '- Me (account executive)', '', ...body,
);

const OAKRIDGE = {
  'oakridge/2026-05-04.md': meeting('2026-05-04', '## Next steps', '', '- Kyle shares the list of clinic sites and their network set-up by 11 May'),
  'oakridge/2026-05-18.md': meeting('2026-05-18', '## Notes', '', 'Kyle sent the list of clinic sites and their network set-up.', '', '## Next steps', '', '- Send Kyle the quote for the twelve sites by 25 May'),
  'oakridge/2026-06-01.md': meeting('2026-06-01', '## Notes', '', 'Kyle has the quote for the twelve sites; the CFO signs, Kyle says.', '', '## Next steps', '', '- Kyle books a call with the CFO before 19 June to go through the quote'),
};

describe('cross-note findings', () => {
  it('speak English on English notes, naming the one contact and pointing at the other meetings', () => {
    const index = indexOf(OAKRIDGE);
    const findings = workspaceFindings(index, uriOf('oakridge/2026-06-01.md'), '2026-06-05');
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['decider-never-met', 'warning'], ['single-threaded', 'info']]);
    const single = findings.find((f) => f.rule === 'single-threaded')!;
    assert.match(single.message, /^All 3 meetings with Oakridge Clinics involved a single person on the buyer’s side, Kyle Brooks \(IT manager\)/);
    assert.deepEqual(single.related?.map((r) => r.uri), [uriOf('oakridge/2026-05-04.md'), uriOf('oakridge/2026-05-18.md')]);
    // Findings go where the consultant acts: the earlier meetings get none of these.
    assert.deepEqual(workspaceFindings(index, uriOf('oakridge/2026-05-18.md'), '2026-06-05'), []);
  });

  it('follow the note’s settings: off, or another severity', () => {
    const index = indexOf(OAKRIDGE);
    const findings = workspaceFindings(index, uriOf('oakridge/2026-06-01.md'), '2026-06-05',
      { rules: (uri) => (uri.endsWith('06-01.md') ? { 'decider-never-met': 'off', 'single-threaded': 'warning' } : undefined) });
    assert.deepEqual(findings.map((f) => [f.rule, f.severity]), [['single-threaded', 'warning']]);
  });

  it('are silenced by the note’s disable comments', () => {
    const last = OAKRIDGE['oakridge/2026-06-01.md'].replace('# Oakridge', '<!-- boussole-disable-next-line single-threaded -->\n# Oakridge');
    const index = indexOf({ ...OAKRIDGE, 'oakridge/2026-06-01.md': last });
    assert.deepEqual(workspaceFindings(index, uriOf('oakridge/2026-06-01.md'), '2026-06-05').map((f) => f.rule), ['decider-never-met']);
  });

  it('date from today: a step is overdue only once its day has passed', () => {
    const index = indexOf(OAKRIDGE);
    assert.deepEqual(workspaceFindings(index, uriOf('oakridge/2026-06-01.md'), '2026-06-19').filter((f) => f.rule === 'overdue-commitment'), []);
    const overdue = workspaceFindings(index, uriOf('oakridge/2026-06-01.md'), '2026-06-20').filter((f) => f.rule === 'overdue-commitment');
    assert.equal(overdue.length, 1);
    assert.match(overdue[0].message, /was due on 19 June 2026/);
  });

  it('ask a series only: a note alone in its account keeps no history to check against', () => {
    const alone = { 'oakridge/2026-06-01.md': OAKRIDGE['oakridge/2026-06-01.md'] };
    assert.deepEqual(workspaceFindings(indexOf(alone), uriOf('oakridge/2026-06-01.md'), '2026-07-01'), []);
    const withEarlier = { ...alone, 'oakridge/2026-05-18.md': OAKRIDGE['oakridge/2026-05-18.md'] };
    const findings = workspaceFindings(indexOf(withEarlier), uriOf('oakridge/2026-06-01.md'), '2026-07-01');
    assert.ok(findings.some((f) => f.rule === 'overdue-commitment'), 'the latest note of a series is asked about its step');
    // Two versions of one day's meeting (a copy, answer A and answer B) are not one after the other.
    const variants = { ...alone, 'oakridge/2026-06-01-b.md': OAKRIDGE['oakridge/2026-06-01.md'].replace('Kyle books a call', 'Kyle sets up a call') };
    for (const uri of Object.keys(variants)) {
      assert.deepEqual(workspaceFindings(indexOf(variants), uriOf(uri), '2026-07-01').map((f) => f.rule), []);
    }
  });

  it('leave a template not filled in alone', () => {
    const draft = note('---', 'type: meeting', 'lang: en', 'date: 2026-06-10', 'account: Oakridge Clinics', '---', '', '# [Account] – [meeting]', '',
      '## Attendees', '', '- [Name], [title]', '', '## Next steps', '', '- [Next step] by [date]');
    const index = indexOf({ ...OAKRIDGE, 'oakridge/2026-06-10.md': draft });
    assert.deepEqual(workspaceFindings(index, uriOf('oakridge/2026-06-10.md'), '2026-06-20'), []);
  });
});
