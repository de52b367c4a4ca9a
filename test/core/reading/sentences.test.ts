// Sentences read from the Markdown tree: exact source ranges across wrapped lines, abbreviations,
// labels opening a sentence and carried over to the rest of the utterance.
import assert from 'node:assert/strict';
import { buildNote } from '../../../server/src/core/model';
import type { Range } from '../../../server/src/core/types';

/** The source text a range covers. */
function slice(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [
    lines[range.start.line].slice(range.start.character),
    ...lines.slice(range.start.line + 1, range.end.line),
    lines[range.end.line].slice(0, range.end.character),
  ].join('\n');
}

describe('sentences', () => {
  it('follows a hard-wrapped paragraph: one sentence across lines, its range exact', () => {
    const text = [
      '# Notes', '',
      'Le client explique que la prospection lui prend beaucoup de temps et que',
      'les rendez-vous obtenus ne débouchent pas. Il a essayé M. Dupont, un',
      'coach, puis Mme Martin, etc. sans résultat.', '',
    ].join('\n');
    const note = buildNote(text);
    assert.deepEqual(note.sentences.map((s) => s.text), [
      'Le client explique que la prospection lui prend beaucoup de temps et que les rendez-vous obtenus ne débouchent pas.',
      'Il a essayé M. Dupont, un coach, puis Mme Martin, etc. sans résultat.',
    ]);
    const [first, second] = note.sentences;
    assert.deepEqual(first.range, { start: { line: 2, character: 0 }, end: { line: 3, character: 42 } });
    assert.equal(slice(text, second.range), 'Il a essayé M. Dupont, un\ncoach, puis Mme Martin, etc. sans résultat.');
  });

  it('keeps "Dr.", "e.g." and "p. ex." inside their sentence', () => {
    const note = buildNote('We met Dr. Smith and others, e.g. the CFO. Then we left.\n\nOn a vu p. ex. le DAF. Fin.\n');
    assert.deepEqual(note.sentences.map((s) => s.text), [
      'We met Dr. Smith and others, e.g. the CFO.', 'Then we left.', 'On a vu p. ex. le DAF.', 'Fin.',
    ]);
  });

  it('maps a sentence inside emphasis, a quote and a list item to its source', () => {
    const text = '- **Marie :** on a signé\n  en mars. Puis rien.\n\n> Il a dit oui,\n> puis non.\n';
    const note = buildNote(text);
    assert.deepEqual(note.sentences.map((s) => [s.text, s.block, s.speaker ?? '']), [
      ['Marie : on a signé en mars.', 'list-item', 'Marie'],
      ['Puis rien.', 'list-item', 'Marie'],
      ['Il a dit oui, puis non.', 'quote', ''],
    ]);
    assert.equal(slice(text, note.sentences[0].range), 'Marie :** on a signé\n  en mars.');
    assert.equal(slice(text, note.sentences[2].range), 'Il a dit oui,\n> puis non.');
  });

  it('starts a new sentence at a labelled line, a bullet-like line or after a short line', () => {
    const text = [
      'Etape 2', 'Q : Depuis quand', 'R : Depuis mars', '– Venir à deux', '– Challenger ton offre',
      'Présentation rapide', 'Animateur : on commence.', '',
    ].join('\n');
    const note = buildNote(text);
    assert.deepEqual(note.sentences.map((s) => [s.body, s.role ?? '']), [
      ['Depuis quand', 'question'], ['Depuis mars', 'answer'], ['– Venir à deux', ''], ['– Challenger ton offre', ''],
      ['Présentation rapide', ''], ['on commence.', 'facilitator'],
    ]);
  });

  it('reads a reply written after its question on the same line as a labelled sentence', () => {
    const note = buildNote('Tu as combien de clients ? → Douze, dont deux gros.\n');
    assert.deepEqual(note.sentences.map((s) => [s.body, s.role ?? '']), [
      ['Tu as combien de clients ?', ''], ['Douze, dont deux gros.', 'arrow'],
    ]);
  });

  it('carries a speaker over the rest of an utterance, and gives each section its sentences', () => {
    const note = buildNote('---\ntype: codev\n---\n# Séance\n\n## Étape 1\n\nClient : C’est la confusion. Mon problème est simple.\n\n## Étape 2\n\nQ : Depuis quand ?\n');
    assert.deepEqual(note.steps[1]?.sentences.map((s) => [s.body, s.speaker, s.labelled]), [
      ['C’est la confusion.', 'Client', true], ['Mon problème est simple.', 'Client', false],
    ]);
    assert.deepEqual(note.steps[2]?.sentences.map((s) => s.text), ['Q : Depuis quand ?']);
  });

  it('leaves out headings written as plain lines, and keeps what follows them on the line', () => {
    const note = buildNote('Etape 1\nClient : mon problème est simple.\n\nEtape 3 : demande : comment vendre sans être mal à l’aise face à un inconnu ?\n');
    assert.deepEqual(note.sentences.map((s) => [s.body, s.speaker ?? '']), [
      ['mon problème est simple.', 'Client'],
      ['comment vendre sans être mal à l’aise face à un inconnu ?', 'demande'],
    ]);
  });

  it('reads a table row as one sentence, and never a heading or code', () => {
    const note = buildNote('# Titre\n\n```\nNot. A sentence.\n```\n\n| Qui | Question | Réponse |\n|---|---|---|\n| Marc | Combien ? | Onze |\n');
    assert.deepEqual(note.sentences.map((s) => [s.text, s.block, s.role ?? '']), [
      ['Marc : Combien ?', 'table', ''], ['Onze', 'table', 'answer'],
    ]);
  });

  it('reads a paragraph far longer than any real one in pieces, each range still exact', () => {
    const names = Array.from({ length: 6_000 }, (_, i) => `Personne ${i} (N+${1 + (i % 3)} de Personne ${i + 1}), `).join('');
    const text = ['# Rendez-vous', '', '## Processus de décision', '', `Décideur : ${names}à confirmer. Jean Dupont signe.`, ''].join('\n');
    const note = buildNote(text);
    assert.ok(note.sentences.length > 10);
    for (const sentence of note.sentences) {
      assert.equal(slice(text, sentence.range).replace(/\s+/g, ' ').trim(), sentence.text);
    }
    assert.equal(note.sentences.at(-1)!.text, 'Jean Dupont signe.');
  });

  it('cuts a memo dictated in one breath where a comma opens a clause, and a written sentence nowhere', () => {
    const memo = [
      'Alors je sors de la pharmacie des Tilleuls, j’ai vu madame Besson la titulaire et son adjoint monsieur Carel, ils ont bien aimé',
      'le module de réassort parce qu’ils ont des ruptures sur les génériques presque chaque semaine, monsieur Carel m’a dit que ça lui',
      'prend une heure par jour, madame Besson m’a dit que c’est elle qui décide pour le logiciel de l’officine, elle ne veut rien changer',
      'avant l’inventaire de fin juin, alors voilà je note de la rappeler début septembre, fin du mémo.',
    ].join(' ');
    const note = buildNote(`# Mémo vocal\n\n${memo}\n`);
    assert.deepEqual(note.sentences.map((s) => s.text.split(' ').slice(0, 3).join(' ')), [
      'Alors je sors', 'j’ai vu madame', 'ils ont bien', 'elle ne veut', 'alors voilà je',
    ]);
    // As long, but written: its commas part names and a list, never a clause the writer dictated.
    const written = 'Le comité, qui réunit la directrice générale, le directeur financier, la responsable des achats, le directeur des systèmes d’information et deux représentants des utilisateurs, examinera en mars la proposition, les références, le planning de déploiement, le plan de formation, la reprise des données, les conditions de maintenance et le coût total sur trois ans, avant de rendre son avis au conseil d’administration réuni en avril.';
    assert.equal(buildNote(`# Note\n\n${written}\n`).sentences.length, 1);
  });
});
