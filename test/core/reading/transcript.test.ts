// A transcript pasted into a note is speech: its turns are no step, an agenda's times are no transcript.
import assert from 'node:assert/strict';
import { buildNote } from '../../../server/src/core/model';
import { transcriptLines } from '../../../server/src/core/reading/transcript';

function spoken(text: string): string[] {
  const note = buildNote(text);
  return [...transcriptLines(note.lines, note.sections)].map((line) => line.text);
}

describe('transcript lines', () => {
  it('reads stamped turns, stamp first or speaker first, from the label that opens them to the next heading', () => {
    const text = [
      '# Call', '', '## Next steps', '', '- Send the quote on 12 March', '', 'Transcript:', '',
      '0:04 - Nina Park', 'Hi, sorry, my camera froze.', '', '0:31 - Tom Reyes', 'No problem.', '',
      '1:15 - Nina Park', 'Okay, got it.', '', '## Notes', '', 'Budget to confirm.',
    ].join('\n');
    assert.deepEqual(spoken(text), ['Transcript:', '0:04 - Nina Park', 'Hi, sorry, my camera froze.', '0:31 - Tom Reyes', 'No problem.', '1:15 - Nina Park', 'Okay, got it.']);
    const french = ['# Appel', '', 'Claire (00:01:10) : Bonjour.', '', '[00:01:22] Paul : Merci.', '', 'Claire (00:02:30) : Noté.'].join('\n');
    assert.equal(spoken(french).length, 3);
  });

  it('leaves an agenda alone: its times name no one twice', () => {
    const text = ['# Workshop', '', '## Agenda', '', '09:00 - Welcome', '', '09:30 - Pilot review', '', '10:15 - Next steps'].join('\n');
    assert.deepEqual(spoken(text), []);
  });
});
