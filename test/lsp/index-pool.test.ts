// The lanes that read the workspace's notes: every free thread takes one, a long note goes only to a
// thread that takes it, a note left by a newer reading is not analysed, and only the index's own
// thread is given back.
import assert from 'node:assert/strict';
import type { AnalysisHost } from '../../server/src/lsp/analysis/host';
import { type IndexOutcome, indexPool } from '../../server/src/lsp/workspace/pool';

interface FakeHost {
  host: AnalysisHost;
  /** The notes handed to this thread, by key. */
  started: string[];
  /** Finishes the running note. */
  finish(): void;
  released: number;
}

function fakeHost(): FakeHost {
  let running: (() => void) | undefined;
  const fake: FakeHost = {
    started: [],
    released: 0,
    finish: () => running?.(),
    host: {
      index(key, uri) {
        assert.equal(running, undefined, 'a lane holds one note at a time');
        fake.started.push(key);
        return new Promise<IndexOutcome>((resolve) => {
          running = () => {
            running = undefined;
            resolve({ indexed: { record: { uri } as never, findings: [] } });
          };
        });
      },
      release: () => void fake.released++,
      run: () => Promise.resolve(undefined),
      followUp: () => Promise.reject(new Error('not used')),
      cancel: () => undefined,
      dispose: () => Promise.resolve(),
    },
  };
  return fake;
}

const tick = () => new Promise((resolve) => setImmediate(resolve));
const uriOf = (outcome: IndexOutcome) => (outcome && 'indexed' in outcome ? outcome.indexed.record.uri : outcome);

describe('workspace index lanes', () => {
  it('reads two notes at once, one on each thread, and the next as soon as one is free', async () => {
    const editor = fakeHost();
    const own = fakeHost();
    const pool = indexPool([{ host: editor.host, prefix: 'workspace ' }, { host: own.host }]);
    const results = ['a', 'b', 'c'].map((name) => pool.index(`file:///${name}.md`, `# ${name}`, {}));
    await tick();
    assert.deepEqual([editor.started, own.started], [['workspace file:///a.md'], ['file:///b.md']]);
    own.finish();
    await tick();
    assert.deepEqual(own.started, ['file:///b.md', 'file:///c.md']);
    editor.finish();
    own.finish();
    assert.deepEqual((await Promise.all(results)).map(uriOf), ['file:///a.md', 'file:///b.md', 'file:///c.md']);
  });

  it('leaves a long note to the thread that takes it, and reads short ones meanwhile', async () => {
    const editor = fakeHost();
    const own = fakeHost();
    const pool = indexPool([{ host: editor.host, maxLength: 10 }, { host: own.host }]);
    const long = pool.index('file:///long.md', 'x'.repeat(50), {});
    const short = pool.index('file:///short.md', 'short', {});
    await tick();
    assert.deepEqual([editor.started, own.started], [['file:///short.md'], ['file:///long.md']]);
    editor.finish();
    own.finish();
    assert.deepEqual([uriOf(await long), uriOf(await short)], ['file:///long.md', 'file:///short.md']);
  });

  it('says so when no thread takes a note', async () => {
    const pool = indexPool([{ host: fakeHost().host, maxLength: 10 }]);
    const outcome = await pool.index('file:///long.md', 'x'.repeat(50), {});
    assert.ok(outcome && 'interrupted' in outcome);
  });

  it('does not analyse a note that a newer reading of the workspace no longer wants', async () => {
    const own = fakeHost();
    const pool = indexPool([{ host: own.host }]);
    let current = true;
    const first = pool.index('file:///a.md', 'a', {}, () => current);
    const stale = pool.index('file:///b.md', 'b', {}, () => current);
    const fresh = pool.index('file:///c.md', 'c', {});
    await tick();
    current = false;
    own.finish();
    assert.equal(uriOf(await first), 'file:///a.md');
    assert.equal(await stale, undefined);
    await tick();
    own.finish();
    assert.equal(uriOf(await fresh), 'file:///c.md');
    assert.deepEqual(own.started, ['file:///a.md', 'file:///c.md']);
  });

  it('gives back only the threads of its own, and only when idle', async () => {
    const editor = fakeHost();
    const own = fakeHost();
    const pool = indexPool([{ host: editor.host }, { host: own.host, release: true }]);
    const notes = [pool.index('file:///a.md', 'a', {}), pool.index('file:///b.md', 'b', {})];
    await tick();
    pool.release();
    assert.deepEqual([editor.released, own.released], [0, 0]);
    editor.finish();
    own.finish();
    await Promise.all(notes);
    pool.release();
    assert.deepEqual([editor.released, own.released], [0, 1]);
  });
});
