import assert from 'node:assert/strict';
import { analyze } from '../../server/src/core/analyze';
import { ParseCache } from '../../server/src/core/markdown/cache';
import { splitChunks } from '../../server/src/core/markdown/chunks';
import { buildNote } from '../../server/src/core/model';

describe('note model', () => {
  it('reads the kind and language from the front matter, in any accepted spelling', () => {
    for (const [type, kind] of [['codéveloppement', 'session'], ['codev', 'session'], ['rdv', 'meeting'], ['Rendez-vous', 'meeting'], ['sales', 'meeting']]) {
      const note = buildNote(`---\ntype: ${type}\nlang: en\n---\n\n# Notes\n\nDu texte en français.`);
      assert.equal(note.kind, kind, type);
      assert.equal(note.language, 'en');
    }
  });

  it('detects a session from numbered steps, even written as plain lines', () => {
    const note = buildNote('# Séance de codéveloppement du mardi\n\nEtape 1\nClient : mon problème est simple.\n\nEtape 2\nQ : Depuis quand ?\n> Depuis mars.\n');
    assert.equal(note.kind, 'session');
    assert.equal(note.language, 'fr');
    assert.equal(note.steps[1]?.heading.pseudo, true);
    assert.deepEqual(note.steps[2]?.lines.map((l) => l.text), ['Q : Depuis quand ?', 'Depuis mars.']);
    assert.equal(note.steps[2]?.lines[1].block, 'quote');
  });

  it('maps free-form step headings in both languages', () => {
    const note = buildNote([
      '---', 'type: session', '---', '# Session', '## The problem', 'x', '## Clarifying questions', 'y', '### Facts', '- 3 calls',
      '## 3. Contract', 'z', '## Ideas', 'w', '## Action plan', 'v', '## Takeaways', 'u',
    ].join('\n'));
    assert.equal(note.kind, 'session');
    assert.deepEqual(Object.keys(note.steps), ['1', '2', '3', '4', '5', '6']);
    assert.equal(note.sections.find((s) => s.role === 'facts')?.heading.text, 'Facts');
    // Step 2 includes its Facts sub-section.
    assert.deepEqual(note.steps[2]?.lines.map((l) => l.text), ['y', '3 calls']);
    assert.deepEqual(note.steps[2]?.ownLines.map((l) => l.text), ['y']);
  });

  it('keeps ordinary Markdown unknown and silent', () => {
    const readme = '# Tool\n\n## Installation\n\nnpm i\n\n## Questions\n\nAsk.\n\n## Next steps\n\n- more tests\n';
    const { model, findings } = analyze(readme);
    assert.equal(model.kind, 'unknown');
    assert.deepEqual(findings, []);
  });

  it('reads participants, their side and who decides', () => {
    const note = buildNote([
      '---', 'type: meeting', '---', '# Call', '## Attendees',
      '- Dana Fox, IT project manager', '- Paul Smith – CFO', '- Me (account executive)',
      '## Next steps', '- Send the quote to Dana by Friday', '- Call Paul on Monday',
    ].join('\n'));
    const [dana, paul, me] = note.participants;
    assert.deepEqual([dana.name, dana.role, dana.side, dana.decider], ['Dana Fox', 'IT project manager', 'buyer', false]);
    assert.deepEqual([paul.decider, paul.deciderSource], [true, 'title']);
    assert.equal(me.side, 'seller');
    assert.deepEqual(note.nextSteps.map((s) => s.target?.name), ['Dana Fox', 'Paul Smith']);
  });

  it('does not guess a decider when the note says nothing', () => {
    const note = buildNote('---\ntype: rdv\n---\n# RDV\n## Participants\n- Jean Dupont, chef de projet\n## Prochaines étapes\n- Envoyer le devis à Jean\n');
    assert.equal(note.participants[0].decider, undefined);
    assert.deepEqual(analyze('---\ntype: rdv\n---\n# RDV\n## Participants\n- Jean Dupont, chef de projet\n## Prochaines étapes\n- Envoyer le devis à Jean\n').findings
      .filter((f) => f.rule === 'next-step-non-decider'), []);
  });

  it('reports malformed front matter on its faulty line and still analyses the note', () => {
    const text = '---\ntype: codev\ndate: [2026-02-05\n---\n\n# Séance\n\n## Étape 1\n\nMa demande : comment faire ?\n\n## Étape 2\n\nQ : Quoi ?\n';
    const { model, findings } = analyze(text);
    assert.equal(model.kind, 'session', 'the headings still tell the kind');
    const problem = findings.find((f) => f.rule === 'front-matter');
    assert.ok(problem, 'a front-matter finding');
    assert.equal(problem.range.start.line, 2);
    assert.match(problem.message, /YAML/);
  });

  it('reports broken YAML at warning in a note it checks, at info in a file read as no note', () => {
    const broken = '---\ntitle: "Release "checklist""\ntags: [ops\n---\n';
    const checklist = `${broken}\n# Release checklist\n\n1. Tag the release.\n2. Publish the package.\n`;
    const meeting = `${broken}\n# RDV Vasseur, 12 novembre\n\n## Participants\n\n- Julie Marchand, acheteuse\n- Moi\n\n## Prochaines étapes\n\n- Envoyer la proposition à Julie le 20 novembre\n`;
    const severityIn = (text: string) => analyze(text).findings.find((f) => f.rule === 'front-matter')?.severity;
    assert.equal(analyze(checklist).model.kind, 'unknown');
    assert.equal(severityIn(checklist), 'info');
    assert.equal(analyze(meeting).model.kind, 'meeting');
    assert.equal(severityIn(meeting), 'warning');
    assert.equal(analyze(checklist, { rules: { 'front-matter': 'error' } }).findings.find((f) => f.rule === 'front-matter')?.severity, 'error');
  });

  it('gives positions that point at the source text', () => {
    const text = '# T\n\n- **Q :** Que vends-tu ?\n  > Du conseil\n';
    const note = buildNote(text);
    const [first] = note.lines;
    assert.equal(first.text, 'Q : Que vends-tu ?');
    assert.equal(first.speaker, 'Q');
    assert.equal(text.split('\n')[first.range.start.line].slice(first.range.start.character), '**Q :** Que vends-tu ?');
  });
});

