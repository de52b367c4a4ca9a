// The analyses of the open documents. A result is kept with the generation of the text it was
// made from: features that edit or list (code actions, outline) use only the current text's result,
// hovers and completion may use the last completed one while a newer text is being analysed.
import { createHash } from 'node:crypto';
import type { Analysis, AnalyzeOptions } from '../../core/analyze';
import { splitLines } from '../../core/lines';
import type { Language } from '../../core/types';
import type { Documents } from '../documents';
import type { AnalysisHost } from './host';
import { interruptedFinding } from './interrupted';

export interface Analysed {
  generation: number;
  /** The text analysed and its lines: positions in the model refer to them. */
  text: string;
  lines: string[];
  /** The model and the findings to publish; an interrupted analysis has an empty model and one finding. */
  analysis: Analysis;
  interrupted: boolean;
  /** Why it was interrupted, for the log. */
  detail?: string;
}

export interface AnalysisStore {
  /** The last completed, uninterrupted analysis of an open document, whatever text it was made from. */
  lastCompleted(uri: string): Analysed | undefined;
  /** The result for the document's current text if there is one already. */
  ready(uri: string): Analysed | undefined;
  /** The result for the document's current text, once there is one; undefined if it is closed first. */
  current(uri: string): Promise<Analysed | undefined>;
  /** Analyses the current text; undefined when a newer text or a close made the result useless. */
  analyse(uri: string, options: AnalyzeOptions): Promise<Analysed | undefined>;
  forget(uri: string): void;
}

interface Entry {
  completed?: Analysed;
  latest?: Analysed;
  waiters: ((result: Analysed | undefined) => void)[];
  /** The last analysis cut off or failed: the same text is not tried again, another one after a pause. */
  failed?: { key: string; result: Analysed; strikes: number; retryAt: number };
}

/** The pause before a new text is tried after an interruption, doubled at each one in a row. */
const FIRST_RETRY_MS = 1_000;
const LONGEST_RETRY_MS = 30_000;

/** What an analysis depends on: the text and the options, hashed (a megabyte note is not kept twice). */
function analysisKey(text: string, options: AnalyzeOptions): string {
  return createHash('sha1').update(JSON.stringify(options)).update('\0').update(text).digest('hex');
}

const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export function analysisStore(documents: Documents, host: AnalysisHost, budgetMs: number): AnalysisStore {
  const entries = new Map<string, Entry>();
  const entry = (uri: string) => {
    let found = entries.get(uri);
    if (!found) entries.set(uri, (found = { waiters: [] }));
    return found;
  };
  const generationOf = (uri: string) => documents.open(uri)?.generation;

  const interrupted = (reason: Parameters<typeof interruptedFinding>[0], text: string, previous: Analysed | undefined, options: AnalyzeOptions): Analysis => {
    // Loaded here, not at start: the server's thread otherwise runs no analysis of its own.
    const { analyze } = require('../../core/analyze') as typeof import('../../core/analyze');
    const { detectLanguage } = require('../../core/reading/language') as typeof import('../../core/reading/language');
    // detectLanguage reads a bounded sample of the text.
    const language: Language = previous?.analysis.model.language ?? detectLanguage(text, options.defaultLanguage);
    // Built from an empty text: nothing of the note was checked.
    const model = { ...analyze('', { defaultLanguage: language }).model, lineCount: splitLines(text).length };
    return { model, findings: [interruptedFinding(reason, language, budgetMs)] };
  };

  /** The current text's result: kept, and given to whoever waits for it. */
  const settle = (uri: string, result: Analysed): Analysed => {
    const target = entry(uri);
    target.latest = result;
    for (const resolve of target.waiters.splice(0)) resolve(result);
    return result;
  };

  return {
    lastCompleted: (uri) => entries.get(uri)?.completed,
    ready(uri) {
      const latest = entries.get(uri)?.latest;
      return latest && latest.generation === generationOf(uri) ? latest : undefined;
    },
    current(uri) {
      const ready = this.ready(uri);
      if (ready || generationOf(uri) === undefined) return Promise.resolve(ready);
      return new Promise((resolve) => entry(uri).waiters.push(resolve));
    },
    async analyse(uri, options) {
      const open = documents.open(uri);
      if (!open) return undefined;
      const { generation } = open;
      const text = open.document.getText();
      const key = analysisKey(text, options);
      let failed = entries.get(uri)?.failed;
      if (failed?.key === key) return settle(uri, { ...failed.result, generation, text, lines: splitLines(text), detail: undefined });
      if (failed && Date.now() < failed.retryAt) {
        // A note that was over budget is tried again once the typing leaves it a pause.
        await pause(failed.retryAt - Date.now());
        if (documents.open(uri)?.generation !== generation) return undefined;
      }
      const outcome = await host.run(uri, text, options);
      const now = documents.open(uri);
      if (!outcome || !now || generation < now.openedAt) return undefined;
      const target = entry(uri);
      const result: Analysed = 'analysis' in outcome
        ? { generation, text, lines: splitLines(text), analysis: outcome.analysis, interrupted: false }
        : {
          generation, text, lines: splitLines(text), analysis: interrupted(outcome.interrupted, text, target.completed, options),
          interrupted: true, detail: `${outcome.interrupted}: ${outcome.detail}`,
        };
      failed = target.failed;
      if (result.interrupted) {
        const strikes = (failed?.strikes ?? 0) + 1;
        target.failed = { key, result, strikes, retryAt: Date.now() + Math.min(LONGEST_RETRY_MS, FIRST_RETRY_MS * 2 ** (strikes - 1)) };
      } else delete target.failed;
      if (!result.interrupted && generation > (target.completed?.generation ?? -1)) target.completed = result;
      if (generation !== now.generation) return undefined;
      return settle(uri, result);
    },
    forget(uri) {
      const found = entries.get(uri);
      entries.delete(uri);
      host.cancel(uri);
      for (const resolve of found?.waiters ?? []) resolve(undefined);
    },
  };
}
