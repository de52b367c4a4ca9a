// A new note started from the six-step session snippet has the six step headings.
import assert from 'node:assert/strict';
import { scenario } from '../harness/scenario.mjs';
import { findSessionSnippet } from '../harness/snippets.mjs';

const NEW_NOTE = 'nouvelle-seance.md';
const snippet = await findSessionSnippet();

scenario('session-snippet', {
  title: 'the session snippet inserts the six step headings',
  files: { [NEW_NOTE]: null },
  pending: async () => (snippet ? undefined : 'package.json contributes no Markdown snippet with six step headings yet'),
}, async (workbench, shot) => {
  await workbench.openFile(NEW_NOTE);
  await workbench.insertSnippet(snippet.prefix);
  await shot();
  const text = await workbench.saveAndRead(NEW_NOTE, (saved) => snippet.headings.every((heading) => heading.test(saved)));
  for (const heading of snippet.headings) assert.match(text, heading);
  assert.ok(text.split('\n').filter((line) => /^#{1,6}\s/.test(line)).length >= 6, `six headings in:\n${text}`);
});
