// What Problems shows of the workspace: every note's own findings and its cross-note ones, for the
// notes that are not open too. Pulled (textDocument/diagnostic and workspace/diagnostic) when the
// client pulls workspace diagnostics, published otherwise. An open note's diagnostics always belong
// to its latest text: they wait for its analysis, and cross-note findings are added only when the
// index holds the record of that same text.
import { createHash } from 'node:crypto';
import {
  type Connection, type Diagnostic, type DocumentDiagnosticReport, DocumentDiagnosticReportKind, type WorkspaceDocumentDiagnosticReport,
} from 'vscode-languageserver/node';
import { workspaceFindings } from '../../core/workspace/findings';
import { withAccountHistory } from '../../core/workspace/history';
import type { Finding } from '../../core/types';
import type { NoteLocation } from '../../core/workspace/types';
import { noteName } from '../../core/workspace/views';
import type { Analysed, AnalysisStore } from '../analysis/store';
import { isConfigFile } from '../config-diagnostics';
import { toDiagnostic } from '../diagnostics';
import type { Documents } from '../documents';
import type { WorkspaceNotes } from './notes';

export interface DiagnosticsContext {
  connection: Connection;
  notes: WorkspaceNotes;
  documents: Documents;
  analyses: AnalysisStore;
  /** The extension's folder, for the rules' doc links. */
  root: string;
  today(): string;
  /** False while the index is being built: cross-note findings would come from part of the workspace. */
  complete(): boolean;
  /** Whether the note gets diagnostics at all (`boussole.enable`, `ignore`). */
  enabled(uri: string): Promise<boolean>;
  onError(what: string): (error: unknown) => void;
}

export interface WorkspaceDiagnostics {
  /** Pulled diagnostics (both capabilities given by the client), or published ones. */
  readonly pulled: boolean;
  /** The cross-note diagnostics of a note, when the index holds its current text. */
  crossOf(uri: string): Diagnostic[];
  /** An open note's diagnostics: its analysis's findings and its cross-note ones. */
  ofOpen(uri: string, analysed: Analysed): Diagnostic[];
  /** Publishes (or has the client pull again) the notes' diagnostics that changed. */
  refresh(uris: Iterable<string>): void;
  /**
   * The open notes were analysed again with new settings: a client that pulls is asked to pull at
   * once, before the workspace is read again (their published diagnostics are already out).
   */
  refreshOpen(uris: readonly string[]): void;
  /** Publishes the diagnostics of an open note's new analysis. */
  publishOpen(uri: string, version: number, analysed: Analysed): Promise<void>;
  /** A note left the index: what was published for it from disk is withdrawn. */
  forget(uri: string): void;
  /** A note was closed and its diagnostics cleared. */
  closed(uri: string): void;
}

/** Answers to `workspace/diagnostic` are compared by this id: unchanged reports carry no items. */
const resultId = (diagnostics: Diagnostic[]) => createHash('sha1').update(JSON.stringify(diagnostics)).digest('base64url');

/** Other notes' changes reach the open notes' diagnostics after this pause. */
const PULL_REFRESH_MS = 200;
/** Notes worked out between two turns of the event loop, so requests are answered meanwhile. */
const SLICE = 25;

const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