describe('chunked parsing', () => {
  it('splits at headings outside fenced code only', () => {
    const lines = ['---', '# not a heading', '---', 'intro', '# A', 'text', '```', '# in code', '```', '## B', 'end'];
    assert.deepEqual(splitChunks(lines).map((c) => c.startLine), [0, 4, 9]);
  });

  it('re-parses only the chunk that changed', () => {
    const cache = new ParseCache();
    const sections = Array.from({ length: 50 }, (_, i) => `## Section ${i}\n\nParagraph ${i}.\n`);
    buildNote(sections.join('\n'), { cache });
    const before = cache.entries;
    sections[25] = '## Section 25\n\nEdited paragraph.\n';
    const note = buildNote(sections.join('\n'), { cache });
    assert.equal(cache.entries, before + 1);
    assert.equal(note.sections[25].lines[0].text, 'Edited paragraph.');
  });

  it('gives the same model as a whole-document parse would', () => {
    const text = '# T\n\nA paragraph\nwith two lines.\n\n## S\n\n> quoted\n\n- item\n  continued\n';
    const note = buildNote(text, { cache: new ParseCache() });
    assert.deepEqual(note.lines.map((l) => [l.text, l.block, l.range.start.line]), [
      ['A paragraph', 'paragraph', 2], ['with two lines.', 'paragraph', 3], ['quoted', 'quote', 7],
      ['item', 'list-item', 9], ['continued', 'list-item', 10],
    ]);
  });
});
