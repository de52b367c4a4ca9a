// The status line, the participant hover and the rules give one answer to "who decides" on every
// meeting fixture: the status line's decider is the one the rules name, the hover says that person
// decides, and the person a proposal finding is about is, in the hover too, someone who does not.
import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { whoDecides } from '../../server/src/core/meeting/decider';
import { noteStatus } from '../../server/src/core/features/status';
import { splitLines } from '../../server/src/core/model';
import { mentionForms } from '../../server/src/core/reading/mentions';
import type { Note, Participant, Position } from '../../server/src/core/types';
import { participantHover } from '../../server/src/lsp/hover/participant';
import type { HoverContext } from '../../server/src/lsp/hover/part';
import { PARTICIPANT_HOVER } from '../../server/src/lexicon/hover';
import { listFixtures, readFixture } from '../helpers/fixtures';

/** Where the note's text names a person, outside the front matter, with the hover there. */
function hoverOn(note: Note, lines: readonly string[], context: HoverContext, person: Participant): string | undefined {
  const forms = mentionForms(person, note.stakeholders);
  const fold = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
  for (const line of note.lines) {
    const raw = fold(lines[line.range.start.line] ?? '');
    for (const form of forms) {
      const at = raw.indexOf(form);
      if (at < 0) continue;
      const position: Position = { line: line.range.start.line, character: at + 1 };
      const hover = participantHover(context, position);
      if (hover) return hover.markdown;
    }
  }
  return undefined;
}

const verdictLine = (markdown: string) => markdown.split('\n\n')[1] ?? '';

describe('one answer to who decides: status line, hover and rules', () => {
  for (const path of listFixtures().filter((p) => p.includes('/meeting/'))) {
    const { name, text } = readFixture(path);
    it(name, () => {
      const analysis = analyze(text);
      const note = analysis.model;
      if (note.kind !== 'meeting') return;
      const lines = splitLines(text);
      const context = { uri: 'file:///note.md', analysis, lines } as unknown as HoverContext;
      const answer = whoDecides(note);
      const status = noteStatus(note, analysis.findings);
      assert.ok(status?.kind === 'meeting');
      if (answer.decider) {
        assert.equal(status.decider, answer.decider.name, 'the status line names the decider the rules use');
        const hover = hoverOn(note, lines, context, answer.decider);
        if (hover) assert.ok(verdictLine(hover).startsWith(PARTICIPANT_HOVER.decides[note.language]), `${answer.decider.name}: ${hover}`);
      } else if (!answer.superiorOf) {
        assert.equal(status.decider, undefined, 'no decider on the status line when the rules know none');
      }
      for (const finding of analysis.findings.filter((f) => f.rule === 'next-step-non-decider')) {
        const target = note.stakeholders.find((p) => p.name === finding.data?.target);
        assert.ok(target, `the finding's target ${String(finding.data?.target)} is a stakeholder`);
        assert.notEqual(status.decider, target.name, 'the status line does not call the non-decider the decider');
        const hover = hoverOn(note, lines, context, target);
        assert.ok(hover && verdictLine(hover).startsWith(PARTICIPANT_HOVER.doesNotDecide[note.language]), `${target.name}: ${hover}`);
      }
      const forecastFinding = analysis.findings.some((f) => f.rule === 'forecast-without-decider');
      if (forecastFinding) assert.equal(answer.met, false, 'a forecast finding means no decider was met');
      if (analysis.findings.some((f) => f.rule === 'no-decider-identified')) assert.equal(answer.known, false);
    });
  }
});
