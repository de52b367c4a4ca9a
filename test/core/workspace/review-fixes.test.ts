// Quick fixes of the cross-note findings that ask where an item stands: the follow-up writes a line
// per item of the note it follows (`open-items-not-reviewed`), the note that holds an overdue item
// marks it done or dropped (`overdue-commitment`), in lists, checklists and table rows. Each fix
// makes its finding go, is not offered again once applied, inserts only its text and keeps the
// note's line endings.
import assert from 'node:assert/strict';
import { analyze } from '../../../server/src/core/analyze';
import { type Fix, fixesFor } from '../../../server/src/core/fixes';
import type { Finding } from '../../../server/src/core/types';
import { workspaceFindings } from '../../../server/src/core/workspace/findings';
import { applyEdits } from '../../helpers/edits';
import { indexOf, note, uriOf } from '../../helpers/workspace';
import { WORKSPACE_NOTES } from '../../lsp/workspace-notes';

const TODAY = '2026-04-15';
const FIRST = 'girard/2026-03-02-premier-rdv.md';
const FOLLOW = 'girard/2026-03-23-suivi.md';

function findingOf(notes: Record<string, string>, path: string, rule: string, text?: string): Finding | undefined {
  return workspaceFindings(indexOf(notes), uriOf(path), TODAY).find((f) => f.rule === rule && (!text || JSON.stringify(f.data).includes(text)));
}

/** The rule's own fixes (the disable comments left out). */
function ruleFixes(finding: Finding, text: string): Fix[] {
  return fixesFor(finding, analyze(text).model, text).filter((fix) => !/boussole-disable/.test(fix.edits.map((e) => e.newText).join()));
}

/** Every line of `before` is still there, in order, in `after`: the fix only inserted text. */
function onlyInserted(before: string, after: string): void {
  const rest = after.split(/\r?\n/);
  let at = 0;
  for (const line of before.split(/\r?\n/)) {
    while (at < rest.length && !rest[at].startsWith(line)) at++;
    assert.ok(at < rest.length, `line lost: ${line}`);
    at++;
  }
}

