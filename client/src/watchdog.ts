// Notices a language server that stopped answering: a light request at a steady pace, and a restart
// when one goes unanswered too long. A crashed server is the language client's own business; this
// is for one that still runs but no longer replies.
export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

export interface WatchdogOptions {
  /** Resolves when the server answers. */
  ping(): Promise<unknown>;
  /** Whether the server is meant to be running (no ping while it starts or stops). */
  running(): boolean;
  restart(): Promise<void>;
  /** Called on the first restart only: the user is told once. */
  notify(): void;
  log(message: string): void;
  intervalMs: number;
  timeoutMs: number;
  timers?: Timers;
}

const REAL_TIMERS: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

export function startWatchdog(options: WatchdogOptions): { dispose(): void } {
  const timers = options.timers ?? REAL_TIMERS;
  let told = false;
  let disposed = false;
  let handle: unknown;

  const next = () => {
    if (!disposed) handle = timers.set(check, options.intervalMs);
  };

  const check = () => {
    if (!options.running()) return next();
    let answered = false;
    const deadline = timers.set(() => {
      if (answered || disposed) return;
      answered = true;
      void hung();
    }, options.timeoutMs);
    // A refused ping (the server is stopping, or restarting on its own) says nothing about a hang.
    const settle = () => {
      if (answered) return;
      answered = true;
      timers.clear(deadline);
      next();
    };
    options.ping().then(settle, settle);
  };

  const hung = async () => {
    options.log(`The Boussole language server did not answer within ${options.timeoutMs / 1000} s; restarting it.`);
    if (!told) {
      told = true;
      options.notify();
    }
    try {
      await options.restart();
    } catch (error) {
      options.log(`Restarting the Boussole language server failed: ${error instanceof Error ? error.message : String(error)}`);
    }
    next();
  };

  next();
  return {
    dispose() {
      disposed = true;
      timers.clear(handle);
    },
  };
}
