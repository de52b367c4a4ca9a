// Picks notes from examples/ for the scenarios.
import { execFile } from 'node:child_process';
import { readFile, readdir } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { examplesDir, repoRoot } from './env.mjs';

const run = promisify(execFile);

export const REFERENCE_SESSION = 'seance-richard-posture-commerciale.md';
export const REFERENCE_MEETING = 'rdv-responsable-du-machin.md';

/** A note meant to be good: named good-… or bonne-…, else one the CLI finds nothing in. */
export async function findGoodNote() {
  const notes = (await readdir(examplesDir, { recursive: true })).filter((name) => name.endsWith('.md')).sort();
  const named = notes.find((name) => /^(good|bonne)-/i.test(path.basename(name)));
  if (named) return named;
  for (const note of notes) {
    if ((await findingCount(path.join(examplesDir, note))) === 0) return note;
  }
  return undefined;
}

async function findingCount(file) {
  try {
    const { stdout } = await run(process.execPath, ['bin/boussole.js', 'check', '--format', 'json', file], { cwd: repoRoot });
    return countFindings(JSON.parse(stdout));
  } catch {
    return undefined; // findings make the CLI exit non-zero; either way, not a good note
  }
}

/** Counts the objects carrying a rule id, whatever the report's nesting. */
function countFindings(report) {
  if (Array.isArray(report)) return report.reduce((sum, item) => sum + countFindings(item), 0);
  if (report && typeof report === 'object') {
    const own = 'rule' in report || 'ruleId' in report || 'code' in report ? 1 : 0;
    return own + Object.values(report).reduce((sum, value) => sum + countFindings(value), 0);
  }
  return 0;
}

/** The 1-based number of the first line of an example that contains `text`. */
export async function lineOf(example, text) {
  const lines = (await readFile(path.join(examplesDir, example), 'utf8')).split('\n');
  const index = lines.findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${example} no longer contains "${text}"`);
  return index + 1;
}
