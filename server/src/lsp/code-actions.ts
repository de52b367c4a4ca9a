// Quick fixes for Boussole diagnostics, rebuilt from Diagnostic.data and turned into workspace edits.
import { type CodeAction, CodeActionKind, type CodeActionParams } from 'vscode-languageserver/node';
import { fixesFor } from '../core/fixes';
import type { Note } from '../core/types';
import { INTERRUPTED_RULE } from './analysis/interrupted';
import type { DiagnosticData } from './diagnostics';

export function codeActions(params: CodeActionParams, note: Note, text: string): CodeAction[] {
  const only = params.context.only;
  if (only && !only.some((kind) => CodeActionKind.QuickFix.startsWith(kind))) return [];
  const actions: CodeAction[] = [];
  for (const diagnostic of params.context.diagnostics) {
    const data = diagnostic.data as Partial<DiagnosticData> | undefined;
    // An interrupted check is no finding a comment could silence.
    if (diagnostic.source !== 'boussole' || typeof data?.rule !== 'string' || data.rule === INTERRUPTED_RULE) continue;
    for (const fix of fixesFor({ rule: data.rule, data: data.data, range: diagnostic.range }, note, text)) {
      actions.push({
        title: fix.title,
        kind: CodeActionKind.QuickFix,
        diagnostics: [diagnostic],
        isPreferred: fix.preferred,
        edit: { changes: { [params.textDocument.uri]: fix.edits } },
      });
    }
  }
  return actions;
}
