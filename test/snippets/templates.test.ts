// The templates a consultant inserts by prefix: valid snippet syntax, and once filled in with what a
// consultant would type, a note that Boussole reads as intended and finds nothing structural in.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../server/src/core/analyze';
import { expandSnippet, parseSnippet } from '../helpers/snippet';

const ROOT = join(__dirname, '..', '..');
const manifest = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));

interface Snippet {
  prefix: string | string[];
  description: string;
  body: string | string[];
}

const files: { language: string; path: string }[] = manifest.contributes.snippets;
const snippets = files.flatMap(({ language, path }) => {
  const all: Record<string, Snippet> = JSON.parse(readFileSync(join(ROOT, path), 'utf8'));
  return Object.entries(all).map(([name, snippet]) => ({ name, language, snippet, body: [snippet.body].flat().join('\n') }));
});
const byName = (name: string) => snippets.find((s) => s.name === name)!;

/**
 * Rules that judge the wording the consultant types into a placeholder (the questions asked, how
 * vague an action or a learning is, whom a step is aimed at), not the shape of the note. A template
 * cannot settle them, so they may fire on a template left with its hints. Every other rule is
 * structural: a template's headings, front matter, Facts section and labelled request satisfy it,
 * filled or not. A rule missing from this list counts as structural.
 */
const CONTENT_QUALITY_RULES = new Set([
  'next-step-non-decider', 'closed-questions', 'advice-in-questions', 'unexplored-emotion', 'nothing-tried-asked',
  'vague-action-plan', 'vague-learnings', 'satisfaction-is-not-learning', 'next-step-without-purpose',
  'next-step-without-date', 'one-sided-next-step', 'forecast-without-decider',
]);

function structuralFindings(text: string) {
  return analyze(text).findings.filter((f) => !CONTENT_QUALITY_RULES.has(f.rule));
}

function structural(text: string) {
  return structuralFindings(text).map((f) => `${f.rule}@${f.range.start.line + 1}: ${f.message}`);
}

/** What a consultant types at each tab stop, per template. */
const SAMPLES: Record<string, Record<number, string>> = {
  'Séance de codéveloppement': {
    1: 'Élodie', 2: 'Bernard', 3: '2026-09-18',
    4: 'Architecte indépendante à Lyon depuis 2022, spécialisée dans la rénovation de copropriétés.',
    5: 'comment décrocher des rendez-vous avec des syndics, qui ne me rappellent jamais ?',
    6: 'Combien de syndics as-tu contactés, et comment ?',
    7: '25 syndics depuis juin, par e-mail avec ma plaquette ; deux réponses, aucun rendez-vous.',
    8: '25 e-mails envoyés depuis juin, 2 réponses, 0 rendez-vous',
    9: 'comment être présentée aux conseils syndicaux par des copropriétaires que je connais déjà ?',
    10: 'Demander à tes trois derniers clients de te présenter à leur conseil syndical.',
    11: 'Écrire à mes trois derniers clients pour leur demander une présentation', 12: '2 octobre',
    13: 'Élodie : je visais l’accueil des syndics alors que c’est le conseil syndical qui vote.',
  },
  'Co-development session': {
    1: 'Marcus', 2: 'Ana', 3: '2026-10-07',
    4: 'Marcus manages a 24/7 IT support desk of 18 people, split in three shifts.',
    5: 'how can I stop losing tickets between the night shift and the morning shift?',
    6: 'How many tickets were lost last month?',
    7: 'Eleven in September, seven of them on Monday mornings.',
    8: '11 lost tickets in September, 7 on Monday mornings',
    9: 'how can I make the morning shift own every open night ticket before 7:30, without a meeting people drop?',
    10: 'Assign each open night ticket to a named morning agent in the tool, not in the chat.',
    11: 'Set up the "assign before leaving" rule in the ticket tool', 12: '14 October',
    13: 'Marcus: the problem was ownership, not communication.',
  },
  'Rendez-vous commercial': {
    1: '2026-05-06', 2: 'Transports Girard', 3: 'découverte',
    4: 'Marie Martin', 5: 'DAF', 6: 'décideur', 7: 'Jean Dupont', 8: 'responsable des achats', 9: 'non-décideur',
    10: 'Les litiges de facturation coûtent 40 000 € par an ; un outil interne a été abandonné en 2025.',
    11: 'Marie Martin', 12: 'Le budget est voté au comité de direction du 12 juin.',
    13: 'Atelier de cadrage du pilote', 14: 'Marie Martin et Jean Dupont', 15: 'le 3 juin',
  },
  'Sales meeting': {
    1: '2026-10-15', 2: 'Acme Logistics', 3: 'renewal discovery',
    4: 'Rachel Kim', 5: 'COO', 6: 'decider', 7: 'Omar Haddad', 8: 'warehouse operations manager', 9: 'not decider',
    10: 'Pick errors cost Acme about 1.5% of revenue; barcode checks were tried in 2025 and dropped.',
    11: 'Rachel Kim', 12: 'The budget is approved with the CFO at the January review.',
    13: 'Workshop to agree the pilot scope', 14: 'Rachel Kim and Omar Haddad', 15: 'on 5 November',
  },
  'Note de suivi': {
    1: '2026-06-04', 2: './2026-05-06-transports-girard.md', 3: 'Transports Girard',
    4: 'Atelier de cadrage du pilote avec Marie Martin', 5: 'fait le 3 juin, périmètre validé',
    6: 'Proposition de pilote', 7: 'Marie Martin', 8: 'le 15 juin',
  },
  'Follow-up note': {
    1: '2026-11-06', 2: './2026-10-15-acme.md', 3: 'Acme Logistics',
    4: 'Omar sends the pick error report', 5: 'received on 21 October',
    6: 'Pilot proposal review', 7: 'Rachel Kim', 8: 'on 20 November',
  },
  'Question et réponse': { 1: 'Qu’as-tu déjà essayé ?', 2: 'En juillet j’ai appelé 6 cabinets, tous arrêtés à l’accueil.' },
  'Question and answer': { 1: 'What did you already try?', 2: 'Two LinkedIn campaigns in March, 40 contacts, no meeting.' },
  'Action': { 1: 'Élodie', 2: 'appelle deux gestionnaires en citant le chantier Garibaldi', 3: '9 octobre' },
  'Action item': { 1: 'Marcus', 2: 'reviews lost tickets every Monday', 3: '10 November' },
  'Prochaine étape': { 1: 'Démonstration au comité de direction', 2: 'Marie Martin', 3: 'le 12 juin' },
  'Next step': { 1: 'Demo for the operations team', 2: 'Rachel Kim', 3: 'on 3 December' },
};

