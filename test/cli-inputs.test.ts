// What the built CLI reads: one glob for all patterns, .gitignore, the configuration's ignore,
// standard input, real paths once, and only regular UTF-8 files, with clear refusals.
import assert from 'node:assert/strict';
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, readFileSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { folder, ROOT, rulesOf, runCli } from './helpers/cli';

const MEETING = readFileSync(join(ROOT, 'test/fixtures/meeting/non-decider-en.md'), 'utf8');
const files = (stdout: string) => JSON.parse(stdout).map((r: { file: string }) => r.file);

describe('boussole check inputs', () => {
  it('sends every pattern to one glob, so that negated patterns leave files out', () => {
    const dir = folder({ 'notes/a.md': MEETING, 'notes/b.md': MEETING, 'archive/old.md': MEETING });
    assert.deepEqual(files(runCli(['check', '.', '!archive/**', '-f', 'json'], { cwd: dir }).stdout), ['notes/a.md', 'notes/b.md']);
    assert.deepEqual(files(runCli(['check', '!archive/**', '!**/b.md', '-f', 'json'], { cwd: dir }).stdout), ['notes/a.md']);
    assert.deepEqual(files(runCli(['check', '**/*.md', '!notes/**', '-f', 'json'], { cwd: dir }).stdout), ['archive/old.md']);
  });

  it('honours .gitignore (nested ones too) and the configuration\'s ignore and notes', () => {
    const dir = folder({
      '.gitignore': 'drafts/\n',
      'drafts/x.md': MEETING,
      'team/.gitignore': 'private-*.md\n',
      'team/private-call.md': MEETING,
      'team/call.md': MEETING,
      'team/README.md': '# Team notes\n',
      'team/.boussole.jsonc': '{ "notes": ["call.md", "notes/**"], "ignore": ["notes/skip.md"] }',
      'team/notes/kept.md': MEETING,
      'team/notes/skip.md': MEETING,
    });
    mkdirSync(join(dir, '.git'));
    assert.deepEqual(files(runCli(['check', '.', '-f', 'json'], { cwd: dir }).stdout), ['team/call.md', 'team/notes/kept.md']);
    // A file named on the command line is checked even when .gitignore ignores it...
    assert.deepEqual(files(runCli(['check', 'drafts/x.md', '-f', 'json'], { cwd: dir }).stdout), ['drafts/x.md']);
    // ...but one the configuration says is no note is skipped, and said so.
    const skipped = runCli(['check', 'team/notes/skip.md', '-f', 'json'], { cwd: dir });
    assert.equal(skipped.code, 0);
    assert.deepEqual(files(skipped.stdout), []);
    assert.match(skipped.stderr, /skipped "team\/notes\/skip\.md"/);
  });

  it('reads a note on standard input, named by --stdin-filename, with that name\'s configuration', () => {
    const dir = folder({ 'team/.boussole.yaml': 'rules:\n  next-step-non-decider: error\n' });
    const named = runCli(['check', '-', '--stdin-filename', 'team/call.md', '-f', 'json'], { cwd: dir, input: MEETING });
    assert.equal(named.code, 1);
    const [report] = JSON.parse(named.stdout);
    assert.equal(report.file, 'team/call.md');
    assert.deepEqual(rulesOf(report), ['next-step-non-decider']);
    assert.equal(report.findings[0].severity, 'error');
    const bare = runCli(['check', '-', '-f', 'json'], { cwd: dir, input: MEETING });
    assert.equal(bare.code, 0);
    assert.equal(JSON.parse(bare.stdout)[0].file, '<stdin>');
    assert.equal(runCli(['check', '.', '--stdin-filename', 'x.md'], { cwd: dir }).code, 2);
  });

  it('reports each real note once when a folder is reached through a symlink', () => {
    const dir = folder({ 'notes/a.md': MEETING });
    symlinkSync(join(dir, 'notes'), join(dir, 'link'));
    symlinkSync(dir, join(dir, 'notes', 'loop'));
    const { code, stdout } = runCli(['check', '.', 'link', 'notes/a.md', '-f', 'json'], { cwd: dir });
    assert.equal(code, 0);
    assert.equal(files(stdout).length, 1);
  });

  it('refuses a FIFO and a device without hanging, and still checks the other notes', () => {
    const dir = folder({ 'a.md': MEETING });
    execFileSync('mkfifo', [join(dir, 'pipe.md')]);
    const { code, stdout, stderr } = runCli(['check', '.', 'pipe.md', '/dev/zero', '-f', 'json'], { cwd: dir });
    assert.equal(code, 2);
    assert.deepEqual(files(stdout), ['a.md']);
    assert.match(stderr, /"pipe\.md" is a named pipe \(FIFO\), not a regular file/);
    assert.match(stderr, /"\/dev\/zero" is a device, not a regular file/);
  });

  it('says which encoding a note is in instead of misreading it', () => {
    const latin1 = Buffer.from('# Réunion avec le DAF\n\nLe décideur est là.\n', 'latin1');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('# Meeting\n', 'utf16le')]);
    const dir = folder({ 'latin1.md': latin1, 'utf16.md': utf16, 'bom.md': `\uFEFF${MEETING}` });
    const { code, stdout, stderr } = runCli(['check', '.', '-f', 'json'], { cwd: dir });
    assert.equal(code, 2);
    assert.deepEqual(files(stdout), ['bom.md']);
    assert.match(stderr, /"latin1\.md" is not UTF-8 text \(it looks like Latin-1 or Windows-1252\): the first invalid byte is on line 1/);
    assert.match(stderr, /"utf16\.md" is encoded in UTF-16/);
    assert.ok(!stderr.includes('Réunion') && !stderr.includes('cideur'), stderr);
  });

  it('reports a too-large note without reading it whole, and the others', () => {
    const dir = folder({ 'a.md': MEETING });
    execFileSync('truncate', ['-s', '30M', join(dir, 'huge.md')]);
    const { code, stdout } = runCli(['check', '.', '-f', 'json'], { cwd: dir });
    // A sparse file of zero bytes: a binary file, refused from its first bytes.
    assert.equal(code, 2);
    assert.deepEqual(files(stdout), ['a.md']);
    const text = folder({ 'big.md': `# Notes\n\n${'Une ligne de notes assez ordinaire.\n'.repeat(600_000)}` });
    const big = runCli(['check', '.', '-f', 'json'], { cwd: text });
    assert.equal(big.code, 0);
    assert.deepEqual(rulesOf(JSON.parse(big.stdout)[0]), ['note-too-large']);
  });

  it('escapes control characters from notes and file names in the stylish output', () => {
    const dir = folder({ 'evil\u001b[2J.md': MEETING.replace('Dana Fox, IT project manager', 'Dana\u001b[31m Fox\u0007, IT project manager') });
    const { stdout, stderr } = runCli(['check', '.'], { cwd: dir });
    assert.ok(!/[\u0000-\u0008\u000b-\u001f\u007f]/.test(stdout + stderr), JSON.stringify(stdout));
    assert.match(stdout, /evil\\u001b\[2J\.md/);
    assert.match(stdout, /Dana\\u001b\[31m Fox\\u0007/);
  });

  it('never prints front matter text on stderr (an unknown YAML tag)', () => {
    const dir = folder({ 'a.md': `---\ntype: meeting\nclient: !secret "Projet Confidentiel"\n---\n${MEETING.split('---\n')[2]}` });
    const { stdout, stderr } = runCli(['check', '.', '-f', 'json'], { cwd: dir });
    assert.equal(stderr, '');
    assert.ok(JSON.parse(stdout)[0].findings.length);
  });

  it('ends quietly when the reader of its output goes away (EPIPE)', async () => {
    const dir = folder(Object.fromEntries(Array.from({ length: 40 }, (_, i) => [`n${i}.md`, MEETING])));
    const child = spawn(process.execPath, [join(ROOT, 'bin/boussole.js'), 'check', '.', '-f', 'json', '--jobs', '1'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.stdout.once('data', () => child.stdout.destroy());
    const [code, signal] = await new Promise<[number | null, string | null]>((resolve) => child.on('close', (c, s) => resolve([c, s])));
    assert.equal(signal, null);
    assert.ok(code === 0 || code === 1, `exit ${code}`);
    assert.equal(stderr, '');
  });

  it('gives the same reports in the same order on worker threads as in process', () => {
    const notes = ['test/fixtures/meeting/non-decider-en.md', 'examples/seance-richard-posture-commerciale.md', 'examples/rdv-responsable-du-machin.md'];
    const dir = folder(Object.fromEntries(Array.from({ length: 36 }, (_, i) => [`n${String(i).padStart(2, '0')}.md`, readFileSync(join(ROOT, notes[i % 3]), 'utf8')])));
    mkdirSync(join(dir, 'dir.md'));
    const inProcess = runCli(['check', '.', '-f', 'json', '--jobs', '1'], { cwd: dir });
    const threads = runCli(['check', '.', '-f', 'json', '--jobs', '2'], { cwd: dir });
    assert.equal(threads.code, inProcess.code);
    assert.equal(threads.stdout, inProcess.stdout);
    assert.equal(JSON.parse(threads.stdout).length, 36);
  });

  it('checks a large note among many on the main thread, with the same report as in process', () => {
    const meeting = readFileSync(join(ROOT, 'examples/rdv-responsable-du-machin.md'), 'utf8');
    const body = meeting.slice(meeting.indexOf('\n## '));
    // Past MAIN_THREAD_FROM_BYTES: the workers leave it to the main thread.
    const large = meeting + body.repeat(Math.ceil(300_000 / body.length));
    const notes = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`n${String(i).padStart(2, '0')}.md`, meeting]));
    const dir = folder({ ...notes, 'n05-large.md': large });
    const inProcess = runCli(['check', '.', '-f', 'json', '--jobs', '1'], { cwd: dir });
    const threads = runCli(['check', '.', '-f', 'json', '--jobs', '2'], { cwd: dir });
    assert.equal(threads.stdout, inProcess.stdout);
    const reports = JSON.parse(threads.stdout);
    assert.equal(reports.length, 13);
    assert.ok(reports.some((r: { file: string }) => r.file === 'n05-large.md'));
  });

  it('reports a note whose check fails for that note alone, and checks the others', () => {
    const deep = `# Notes\n\n${'>'.repeat(5_000)} deep\n`;
    const dir = folder({ 'a.md': MEETING, 'deep.md': deep });
    const { stdout, stderr } = runCli(['check', '.', '-f', 'json'], { cwd: dir });
    const reports = JSON.parse(stdout);
    assert.ok(reports.some((r: { file: string }) => r.file === 'a.md'));
    if (!reports.some((r: { file: string }) => r.file === 'deep.md')) assert.match(stderr, /"deep\.md" could not be checked: internal error/);
    assert.ok(!/\n\s+at /.test(stderr), stderr);
  });
});
