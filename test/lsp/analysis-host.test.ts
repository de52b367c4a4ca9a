// The analysis thread's keeper: a thread that runs over budget or dies is replaced, its job is
// reported as interrupted, and the jobs after it are still analysed.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { type AnalysisHost, analysisHost, type Outcome } from '../../server/src/lsp/analysis/host';

const SCRIPT = join(__dirname, '..', 'helpers', 'workers', 'misbehaving.js');

/** What the fake thread analysed, or why it did not. */
const summary = (outcome: Outcome | undefined) => {
  if (!outcome) return 'superseded';
  if ('interrupted' in outcome) return outcome.interrupted;
  return (outcome.analysis.model as unknown as { text: string }).text;
};

describe('analysis host', () => {
  let host: AnalysisHost;
  const logs: string[] = [];
  beforeEach(() => {
    logs.length = 0;
    host = analysisHost({ script: SCRIPT, budgetMs: 500, log: (message) => logs.push(message) });
  });
  afterEach(() => host.dispose());

  it('replaces a thread that exits or throws, reports it, and analyses what comes next', async () => {
    const results = await Promise.all(['exit', 'after exit', 'throw', 'after throw'].map((text, i) => host.run(`doc${i}`, text, {})));
    assert.deepEqual(results.map(summary), ['crash', 'after exit', 'crash', 'after throw']);
    assert.equal(logs.length, 2, logs.join('\n'));
    assert.match(logs[0], /analysis thread stopped \(exit code 3\)/);
    assert.match(logs[1], /thread failure/);
  });

  it('stops a thread over budget and goes on with a new one', async () => {
    const results = await Promise.all([host.run('slow', 'hang', {}), host.run('next', 'quick', {})]);
    assert.deepEqual(results.map(summary), ['timeout', 'quick']);
  });

  it('replaces a waiting text of a document by its newer text', async () => {
    const first = host.run('busy', 'first', {});
    const [older, newer] = await Promise.all([host.run('doc', 'older', {}), host.run('doc', 'newer', {}), first]);
    assert.deepEqual([older, newer].map(summary), ['superseded', 'newer']);
  });

  it("runs an open note's analysis before the workspace notes waiting", async () => {
    const order: string[] = [];
    const done = (name: string) => () => order.push(name);
    const busy = host.run('busy', 'first', {}).then(done('busy'));
    const workspace = host.index('workspace note', 'file:///note.md', 'workspace', {}).then(done('workspace'));
    const open = host.run('doc', 'open note', {}).then(done('open'));
    await Promise.all([busy, workspace, open]);
    assert.deepEqual(order, ['busy', 'open', 'workspace']);
  });

  it('gives its idle thread back when released, and starts a new one for the next task', async () => {
    const threadOf = async (text: string) => {
      const outcome = await host.run('doc', text, {});
      assert.ok(outcome && 'analysis' in outcome);
      return (outcome.analysis.model as unknown as { threadId: number }).threadId;
    };
    const first = await threadOf('one');
    assert.equal(await threadOf('two'), first);
    host.release();
    assert.notEqual(await threadOf('three'), first);
    assert.deepEqual(logs, []);
  });
});