describe('quick fixes: where open items stand', () => {
  describe('open-items-not-reviewed', () => {
    it('writes the item with its state in the follow-up, in French, before the next steps', () => {
      const finding = findingOf(WORKSPACE_NOTES, FOLLOW, 'open-items-not-reviewed')!;
      assert.ok(finding, 'the Girard follow-up forgets the first meeting’s items');
      const text = WORKSPACE_NOTES[FOLLOW];
      const fixes = ruleFixes(finding, text);
      assert.deepEqual(fixes.map((f) => f.title), [
        'Noter les 2 points ouverts comme faits', 'Noter les 2 points ouverts comme en cours', 'Noter les 2 points ouverts comme abandonnés',
      ]);
      const fixed = applyEdits(text, fixes[1].edits);
      assert.match(fixed, /## Depuis la dernière fois\n\n- Envoyer la proposition commerciale à Karim Haddad d'ici le 10 mars : en cours\n- Karim Haddad nous présente à Sophie Girard avant le 20 mars pour valider le budget du pilote : en cours\n\n## Prochaines étapes/);
      onlyInserted(text, fixed);
      const notes = { ...WORKSPACE_NOTES, [FOLLOW]: fixed };
      assert.equal(findingOf(notes, FOLLOW, 'open-items-not-reviewed'), undefined, 'the finding goes');
      assert.deepEqual(ruleFixes(finding, fixed), [], 'applied, it is not offered again');
      // The lines are reports, not new steps of the follow-up.
      const record = indexOf(notes).get(uriOf(FOLLOW))!;
      assert.equal(record.commitments.length, 1, JSON.stringify(record.commitments.map((c) => c.text)));
    });

    it('adds to the review section the follow-up already has, in English, keeping CRLF line endings', () => {
      const path = 'acme/2026-03-05-follow-up.md';
      const text = WORKSPACE_NOTES[path].replace('- Procurement checklist from Tom Baker: received, done.\n', '').replace(/\n/g, '\r\n');
      const notes = { ...WORKSPACE_NOTES, [path]: text };
      const finding = findingOf(notes, path, 'open-items-not-reviewed')!;
      assert.ok(finding, 'the checklist is no longer reviewed');
      const fixes = ruleFixes(finding, text);
      assert.deepEqual(fixes.map((f) => f.title), [
        'Mark "Tom Baker shares the procurement checklist by 27 February" as done',
        'Mark "Tom Baker shares the procurement checklist by 27 February" as in progress',
        'Mark "Tom Baker shares the procurement checklist by 27 February" as dropped',
      ]);
      const fixed = applyEdits(text, fixes[0].edits);
      assert.ok(fixed.includes('- Pilot proposal sent to Rachel Kim on 18 February: done.\r\n- Tom Baker shares the procurement checklist by 27 February: done\r\n\r\n## Discussion'), fixed);
      assert.ok(!/[^\r]\n/.test(fixed), 'no bare line feed');
      onlyInserted(text, fixed);
      assert.equal(findingOf({ ...notes, [path]: fixed }, path, 'open-items-not-reviewed'), undefined);
      assert.deepEqual(ruleFixes(finding, fixed), []);
    });
  });

  describe('overdue-commitment', () => {
    const STEP = "Envoyer la proposition commerciale à Karim Haddad d'ici le 10 mars";

    it('marks a list item done or dropped in the note that holds it', () => {
      const text = WORKSPACE_NOTES[FIRST];
      const finding = findingOf(WORKSPACE_NOTES, FIRST, 'overdue-commitment', STEP)!;
      assert.ok(finding, 'the proposal is overdue on 15 April');
      const fixes = ruleFixes(finding, text);
      assert.deepEqual(fixes.map((f) => f.title), [`Marquer « ${STEP} » comme fait`, `Marquer « ${STEP} » comme abandonné`]);
      for (const [fix, mark] of [[fixes[0], '(fait)'], [fixes[1], '(abandonné)']] as const) {
        const fixed = applyEdits(text, fix.edits);
        assert.ok(fixed.includes(`- ${STEP} ${mark}\n`), fixed);
        onlyInserted(text, fixed);
        assert.equal(findingOf({ ...WORKSPACE_NOTES, [FIRST]: fixed }, FIRST, 'overdue-commitment', STEP), undefined, mark);
        assert.deepEqual(ruleFixes(finding, fixed).filter((f) => f.title.endsWith(mark === '(fait)' ? 'fait' : 'abandonné')), [], 'not offered again');
      }
    });

    it('ticks a checklist item', () => {
      const text = WORKSPACE_NOTES[FIRST].replace(`- ${STEP}`, `- [ ] ${STEP}`);
      const notes = { ...WORKSPACE_NOTES, [FIRST]: text };
      const finding = findingOf(notes, FIRST, 'overdue-commitment', STEP)!;
      assert.ok(finding);
      const done = ruleFixes(finding, text)[0];
      const fixed = applyEdits(text, done.edits);
      assert.ok(fixed.includes(`- [x] ${STEP}\n`), fixed);
      assert.equal(findingOf({ ...notes, [FIRST]: fixed }, FIRST, 'overdue-commitment', STEP), undefined);
      assert.deepEqual(ruleFixes(finding, fixed).map((f) => f.title), [`Marquer « ${STEP} » comme abandonné`], 'ticked: only dropping is left');
    });

    it('marks an item in its own cell of an action table', () => {
      const path = 'oakridge/2026-05-04.md';
      const later = 'oakridge/2026-05-18.md';
      const meeting = (date: string, ...body: string[]) => note(
        '---', 'type: meeting', 'lang: en', `date: ${date}`, 'account: Oakridge Clinics', '---', '',
        `# Oakridge Clinics – call on ${date}`, '', '## Attendees', '', '- Kyle Brooks, IT manager', '- Me (account executive)', '', ...body,
      );
      const notes = {
        [path]: meeting('2026-05-04', '## Actions', '', '| Action | Owner | Deadline |', '| --- | --- | --- |',
          '| Share the list of clinic sites and their network set-up | Kyle | 11 May |', '| Send the security questionnaire | Me | 30 June |'),
        [later]: meeting('2026-05-18', '## Notes', '', 'Kyle wants to start with two clinics.', '', '## Next steps', '', '- Kyle books a call with the CFO before 19 June'),
      };
      const today = '2026-05-20';
      const finding = workspaceFindings(indexOf(notes), uriOf(path), today).find((f) => f.rule === 'overdue-commitment')!;
      assert.ok(finding, JSON.stringify(workspaceFindings(indexOf(notes), uriOf(path), today)));
      const text = notes[path];
      const fixed = applyEdits(text, ruleFixes(finding, text)[0].edits);
      assert.equal(fixed, text.replace('network set-up |', 'network set-up (done) |'), 'the mark goes in the action’s cell, nothing else changes');
      assert.deepEqual(workspaceFindings(indexOf({ ...notes, [path]: fixed }), uriOf(path), today).filter((f) => f.rule === 'overdue-commitment'), []);
      assert.deepEqual(ruleFixes(finding, fixed).map((f) => f.title).filter((t) => t.endsWith('done')), []);

      // The later call reviews neither row: its fix writes each action as its cell reads.
      const review = workspaceFindings(indexOf(notes), uriOf(later), today).find((f) => f.rule === 'open-items-not-reviewed')!;
      assert.ok(review);
      const reviewed = applyEdits(notes[later], ruleFixes(review, notes[later])[2].edits);
      assert.ok(reviewed.includes('## Since last time\n\n- Share the list of clinic sites and their network set-up: dropped\n- Send the security questionnaire: dropped\n\n## Next steps'), reviewed);
      assert.deepEqual(workspaceFindings(indexOf({ ...notes, [later]: reviewed }), uriOf(later), today).filter((f) => f.rule === 'open-items-not-reviewed'), []);
    });
  });
});
