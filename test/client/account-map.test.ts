// The account map's picture and page, drawn from what the server answers for a small workspace of
// French and English meeting notes, without VS Code: who decides, the champion, who was met and when,
// who never was; every piece of note text escaped; a page that runs and loads nothing.
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { contentSecurityPolicy, mapPage } from '../../client/src/account-map/html';
import { linkTarget, mapLinks, mapLocaliser } from '../../client/src/account-map/links';
import { type MapAccount, accountMapSvg } from '../../client/src/account-map/svg';
import { accountMap } from '../../server/src/core/workspace/views';
import { english, french } from '../helpers/localiser';
import { indexOf, notesIn } from '../helpers/workspace';
import { readFileSync } from 'node:fs';

const index = indexOf(notesIn(join(__dirname, '..', '..', 'e2e', 'workspaces', 'accounts')));
const account = (key: string): MapAccount => accountMap(index, { accountKey: key }).account!;

/** The text the picture shows, in order, unescaped. */
function texts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&'));
}

/** Each person's group: its classes and the texts of its card. */
function people(svg: string): { classes: string; texts: string[]; met: number }[] {
  return [...svg.matchAll(/<g class="person ([^"]*)"[^>]*>([\s\S]*?)\n<\/g>/g)].map((m) => ({
    classes: m[1], texts: texts(m[2]), met: (m[2].match(/class="met"/g) ?? []).length,
  }));
}

/** Tags open and close in order, and only the SVG elements the map draws appear. */
function assertWellFormed(svg: string): void {
  const stack: string[] = [];
  for (const [, closing, name, selfClosing] of svg.matchAll(/<(\/?)([a-zA-Z]+)\b[^>]*?(\/?)>/g)) {
    assert.ok(['svg', 'title', 'g', 'text', 'rect', 'circle', 'line'].includes(name), name);
    if (selfClosing) continue;
    if (closing) assert.equal(stack.pop(), name);
    else stack.push(name);
  }
  assert.deepEqual(stack, []);
}

