// The client's watchdog, on a hand-driven clock: a server that answers is left alone, one that
// stops answering is restarted, and the user is told once.
import assert from 'node:assert/strict';
import { startWatchdog, type Timers } from '../../client/src/watchdog';

/** Timers that fire only when the test says time has passed. */
function manualClock() {
  let now = 0;
  let id = 0;
  const pending = new Map<number, { at: number; run: () => void }>();
  const timers: Timers = {
    set: (run, ms) => {
      pending.set(++id, { at: now + ms, run });
      return id;
    },
    clear: (handle) => pending.delete(handle as number),
  };
  /** Moves the clock on, firing what falls due in order, and lets promise callbacks run. */
  const advance = async (ms: number) => {
    const end = now + ms;
    for (;;) {
      await new Promise((resolve) => setImmediate(resolve));
      const due = [...pending.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      pending.delete(due[0]);
      now = due[1].at;
      due[1].run();
    }
    now = end;
  };
  return { timers, advance };
}

describe('server watchdog', () => {
  function watch(answers: () => boolean) {
    const clock = manualClock();
    const events: string[] = [];
    const watchdog = startWatchdog({
      ping: () => {
        events.push('ping');
        return answers() ? Promise.resolve({}) : new Promise(() => {});
      },
      running: () => true,
      restart: async () => {
        events.push('restart');
      },
      notify: () => events.push('notify'),
      log: () => {},
      intervalMs: 30_000,
      timeoutMs: 15_000,
      timers: clock.timers,
    });
    return { clock, events, watchdog };
  }

  it('leaves a server that answers alone', async () => {
    const { clock, events, watchdog } = watch(() => true);
    await clock.advance(120_000);
    watchdog.dispose();
    assert.deepEqual(events, ['ping', 'ping', 'ping', 'ping']);
  });

  it('restarts a server that stops answering, telling the user once', async () => {
    let answering = true;
    const { clock, events, watchdog } = watch(() => answering);
    await clock.advance(30_000);
    answering = false;
    await clock.advance(30_000 + 14_000);
    assert.deepEqual(events, ['ping', 'ping'], 'no restart before the timeout');
    await clock.advance(1_000);
    assert.deepEqual(events, ['ping', 'ping', 'notify', 'restart']);
    await clock.advance(45_000);
    assert.deepEqual(events, ['ping', 'ping', 'notify', 'restart', 'ping', 'restart'], 'told once, restarted again');
    answering = true;
    await clock.advance(60_000);
    watchdog.dispose();
    assert.deepEqual(events.slice(6), ['ping', 'ping']);
  });
});
