// Today, for the rules that compare a due date with it: the local date, or BOUSSOLE_TODAY
// (YYYY-MM-DD) when set, so tests and demonstrations can stand on a chosen day. The clock is
// injectable: the server runs on the system's, tests on a fake one they move by hand.
const DAY = /^\d{4}-\d{2}-\d{2}$/;

export interface Clock {
  now(): Date;
  /** Calls `callback` once after about `ms` milliseconds; the timer never keeps the process alive. */
  setTimer(callback: () => void, ms: number): { cancel(): void };
}

export const systemClock: Clock = {
  now: () => new Date(),
  setTimer(callback, ms) {
    const timer = setTimeout(callback, ms);
    timer.unref?.();
    return { cancel: () => clearTimeout(timer) };
  },
};

/** The fixed day BOUSSOLE_TODAY names, when it names one. */
export function fixedDay(value = process.env.BOUSSOLE_TODAY): string | undefined {
  return value && DAY.test(value) ? value : undefined;
}

export function today(now = new Date(), fixed = fixedDay()): string {
  if (fixed) return fixed;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** Past midnight by this much, so a timer that fires a little early still finds the new day. */
const AFTER_MIDNIGHT_MS = 2_000;
/** The longest wait: a laptop that slept, or a clock set by hand, is caught within the hour. */
const LONGEST_WAIT_MS = 60 * 60 * 1_000;

/**
 * Calls `onNewDay` once each time the local day changes while the server runs (never with a fixed
 * day): what is overdue depends on it.
 */
export function watchDays(clock: Clock, onNewDay: (day: string) => void, fixed = fixedDay()): { dispose(): void } {
  if (fixed) return { dispose: () => undefined };
  let current = today(clock.now(), undefined);
  let timer: { cancel(): void } | undefined;
  let disposed = false;
  const arm = () => {
    const now = clock.now();
    const midnight = new Date(now.getFullYear(), now.getMonth(), now.getDate() + 1).getTime();
    timer = clock.setTimer(tick, Math.min(LONGEST_WAIT_MS, Math.max(1_000, midnight - now.getTime() + AFTER_MIDNIGHT_MS)));
  };
  const tick = () => {
    if (disposed) return;
    const day = today(clock.now(), undefined);
    if (day !== current) {
      current = day;
      onNewDay(day);
    }
    arm();
  };
  arm();
  return {
    dispose() {
      disposed = true;
      timer?.cancel();
    },
  };
}
