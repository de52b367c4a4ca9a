// Every regular expression of the server runs on the user's text, so each one must match in linear
// time. The test collects them three ways, so none escapes: the literals written in the source (read
// from its syntax tree), the RegExp values the modules export (alone, in arrays or objects), and the
// patterns built at run time, which must go through `pattern()` (core/patterns.ts) to be registered.
// recheck then proves each one safe; a vulnerable or undecided one fails.
import assert from 'node:assert/strict';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { parse } from 'acorn';
import { transformSync } from 'esbuild';
import { checkSync } from 'recheck';
import { analyze } from '../../server/src/core/analyze';
import { fixesFor } from '../../server/src/core/fixes';
import { registeredPatterns } from '../../server/src/core/patterns';
import { listFixtures } from '../helpers/fixtures';

const SOURCE = join(__dirname, '..', '..', 'server', 'src');
const EXAMPLES = join(__dirname, '..', '..', 'examples');
/** The file allowed to call the RegExp constructor; `main.ts` files start a process when imported. */
const PATTERNS_FILE = join('core', 'patterns.ts');
/** Files that start something when loaded: the programs and the loaders of the server's bundles. */
const isEntryPoint = (file: string) => ['main.ts', 'lsp/boot/server.ts', 'lsp/boot/analysis-worker.ts'].some((end) => file.endsWith(`${'/'}${end}`));

function sourceFiles(dir = SOURCE): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

interface Found {
  where: string;
  source: string;
  flags: string;
}

interface AstNode {
  type: string;
  start: number;
  regex?: { pattern: string; flags: string };
  callee?: AstNode & { name?: string };
  [key: string]: unknown;
}

/** Regex literals and RegExp constructor calls of one source file. */
function scan(file: string): { literals: Found[]; constructors: number[] } {
  const code = transformSync(readFileSync(file, 'utf8'), { loader: 'ts' }).code;
  const where = relative(SOURCE, file);
  const literals: Found[] = [];
  const constructors: number[] = [];
  const pending: AstNode[] = [parse(code, { ecmaVersion: 'latest', sourceType: 'module' }) as unknown as AstNode];
  for (let node = pending.pop(); node; node = pending.pop()) {
    if (node.regex) literals.push({ where, source: node.regex.pattern, flags: node.regex.flags });
    if ((node.type === 'NewExpression' || node.type === 'CallExpression') && node.callee?.name === 'RegExp') constructors.push(node.start);
    for (const value of Object.values(node)) {
      for (const child of Array.isArray(value) ? value : [value]) {
        if (child && typeof child === 'object' && typeof (child as AstNode).type === 'string') pending.push(child as AstNode);
      }
    }
  }
  return { literals, constructors };
}

/** RegExp values reachable from a module's exports through arrays and plain objects. */
function exportedPatterns(exports: unknown, where: string): Found[] {
  const found: Found[] = [];
  const seen = new Set<unknown>();
  const pending: unknown[] = [exports];
  for (let value = pending.pop(); value !== undefined; value = pending.pop()) {
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    if (value instanceof RegExp) found.push({ where, source: value.source, flags: value.flags });
    else if (Array.isArray(value)) pending.push(...value);
    else if (Object.getPrototypeOf(value) === Object.prototype || Object.getPrototypeOf(value) === null) pending.push(...Object.values(value));
  }
  return found;
}

/** Runs the analysis and every fix on real notes, so patterns built on first use are registered too. */
function exerciseCore(): void {
  const notes = [...listFixtures(), ...readdirSync(EXAMPLES).filter((f) => f.endsWith('.md')).map((f) => join(EXAMPLES, f))];
  for (const path of notes) {
    const text = readFileSync(path, 'utf8');
    const { model, findings } = analyze(text);
    for (const finding of findings) fixesFor(finding, model, text);
  }
}

/**
 * Step limits only, no time limits, and a fixed seed: on a loaded machine a timed-out attack would
 * read as a vulnerability, so the verdict would depend on the load rather than on the pattern.
 */
const DETERMINISTIC = {
  randomSeed: 1, timeout: null, attackTimeout: null, incubationTimeout: null, recallTimeout: null, seedingTimeout: null,
} as const;

/**
 * Verdicts of earlier runs on this machine, by recheck version, pattern and flags: with a fixed seed
 * and no time limits a verdict depends on nothing else, so only new or changed patterns are checked.
 */
const VERDICTS = join(__dirname, '..', '..', 'node_modules', '.cache', 'boussole-redos.json');
const RECHECK_VERSION = (JSON.parse(readFileSync(require.resolve('recheck/package.json'), 'utf8')) as { version: string }).version;

function readVerdicts(): Record<string, string> {
  try {
    const cached = JSON.parse(readFileSync(VERDICTS, 'utf8')) as { recheck: string; verdicts: Record<string, string> };
    return cached.recheck === RECHECK_VERSION ? cached.verdicts : {};
  } catch {
    return {};
  }
}

function writeVerdicts(verdicts: Record<string, string>): void {
  mkdirSync(dirname(VERDICTS), { recursive: true });
  writeFileSync(VERDICTS, JSON.stringify({ recheck: RECHECK_VERSION, verdicts }));
}

function verdictOf(result: ReturnType<typeof checkSync>): string {
  return result.status === 'vulnerable' ? `vulnerable (${result.complexity.type})` : result.status;
}

describe('regular expressions over user text', function () {
  // The first run on a machine proves every pattern, which takes minutes when the machine is busy.
  this.timeout(900_000);

  it('are built only through pattern(), so the registry sees those made at run time', () => {
    const offenders = sourceFiles()
      .filter((file) => relative(SOURCE, file) !== PATTERNS_FILE)
      .flatMap((file) => scan(file).constructors.map((at) => `${relative(SOURCE, file)} at offset ${at}`));
    assert.deepEqual(offenders, [], 'use pattern() from core/patterns.ts instead of the RegExp constructor');
  });

  it('all match in linear time (recheck)', async () => {
    const all: Found[] = [];
    for (const file of sourceFiles()) {
      all.push(...scan(file).literals);
      if (!isEntryPoint(file)) all.push(...exportedPatterns(await import(file), relative(SOURCE, file)));
    }
    exerciseCore();
    all.push(...registeredPatterns().map((re) => ({ where: 'pattern()', source: re.source, flags: re.flags })));
    assert.ok(registeredPatterns().length > 10, 'the patterns built from the lexicon are registered');

    const unique = new Map<string, Found>();
    for (const found of all) unique.set(`/${found.source}/${found.flags}`, found);
    const verdicts = readVerdicts();
    const unsafe: string[] = [];
    for (const [key, found] of unique) {
      verdicts[key] ??= verdictOf(checkSync(found.source, found.flags, DETERMINISTIC));
      if (verdicts[key] !== 'safe') unsafe.push(`${found.where}: ${key} is ${verdicts[key]}`);
    }
    writeVerdicts(verdicts);
    assert.deepEqual(unsafe, []);
    assert.ok(unique.size > 50, `found ${unique.size} patterns`);
  });
});
