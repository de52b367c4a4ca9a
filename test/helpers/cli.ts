// Runs the built CLI as a user would, in a folder of files written for the test.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

export const ROOT = join(__dirname, '..', '..');
export const BIN = join(ROOT, 'bin', 'boussole.js');

export interface Run {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runCli(args: readonly string[], options: { cwd?: string; input?: string | Buffer } = {}): Run {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    // A day before every date the tests' notes give: no step is overdue unless a test says when today is.
    env: { ...process.env, NO_COLOR: '1', BOUSSOLE_TODAY: '2020-01-01' },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A temporary folder holding `files` (path -> text or bytes). */
export function folder(files: Record<string, string | Buffer> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'boussole-cli-'));
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

export const rulesOf = (report: { findings: { rule: string }[] }) => report.findings.map((f) => f.rule);