export function workspaceDiagnostics(context: DiagnosticsContext, pulled: boolean, refreshSupport: boolean): WorkspaceDiagnostics {
  const { connection, notes, documents, analyses, root } = context;
  /** What was last sent for each note, so an unchanged note is not published again. */
  const sent = new Map<string, string>();
  /** The notes the last workspace/diagnostic answer reported on. */
  const reported = new Set<string>();
  /**
   * Document pulls being answered, by note. While one is in flight the client drops a workspace
   * report's items for the note but keeps its result id: an id given then would have the next answer
   * say "unchanged", and a closed note would keep what its last document pull showed.
   */
  const pulling = new Map<string, number>();
  /** Closed notes whose next workspace report is given in full without a result id (see `pulling`). */
  const unsettled = new Set<string>();
  let refreshTimer: NodeJS.Timeout | undefined;
  /**
   * The diagnostics of the notes that are not open, until the notes they depend on change (or the
   * day), for the client's pulls. Published ones are not kept: `sent` tells an unchanged note.
   */
  const computed = new Map<string, { today: string; diagnostics: Diagnostic[]; id: string }>();
  /** Notes waiting to be published, in slices. */
  const dirty = new Set<string>();
  let draining = false;
  /** A related place is named by its note's title, as the index knows it, and its line. */
  const relatedName = (location: NoteLocation) => {
    const record = notes.index.get(location.uri);
    return `${record ? noteName(record) : location.uri}:${location.range.start.line + 1}`;
  };

  /** The whole workspace is read and the index holds the note's current text. */
  const indexed = (uri: string): boolean => {
    const note = notes.get(uri);
    if (!note || !context.complete()) return false;
    const open = documents.open(uri);
    return open ? note.generation === open.generation : note.generation === undefined;
  };

  const crossOf = (uri: string): Diagnostic[] => {
    if (!indexed(uri)) return [];
    const rules = (other: string) => notes.get(other)?.rules;
    return workspaceFindings(notes.index, uri, context.today(), { rules }).map((finding) => toDiagnostic(finding, root, relatedName));
  };

  /** A note's own findings, less what its account's earlier notes answer (once the index holds it). */
  const ownOf = (uri: string, findings: Finding[]): Diagnostic[] =>
    (indexed(uri) ? withAccountHistory(notes.index, uri, findings) : findings).map((finding) => toDiagnostic(finding, root));

  const ofOpen = (uri: string, analysed: Analysed): Diagnostic[] => {
    if (analysed.interrupted) return analysed.analysis.findings.map((finding) => toDiagnostic(finding, root));
    return [...ownOf(uri, analysed.analysis.findings), ...crossOf(uri)];
  };

  /** A note that is not open: its disk findings and cross-note ones, or none when the setting is off. */
  const unopened = (uri: string) => {
    const today = context.today();
    const known = computed.get(uri);
    if (known?.today === today) return known;
    const note = notes.get(uri);
    const diagnostics = !note || !note.workspaceDiagnostics || note.generation !== undefined || !context.complete()
      ? []
      : [...ownOf(uri, note.findings), ...crossOf(uri)];
    const entry = { today, diagnostics, id: resultId(diagnostics) };
    if (pulled && context.complete()) computed.set(uri, entry);
    return entry;
  };
  const ofUnopened = (uri: string) => unopened(uri).diagnostics;

  const send = async (uri: string, diagnostics: Diagnostic[], version?: number, hash = resultId(diagnostics)) => {
    const id = `${version ?? ''} ${hash}`;
    if (sent.get(uri) === id) return;
    sent.set(uri, id);
    await connection.sendDiagnostics({ uri, version, diagnostics });
  };

  const publish = async (uri: string) => {
    const open = documents.open(uri);
    if (!open) {
      const { diagnostics, id } = unopened(uri);
      // A note never published needs no clearing.
      if (diagnostics.length || sent.has(uri)) await send(uri, diagnostics, undefined, id);
      return;
    }
    const analysed = analyses.ready(uri);
    // Not analysed yet: its own check publishes it when done.
    if (!analysed || !(await context.enabled(uri)) || documents.open(uri)?.generation !== analysed.generation) return;
    await send(uri, ofOpen(uri, analysed), open.document.version);
  };

  /** Publishes the waiting notes a slice at a time. */
  const drain = () => {
    if (draining) return;
    draining = true;
    void (async () => {
      try {
        while (dirty.size) {
          const slice = [...dirty].slice(0, SLICE);
          for (const uri of slice) dirty.delete(uri);
          await Promise.all(slice.map((uri) => publish(uri).catch(context.onError(`could not publish the diagnostics of ${uri}`))));
          await nextTurn();
        }
      } finally {
        draining = false;
      }
    })();
  };

  /** Whether a closed note's report goes without a result id; it stays so while a document pull of it is in flight. */
  const unsettle = (uri: string): boolean => pulling.has(uri) || unsettled.delete(uri);

  if (pulled) {
    const documentReport = async (uri: string): Promise<Diagnostic[]> => {
      if (isConfigFile(uri) || !(await context.enabled(uri))) return [];
      if (!documents.open(uri)) return ofUnopened(uri);
      const analysed = await analyses.current(uri);
      // Closed meanwhile: the clearing stands (a workspace note's findings come by workspace report).
      return analysed && documents.open(uri) ? ofOpen(uri, analysed) : [];
    };
    connection.languages.diagnostics.on(async (params): Promise<DocumentDiagnosticReport> => {
      const uri = params?.textDocument?.uri;
      if (typeof uri !== 'string') return { kind: DocumentDiagnosticReportKind.Full, items: [] };
      pulling.set(uri, (pulling.get(uri) ?? 0) + 1);
      try {
        return { kind: DocumentDiagnosticReportKind.Full, items: await documentReport(uri) };
      } finally {
        const left = pulling.get(uri)! - 1;
        if (left) pulling.set(uri, left);
        else pulling.delete(uri);
        // The client may take this answer after a workspace report sent meanwhile: the next one settles it.
        if (!documents.open(uri) && !isConfigFile(uri)) unsettled.add(uri);
      }
    });
    connection.languages.diagnostics.onWorkspace(async (params) => {
      const previous = new Map((params?.previousResultIds ?? []).map((item) => [item.uri, item.value]));
      const items: WorkspaceDocumentDiagnosticReport[] = [];
      const now = new Set<string>();
      if (context.complete()) {
        let worked = 0;
        for (const uri of [...notes.uris()]) {
          // Open notes are pulled one by one, from their editor text.
          if (documents.open(uri) || !notes.get(uri)) continue;
          now.add(uri);
          if (!computed.has(uri) && ++worked % SLICE === 0) await nextTurn();
          const { diagnostics, id } = unopened(uri);
          if (unsettle(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: diagnostics });
          else {
            items.push(previous.get(uri) === id
              ? { kind: DocumentDiagnosticReportKind.Unchanged, uri, version: null, resultId: id }
              : { kind: DocumentDiagnosticReportKind.Full, uri, version: null, resultId: id, items: diagnostics });
          }
        }
      }
      // Notes gone from the index (deleted, ignored, opened) lose what the last answer gave them, and
      // so do closed notes the index does not hold (outside the folders, index off).
      for (const uri of reported) if (!now.has(uri) && !documents.open(uri)) items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
      for (const uri of [...unsettled]) {
        if (now.has(uri) || reported.has(uri) || documents.open(uri)) continue;
        unsettle(uri);
        items.push({ kind: DocumentDiagnosticReportKind.Full, uri, version: null, items: [] });
      }
      reported.clear();
      for (const uri of now) reported.add(uri);
      return { items };
    });
  }

  return {
    pulled,
    crossOf,
    ofOpen,
    refresh(uris) {
      for (const uri of uris) {
        computed.delete(uri);
        if (!pulled) dirty.add(uri);
      }
      if (pulled) {
        if (!refreshSupport || refreshTimer) return;
        refreshTimer = setTimeout(() => {
          refreshTimer = undefined;
          connection.languages.diagnostics.refresh().catch(context.onError('could not have the diagnostics pulled again'));
        }, PULL_REFRESH_MS);
        return;
      }
      drain();
    },
    refreshOpen(uris) {
      if (!pulled || !refreshSupport || !uris.length) return;
      clearTimeout(refreshTimer);
      refreshTimer = undefined;
      connection.languages.diagnostics.refresh().catch(context.onError('could not have the diagnostics pulled again'));
    },
    async publishOpen(uri, version, analysed) {
      if (pulled) return;
      // Every analysis of an open note is published, even unchanged: editors wait for it.
      const diagnostics = ofOpen(uri, analysed);
      sent.set(uri, `${version} ${resultId(diagnostics)}`);
      await connection.sendDiagnostics({ uri, version, diagnostics });
    },
    forget(uri) {
      computed.delete(uri);
      const published = sent.delete(uri);
      if (!pulled && published && !documents.open(uri)) {
        connection.sendDiagnostics({ uri, diagnostics: [] }).catch(context.onError(`could not clear the diagnostics of ${uri}`));
      }
    },
    closed(uri) {
      computed.delete(uri);
      sent.delete(uri);
      if (pulled) unsettled.add(uri);
    },
  };
}
