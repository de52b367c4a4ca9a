// The three palette commands create their notes: a session and a meeting from the templates, and
// the follow-up of an open note, saved next to it and linked back.
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { REFERENCE_MEETING } from '../harness/examples.mjs';
import { scenario } from '../harness/scenario.mjs';

scenario('palette-commands', {
  title: 'New co-development session, New meeting note and New follow-up of this note create their notes',
  files: { [REFERENCE_MEETING]: REFERENCE_MEETING },
}, async (workbench, shot) => {
  // The palette lists the extension's commands once the extension host knows it: wait for its findings.
  await workbench.openFile(REFERENCE_MEETING);
  await workbench.waitForProblem('next-step-non-decider');

  // The workbench speaks English: the notes are written in English.
  await workbench.runCommand('Boussole: New co-development session');
  await workbench.activeTab('Untitled-1').waitFor();
  await workbench.line('Step 1').waitFor();
  const session = (await workbench.visibleLines()).join('\n');
  for (const step of ['Step 1', 'Step 2', 'Step 3']) assert.ok(session.includes(step), `${step} in:\n${session}`);
  await shot('palette-commands-session');

  await workbench.runCommand('Boussole: New meeting note');
  await workbench.activeTab('Untitled-2').waitFor();
  await workbench.line('Next steps').waitFor();
  assert.match((await workbench.visibleLines()).join('\n'), /Attendees[\s\S]*Decision process/);
  await shot('palette-commands-meeting');

  await workbench.explorerRow(REFERENCE_MEETING).click();
  await workbench.activeTab(REFERENCE_MEETING).waitFor();
  const before = await readdir(workbench.folder);
  await workbench.runCommand('Boussole: New follow-up of this note');
  const created = await waitForNewNote(workbench.folder, before);
  await workbench.activeTab(created).waitFor();
  const text = await readFile(path.join(workbench.folder, created), 'utf8');
  assert.match(text, new RegExp(`^follows: \\./${REFERENCE_MEETING.replace('.', '\\.')}$`, 'm'), text);
  assert.match(created, /^\d{4}-\d{2}-\d{2}-/, 'named after today');
  await shot('palette-commands-follow-up');
});

async function waitForNewNote(folder, before) {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const added = (await readdir(folder)).filter((name) => name.endsWith('.md') && !before.includes(name));
    if (added.length) return added[0];
    if (Date.now() > deadline) throw new Error(`no follow-up note created in ${folder}`);
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}