/** The small templates go inside a filled note, at the place they are written. */
const HOSTS: Record<string, { note: string; after: RegExp }> = {
  'Question et réponse': { note: 'Séance de codéveloppement', after: /^### Faits$/m },
  'Question and answer': { note: 'Co-development session', after: /^### Facts$/m },
  'Action': { note: 'Séance de codéveloppement', after: /^## Étape 6/m },
  'Action item': { note: 'Co-development session', after: /^## Step 6/m },
  'Prochaine étape': { note: 'Rendez-vous commercial', after: /$(?![\s\S])/ },
  'Next step': { note: 'Sales meeting', after: /$(?![\s\S])/ },
};

/** The filled template; a small one is inserted in its filled host note, before the line `after` finds. */
function filled(name: string): string {
  const own = expandSnippet(byName(name).body, { values: SAMPLES[name] });
  const host = HOSTS[name];
  if (!host) return own;
  const note = filled(host.note);
  const at = note.search(host.after);
  return `${note.slice(0, at)}${own}\n${note.slice(at)}`;
}

describe('templates', () => {
  it('are contributed for Markdown, in French and in English, with distinct prefixes', () => {
    assert.deepEqual(files.map((f) => f.language), ['markdown', 'markdown']);
    assert.equal(snippets.length, 12);
    const prefixes = snippets.flatMap((s) => [s.snippet.prefix].flat());
    assert.deepEqual(prefixes.filter((p, i) => prefixes.indexOf(p) !== i), [], 'a prefix used twice');
    for (const prefix of ['codev', 'session', 'rdv', 'meeting', 'suivi', 'followup', 'qr', 'qa', 'action', 'next']) {
      assert.ok(prefixes.includes(prefix), prefix);
    }
    assert.equal([byName('Séance de codéveloppement').snippet.prefix].flat()[0], 'codev');
  });

  for (const { name, body } of snippets) {
    it(`${name}: valid snippet syntax, sample values for each tab stop`, () => {
      assert.doesNotThrow(() => parseSnippet(body));
      const stops = new Set([...body.matchAll(/\$\{?([1-9][0-9]*)/g)].map((m) => Number(m[1])));
      assert.deepEqual([...stops].sort((a, b) => a - b), Object.keys(SAMPLES[name]).map(Number), 'every tab stop has a sample value');
      assert.match(body, /\$0$/, 'the cursor ends after the template');
    });

    it(`${name}: filled in, no structural finding`, () => {
      assert.deepEqual(structural(filled(name)), []);
    });

    it(`${name}: left with its hints, no structural finding`, () => {
      const host = HOSTS[name];
      const text = expandSnippet(body);
      assert.deepEqual(structural(host ? filled(host.note) + text : text), []);
    });
  }

  it('the Facts section and the labelled reformulation are what satisfy the structural rules', () => {
    const note = filled('Séance de codéveloppement');
    assert.deepEqual(structural(note), []);
    // Without the Facts section and with a vague answer, nothing factual is left.
    const vague = (text: string, name: string, answer: string) => text.replace(SAMPLES[name][7], answer);
    const withoutFacts = vague(note.replace(/### Faits\n\n- .*\n/, ''), 'Séance de codéveloppement', 'Par e-mail, surtout.');
    assert.deepEqual(structuralFindings(withoutFacts).map((f) => f.rule), ['no-facts']);
    const withoutReformulation = note.replace(/Demande reformulée : .*\n/, '');
    assert.deepEqual(structuralFindings(withoutReformulation).map((f) => f.rule), ['request-not-reformulated']);
    const english = vague(filled('Co-development session').replace(/### Facts\n\n- .*\n/, ''), 'Co-development session', 'Mostly by email.');
    assert.deepEqual(structuralFindings(english).map((f) => f.rule), ['no-facts']);
  });

  it('the French session reads as six steps, with its facts and the reformulated request', () => {
    const { model } = analyze(filled('Séance de codéveloppement'));
    assert.equal(model.kind, 'session');
    assert.equal(model.language, 'fr');
    assert.deepEqual(Object.keys(model.steps), ['1', '2', '3', '4', '5', '6']);
    assert.equal(model.title?.text, 'Séance de codéveloppement – Élodie');
    assert.equal(model.frontMatter.data.client, 'Élodie');
    assert.equal(model.frontMatter.data.date, '2026-09-18');
    const facts = model.sections.find((s) => s.role === 'facts');
    assert.deepEqual(facts?.lines.map((l) => l.text), ['25 e-mails envoyés depuis juin, 2 réponses, 0 rendez-vous']);
    assert.match(model.steps[3]!.lines[0].body, /conseils syndicaux/);
  });

  it('the English session reads as six steps, in English', () => {
    const { model } = analyze(filled('Co-development session'));
    assert.equal(model.kind, 'session');
    assert.equal(model.language, 'en');
    assert.deepEqual(Object.keys(model.steps), ['1', '2', '3', '4', '5', '6']);
    assert.equal(model.frontMatter.data.facilitator, 'Ana');
  });

  it('the meeting notes know who decides, and aim their next step at the decider', () => {
    for (const [name, decider, other] of [
      ['Rendez-vous commercial', 'Marie Martin', 'Jean Dupont'], ['Sales meeting', 'Rachel Kim', 'Omar Haddad'],
    ]) {
      const { model } = analyze(filled(name));
      assert.equal(model.kind, 'meeting', name);
      const buyers = model.participants.filter((p) => p.side === 'buyer');
      assert.deepEqual(buyers.map((p) => [p.name, p.decider, p.deciderSource]), [[decider, true, 'marker'], [other, false, 'marker']]);
      assert.equal(model.participants.find((p) => p.side === 'seller')?.name, model.language === 'fr' ? 'Moi' : 'Me');
      assert.deepEqual(model.nextSteps.map((s) => s.target?.name), [decider]);
    }
  });

  it('the small templates are read where they are inserted', () => {
    const qr = analyze(filled('Question et réponse')).model.steps[2]!.lines.map((l) => [l.speaker, l.body]);
    assert.deepEqual(qr.slice(-3, -1), [['Q', 'Qu’as-tu déjà essayé ?'], ['R', 'En juillet j’ai appelé 6 cabinets, tous arrêtés à l’accueil.']]);
    const plan = analyze(filled('Action item')).model.steps[5]!.lines.map((l) => l.text);
    assert.equal(plan.at(-1), 'Marcus: reviews lost tickets every Monday by 10 November');
    const steps = analyze(filled('Next step')).model.nextSteps;
    assert.deepEqual(steps.map((s) => s.target?.name), ['Rachel Kim', 'Rachel Kim']);
  });

  it('the follow-up template links back to the note it follows and lists what was promised', () => {
    const { model } = analyze(filled('Note de suivi'));
    assert.equal(model.frontMatter.data.follows, './2026-05-06-transports-girard.md');
    assert.match(model.lines.find((l) => l.text.startsWith('[ ]'))!.text, /Atelier de cadrage/);
  });
});
