// Runs the README's Neovim configurations in the installed Neovim, headless, on the reference
// meeting: each must start Boussole, show its diagnostics and apply the `settings` it passes.
// A configuration for a newer Neovim than the one installed is skipped, and says so.
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const NOTE = 'rdv-responsable-du-machin.md';
const WAIT_MS = 30_000;

/** The API each configuration relies on, and the first Neovim that has it. */
const NEEDS = [
  { api: 'vim.lsp.config(', version: [0, 11] },
  { api: 'vim.lsp.start(', version: [0, 8] },
  { api: 'vim.lsp.start_client(', version: [0, 7] },
];

const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const otherEditors = readme.slice(readme.indexOf('## Other editors'), readme.indexOf('\n## ', readme.indexOf('## Other editors') + 1));
const configurations = [...otherEditors.matchAll(/```lua\n([\s\S]*?)```/g)].map((match) => match[1]);
assert.ok(configurations.length >= 3, 'README shows the Neovim configurations');

const versionLine = execFileSync('nvim', ['--version'], { encoding: 'utf8' }).split('\n')[0];
const installed = /v(\d+)\.(\d+)/.exec(versionLine).slice(1).map(Number);
const atLeast = ([major, minor]) => installed[0] > major || (installed[0] === major && installed[1] >= minor);

let ran = 0;
for (const configuration of configurations) {
  const need = NEEDS.find((candidate) => configuration.includes(candidate.api));
  assert.ok(need, `a Neovim configuration the check knows:\n${configuration}`);
  if (!atLeast(need.version)) {
    console.log(`[neovim] skipped the ${need.api.slice(0, -1)} configuration: needs Neovim ${need.version.join('.')}, ${versionLine} installed`);
    continue;
  }
  const rows = runNeovim(configuration.replaceAll('/path/to/boussole', root));
  const codes = rows.map((row) => row.code);
  assert.ok(rows.every((row) => row.source === 'boussole'), JSON.stringify(rows));
  assert.ok(codes.includes('next-step-non-decider'), `Boussole's finding on the next step: ${codes.join(', ')}`);
  assert.ok(!codes.includes('one-sided-next-step'), `the settings turn one-sided-next-step off: ${codes.join(', ')}`);
  console.log(`[neovim] ${versionLine}, ${need.api.slice(0, -1)}: ${rows.map((row) => `${row.line}: ${row.code}`).join('; ')}`);
  ran += 1;
}
assert.ok(ran > 0, 'at least one README configuration runs on the installed Neovim');

function runNeovim(configuration) {
  const folder = mkdtempSync(path.join(tmpdir(), 'boussole-nvim-'));
  const config = path.join(folder, 'init.lua');
  const report = path.join(folder, 'report.tsv');
  writeFileSync(config, `${configuration}\n${readFileSync(path.join(here, 'report.lua'), 'utf8')}`);
  copyFileSync(path.join(root, 'examples', NOTE), path.join(folder, NOTE));
  const result = spawnSync('nvim', ['--headless', '-n', '-i', 'NONE', '-u', config, NOTE], {
    cwd: folder,
    encoding: 'utf8',
    timeout: WAIT_MS + 15_000,
    env: { ...process.env, BOUSSOLE_REPORT: report, BOUSSOLE_WAIT_MS: String(WAIT_MS), XDG_CONFIG_HOME: folder, XDG_DATA_HOME: folder, XDG_STATE_HOME: folder, XDG_CACHE_HOME: folder },
  });
  assert.equal(result.status, 0, `nvim exited with ${result.status}: ${result.stderr}`);
  const [status, ...lines] = readFileSync(report, 'utf8').trim().split('\n');
  assert.equal(status, 'diagnostics', `no diagnostics within ${WAIT_MS} ms; stderr: ${result.stderr}`);
  return lines.map((line) => {
    const [source, code, severity, lineNumber, message] = line.split('\t');
    return { source, code, severity: Number(severity), line: Number(lineNumber), message };
  });
}