describe('account map', () => {
  it('puts the decider first, then the champion, and shows who was met in which note', () => {
    const svg = accountMapSvg(account('acme logistics'), english, 'en');
    assertWellFormed(svg);
    assert.deepEqual(texts(svg).slice(0, 4), ['Acme Logistics', '2 notes written · 2026-09-15 → 2026-10-06 · 3 people', 'Decider met', 'Sep 15']);
    assert.deepEqual(people(svg), [
      { classes: 'decides', texts: ['Rachel Kim', 'COO', 'Met once · last 2026-09-15', 'Decides'], met: 1 },
      { classes: 'champion', texts: ['Omar Haddad', 'warehouse operations manager', 'Met 2 times · last 2026-10-06', 'Champion'], met: 2 },
      { classes: 'unknown', texts: ['Priya Shah', 'procurement', 'Met once · last 2026-10-06', 'Part not known'], met: 1 },
    ]);
  });

  it('draws a decider never met apart, in French', () => {
    const svg = accountMapSvg(account('transports girard'), french, 'fr');
    assertWellFormed(svg);
    assert.ok(texts(svg).includes('Décideur jamais rencontré'));
    assert.ok(texts(svg).includes('2 oct.'), texts(svg).join(' | '));
    assert.deepEqual(people(svg), [
      { classes: 'decides never-met', texts: ['Paul Girard', 'DG', 'Jamais rencontré', 'Décide'], met: 0 },
      { classes: 'influences', texts: ['Karim Belkacem', 'chef d’équipe du dépôt de Vénissieux', 'Rencontré une fois · dernière fois le 2026-10-02', 'Influence'], met: 1 },
      { classes: 'not-decider', texts: ['Nadia Benali', 'responsable logistique', 'Rencontré une fois · dernière fois le 2026-10-02', 'Ne décide pas'], met: 1 },
    ]);
  });

  it('escapes every piece of note text, and cuts what would not fit', () => {
    const hostile = account('acme logistics');
    const attack = '<script>alert("x")</script><img src=x onerror=alert(1)> & \'Co\'';
    const svg = accountMapSvg({
      ...hostile,
      name: attack,
      notes: hostile.notes.map((note) => ({ ...note, title: `</title><svg onload="alert(1)">${note.title}` })),
      stakeholders: [{ ...hostile.stakeholders[0], name: attack, role: attack, organisation: '"><foreignObject>' }],
    }, english);
    assertWellFormed(svg);
    assert.doesNotMatch(svg, /<(?:script|img|foreignObject|svg onload)/i);
    for (const [tag] of svg.matchAll(/<[a-z][^>]*>/gi)) assert.doesNotMatch(tag, /\son\w+=/i, tag);
    assert.ok(svg.includes('&lt;script&gt;alert(&quot;x&quot;)'));
    assert.ok(texts(svg).some((text) => text.startsWith('<script>alert("x")</script><img') && text.endsWith('…')));
  });

  it('says so when the notes name nobody yet, and counts the notes it has no room for', () => {
    const base = account('acme logistics');
    const notes = Array.from({ length: 14 }, (_, i) => ({ ...base.notes[0], date: `2026-0${1 + Math.floor(i / 2)}-1${i % 2}` }));
    const svg = accountMapSvg({ ...base, notes, stakeholders: [] }, english);
    assertWellFormed(svg);
    assert.ok(texts(svg).includes('+4 earlier notes'));
    assert.ok(texts(svg).includes('The account’s notes name nobody on the buyer’s side yet.'));
    assert.ok(texts(svg).includes('No decider named'));
    assert.equal((svg.match(/class="note-column"/g) ?? []).length, 10);
  });

  it('sits in a page that loads nothing, its style and its one script allowed by a nonce', () => {
    const svg = accountMapSvg(account('transports girard'), french, 'fr');
    const html = mapPage({ title: 'Carte du compte : <Girard>', svg, cspSource: 'https://webview.example', nonce: 'bm9uY2U=', language: 'fr' });
    assert.equal(contentSecurityPolicy('https://webview.example', 'bm9uY2U='),
      "default-src 'none'; style-src 'nonce-bm9uY2U='; script-src 'nonce-bm9uY2U='; img-src https://webview.example; font-src https://webview.example");
    assert.ok(html.includes('<meta http-equiv="Content-Security-Policy" content="default-src &#39;none&#39;; style-src &#39;nonce-bm9uY2U=&#39;; script-src &#39;nonce-bm9uY2U=&#39;;'));
    assert.ok(html.includes('<style nonce="bm9uY2U=">'));
    assert.deepEqual([...html.matchAll(/<script[^>]*>/g)].map((m) => m[0]), ['<script nonce="bm9uY2U=">'], 'one script, by nonce');
    assert.ok(html.includes('<title>Carte du compte : &lt;Girard&gt;</title>'));
    assert.doesNotMatch(html, /unsafe-inline|unsafe-eval|\bsrc=|\bhref=|style="|\son\w+=/i);
    // The script posts a link's id, never a URI it read from the page.
    assert.match(html, /vscode\.postMessage\(\{ type: 'open', link: target\.getAttribute\('data-link'\) \}\)/);
    // The only URL is the SVG namespace, which names and fetches nothing.
    assert.deepEqual([...html.matchAll(/https?:\/\/[^\s"'<>]+/g)].map((m) => m[0]).filter((url) => !url.startsWith('https://webview.example')),
      ['http://www.w3.org/2000/svg']);
  });

  it('opens a person at their line in the latest note that met them, and a note at its title', () => {
    const acme = account('acme logistics');
    const svg = accountMapSvg(acme, english, 'en');
    const links = mapLinks(acme);
    const ids = [...svg.matchAll(/data-link="([^"]+)"/g)].map((m) => m[1]);
    assert.deepEqual(ids.sort(), [...links.keys()].sort(), 'every link drawn has a place, and no other');
    // Omar Haddad, the champion, second card: met last in the workshop, at his attendee line.
    const omar = links.get('p1')!;
    assert.ok(omar.uri.endsWith('/acme/2026-10-06-workshop.md'), omar.uri);
    const workshop = readFileSync(join(__dirname, '..', '..', 'e2e', 'workspaces', 'accounts', 'acme', '2026-10-06-workshop.md'), 'utf8').split('\n');
    assert.match(workshop[omar.range.start.line], /Omar Haddad/);
    assert.deepEqual(links.get('n0'), acme.notes[0].location);
    // A decider never met opens where the notes name him.
    const girard = account('transports girard');
    const paul = mapLinks(girard).get('p0')!;
    assert.deepEqual(paul, girard.stakeholders.find((p) => p.name === 'Paul Girard')!.namedAt);
    assert.deepEqual(linkTarget({ type: 'open', link: 'p1' }, links), omar);
    for (const message of [{ type: 'open', link: 'p9' }, { type: 'open', link: omar.uri }, { type: 'run', link: 'p1' }, 'p1', null]) {
      assert.equal(linkTarget(message, links), undefined, JSON.stringify(message));
    }
  });

  it('speaks its notes’ language, whatever the display language', () => {
    const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', 'l10n', 'bundle.l10n.fr.json'), 'utf8'));
    const inFrench = mapLocaliser('fr', { l10n: english, language: 'en' }, () => bundle);
    const svg = accountMapSvg(account('transports girard'), inFrench, 'fr');
    assert.ok(texts(svg).includes('Décideur jamais rencontré'), texts(svg).join(' | '));
    assert.ok(texts(svg).includes('2 oct.'));
    const inEnglish = mapLocaliser('en', { l10n: french, language: 'fr' }, () => bundle);
    assert.ok(texts(accountMapSvg(account('acme logistics'), inEnglish, 'en')).includes('Decider met'));
    // Same language as the display: VS Code's own translations.
    assert.equal(mapLocaliser('fr', { l10n: french, language: 'fr-FR' }, () => undefined), french);
  });
});
