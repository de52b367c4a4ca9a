// The workspace cache on disk: written a batch of notes at a time, read back whole, and forgotten
// once the index holds the notes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { recordOf } from '../../server/src/core/workspace/record';
import { CACHE_FILE, type CachedNote, recordCache } from '../../server/src/lsp/workspace/cache';

const meeting = (n: number) => `---
date: 2026-03-${String((n % 28) + 1).padStart(2, '0')}
compte: Transports Girard
---
# Rendez-vous ${n} – Transports Girard

Présents : Nadia Benali (DAF, décide), Karim Haddad (responsable logistique).

## Prochaines étapes

- [ ] Envoyer la proposition révisée à Nadia d'ici le 20 mars
`;

describe('workspace cache', () => {
  let storage: string;
  beforeEach(() => (storage = mkdtempSync(join(tmpdir(), 'boussole-cache-'))));
  afterEach(() => rmSync(storage, { recursive: true, force: true }));

  it('writes many notes in batches as one JSON file, reads them back, and forgets them when released', async () => {
    const notes: [string, CachedNote][] = Array.from({ length: 230 }, (_, n) => {
      const uri = `file:///notes/rdv-${n}.md`;
      const text = meeting(n);
      const { model, findings } = analyze(text);
      return [uri, { hash: `hash-${n}`, record: recordOf(model, uri, text), findings }];
    });
    const logs: string[] = [];
    const writer = recordCache(storage, (message) => logs.push(message));
    writer.save(() => notes);
    await writer.flush();
    const written = JSON.parse(readFileSync(join(storage, CACHE_FILE), 'utf8')) as { notes: Record<string, CachedNote> };
    assert.deepEqual(Object.keys(written.notes), notes.map(([uri]) => uri));

    const reader = recordCache(storage, (message) => logs.push(message));
    await reader.load();
    for (const [uri, note] of notes) assert.deepEqual(reader.get(uri, note.hash), { record: note.record, findings: note.findings });
    assert.equal(reader.get(notes[0][0], 'another hash'), undefined);
    reader.release();
    assert.equal(reader.get(notes[0][0], notes[0][1].hash), undefined);
    assert.deepEqual(logs, []);
  });

  it('writes an empty index as an empty file of notes', async () => {
    const writer = recordCache(storage, () => undefined);
    writer.save(() => []);
    await writer.flush();
    assert.deepEqual(JSON.parse(readFileSync(join(storage, CACHE_FILE), 'utf8')).notes, {});
  });
});
