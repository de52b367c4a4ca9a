// What an account's earlier notes already answer for a note's own findings. Each note is checked on
// its own; once the workspace is read, a follow-up that does not repeat who decides is not asked
// again when an earlier meeting of its series said it.
import type { WorkspaceIndex } from './index';
import type { NoteRecord } from './record';

/** No real series is longer; a cycle of `follows:` stops there too. */
const MAX_HISTORY = 200;

/** The note's own findings, less those its account's history answers. */
export function withAccountHistory<F extends { rule: string }>(index: WorkspaceIndex, uri: string, findings: F[]): F[] {
  if (!findings.some((finding) => finding.rule === 'no-decider-identified')) return findings;
  const record = index.get(uri);
  if (!record || record.kind !== 'meeting' || !earlierDeciderNote(index, record)) return findings;
  return findings.filter((finding) => finding.rule !== 'no-decider-identified');
}

/** The latest earlier meeting of the note's series that says who decides. */
function earlierDeciderNote(index: WorkspaceIndex, record: NoteRecord): NoteRecord | undefined {
  const seen = new Set<string>([record.uri]);
  for (let at = index.predecessor(record.uri); at && !seen.has(at.uri) && seen.size < MAX_HISTORY; at = index.predecessor(at.uri)) {
    seen.add(at.uri);
    if (at.kind === 'meeting' && at.decider.known) return at;
  }
  return undefined;
}
