// Decision statements in any sentence of a meeting note, French and English, active or passive,
// the decider given by name, by title or both: "la signature revient au directeur général, Arnaud
// Terrier", "the budget is held by the head of operations", "Sophie doit faire valider par sa
// responsable, Nadia Benali, qui arbitre les budgets" (Nadia decides, Sophie does not), "EB = le CFO".
// A sentence that says nobody knows yet ("décideur : à identifier") is kept as such.
import { type Lexicon, currentLexicon } from '../../lexicon/additions';
import { NON_DECIDER_TITLES, SUPERIOR_PATTERNS } from '../../lexicon/people';
import {
  ABSENT_CUES, ADDRESSEE_PRONOUNS, CLEFT_PHRASES, DECIDING_BODIES, DECISION_PHRASES, DECISION_WORDS, DEFERS_TO, NOT_DECIDING,
  PERSON_PRONOUNS, ROUTE_PHRASES, UNKNOWN_DECIDER,
} from '../../lexicon/stakeholders';
import type { DecisionRole, Evidence, Participant } from '../types';
import { type MeetingSentence, sentenceReading, sentenceWords } from './sentences';
import { type NameSpan, type People, looksLikeTitle, nameKey, properNames, roleWord } from './stakeholders';
import { type PhraseMatch, PhraseIndex, type Word } from './words';

type Cue = 'before' | 'after' | 'label' | 'not' | 'defers' | 'unknown' | 'absent' | 'decision-word';

const CUES = new PhraseIndex<Cue>()
  .addAll(DECISION_PHRASES.after, 'after')
  .addAll(DECISION_PHRASES.before, 'before')
  .addAll(DECISION_PHRASES.labels, 'label')
  .addAll(NOT_DECIDING, 'not')
  .addAll(DEFERS_TO, 'defers')
  .addAll(UNKNOWN_DECIDER, 'unknown')
  .addAll(ABSENT_CUES, 'absent')
  .addAll(DECISION_WORDS, 'decision-word');
const titleIndexes = new WeakMap<Lexicon, PhraseIndex<'title' | 'body'>>();
/** Titles and bodies, with a team's own decider titles. */
function titles(): PhraseIndex<'title' | 'body'> {
  const lexicon = currentLexicon();
  let index = titleIndexes.get(lexicon);
  if (!index) {
    index = new PhraseIndex<'title' | 'body'>().addAll(DECIDING_BODIES, 'body')
      .addAll([...lexicon.deciderTitles, ...NON_DECIDER_TITLES], 'title');
    titleIndexes.set(lexicon, index);
  }
  return index;
}
const CLEFT = new Set(CLEFT_PHRASES);
const ROUTE = new Set(ROUTE_PHRASES);
const ADDRESSEE = new Set(ADDRESSEE_PRONOUNS);
const PRONOUN = new Set(PERSON_PRONOUNS);
/** Words that may stand between a title and a name that are one person: "la DAF, Mme Vasseur". */
const JOINERS = new Set(['le', 'la', 'l', 'the', 'son', 'sa', 'his', 'her', 'their', 'your', 'votre', 'notre', 'our', 'leur', 'm', 'mme', 'mr', 'ms', 'dr']);

/** Words between "run it by" and the title or name of the one deferred to: "his boss, the district CFO". */
const DEFERRED_WITHIN = 4;
const POSSESSIVES = new Set(['your', 'votre', 'vos', 'his', 'her', 'their', 'son', 'sa', 'ses', 'leur', 'leurs', 'ton', 'ta', 'tes']);

interface Referent {
  from: number;
  to: number;
  name?: string;
  title?: string;
  body?: boolean;
  pronoun?: 'addressee' | 'person';
}

interface Reading {
  /** The last person a sentence named, for "il" and "she" in the next one. */
  last?: Participant;
}

export interface DecisionFindings {
  /** The sentence saying nobody knows yet who decides. */
  unknown?: Evidence;
  /** Sentences that say who decides. */
  statements: Evidence[];
}

/** Reads every sentence's decision statements into `people`: who decides, who does not, who is absent. */
export function readDecisions(sentences: readonly MeetingSentence[], people: People): DecisionFindings {
  const found: DecisionFindings = { statements: [] };
  const state: Reading = {};
  for (const sentence of sentences) readSentence(sentence, people, state, found);
  return found;
}

/**
 * What the decision reader takes from a sentence's text, read once per sentence. A sentence with
 * no cue and no role word only tells who it names last (for "il", "she" further on): its words
 * are not kept.
 */
interface SentenceCues {
  words?: Word[];
  cues: PhraseMatch<Cue>[];
  /** Names, titles, bodies and pronouns, before the people of the note are known. */
  candidates: Candidate[];
  names: NameSpan[];
  decisive: boolean;
  question: boolean;
  role?: DecisionRole;
}

function cuesOf(sentence: MeetingSentence): SentenceCues {
  return sentenceReading(sentence, 'decisions', (s) => {
    const words = sentenceWords(s);
    const cues = CUES.all(words);
    const names = properNames(s.text, words);
    // "Dana's boss, the CFO, signs": a superior named by relation is read with the decision lines.
    const superior = SUPERIOR_PATTERNS.some((pattern) => pattern.test(s.normalized));
    const role = roleWord(s.normalized);
    const candidates = candidatesOf(s.text, words, names);
    if (!cues.length && !role) return { cues, names: [], candidates: candidates.filter(naming), decisive: false, question: false };
    return {
      words, cues, names, candidates,
      decisive: !superior && cues.some((c) => c.value !== 'absent' && c.value !== 'not'),
      question: /\?\s*$/.test(s.text) && !cues.some((c) => c.value === 'unknown'),
      role,
    };
  });
}

/** A candidate that may name somebody (not a title or a pronoun alone). */
function naming(candidate: Candidate): boolean {
  return candidate.kind === 'name' || candidate.kind === 'word';
}

/** The person a sentence without cues names last: "il", "she" in the next sentence stand for them. */
function lastNamed(read: SentenceCues, people: People): { name: string; key: string } | undefined {
  let named: { name: string; key: string } | undefined;
  let next = 0;
  for (const candidate of read.candidates) {
    if (candidate.from < next) continue;
    if (candidate.kind === 'name' && (!candidate.known || people.find(candidate.name, candidate.key))) {
      named = candidate;
      next = candidate.to;
    } else if (candidate.kind === 'name' && candidate.alternative?.kind === 'title') {
      next = candidate.alternative.to;
    } else if (candidate.kind === 'word' && people.find(candidate.raw, candidate.key)) {
      named = { name: candidate.raw, key: candidate.key };
      next = candidate.to;
    }
  }
  return named;
}

function readSentence(sentence: MeetingSentence, people: People, state: Reading, found: DecisionFindings): void {
  const read = cuesOf(sentence);
  const { words, cues, decisive, question } = read;
  if (!words) {
    const named = lastNamed(read, people);
    if (named) state.last = people.find(named.name, named.key) ?? state.last;
    return;
  }
  const referents = referentsOf(sentence.text, { ...read, words }, people);
  const evidence: Evidence = { text: sentence.text, range: sentence.range };
  const resolve = (referent: Referent | undefined) => (referent ? personOf(referent, people, state, sentence) : undefined);

  let decided = false;
  if (decisive && !question) {
    if (cues.some((c) => c.value === 'unknown') && cues.some((c) => c.value !== 'unknown' && c.value !== 'absent')) {
      if (!referents.some((r) => r.name)) {
        found.unknown ??= evidence;
        decided = true;
      }
    }
    for (const cue of cues) {
      if (decided) break;
      let agent: Referent | undefined;
      if (cue.value === 'label' && cue.from === 0 && /^[^:=]{1,40}[:=]/.test(sentence.text)) agent = referents.find((r) => r.from >= cue.to);
      // "c'est X qui signe", "it's Tom who signs off": the relative clause after the name is a decision
      // phrase, or a label's words ("qui signe", "who decides") read in the middle of the sentence.
      else if (cue.value === 'after' && (!CLEFT.has(cue.phrase) || cues.some((c) => (c.value === 'before' || c.value === 'label') && c.from > cue.to && c.from - cue.to <= CLEFT_WITHIN))) {
        agent = referents.find((r) => r.from >= cue.to && r.from - cue.to <= 3);
        if (agent && !agent.title && ROUTE.has(cue.phrase)) agent = undefined;
      } else if (cue.value === 'before' && PRONOUN_CLEFT.test(cue.phrase)) {
        // "Paul m'a dit que c'est lui qui décide": the pronoun the phrase holds stands for the one named before it.
        agent = { from: cue.from + 2, to: cue.from + 3, pronoun: 'person' };
      } else if (cue.value === 'before') {
        agent = nearestBefore(referents, words, cue.from);
        // "Ops VP has final say on this, Linda Kowalski, …": the title's name set off after the clause.
        if (agent && !agent.name && agent.title) {
          const name = appositionAfter(sentence.text, words, referents, cue.to);
          if (name) agent = { ...agent, name };
        }
      }
      // "needs to run it by his boss, the district CFO, Helen Tran": the one deferred to decides.
      // "needs sign-off from your CFO": "your" owns the title, it is not who is deferred to.
      else if (cue.value === 'defers') {
        agent = referents.find((r) => r.from >= cue.to && r.from - cue.to <= DEFERRED_WITHIN && !(r.pronoun && POSSESSIVES.has(words[r.from].norm)));
      }
      const who = resolve(agent);
      if (!who) continue;
      decide(who, true, evidence);
      // "prise par vous-même et M. Aubert", "Ana and her CFO sign": both decide.
      const partner = agent && coAgent(referents, words, agent);
      const also = partner ? resolve(partner) : undefined;
      if (also && also !== who) decide(also, true, evidence);
      found.statements.push(evidence);
      decided = true;
    }
  }
  for (const cue of cues) {
    if (cue.value === 'not' || cue.value === 'defers') {
      const who = resolve(nearestBefore(referents, words, cue.from, true));
      if (who) decide(who, false, evidence);
    }
    if (cue.value === 'absent') {
      const who = resolve(nearestBefore(referents, words, cue.from, true)) ?? (referents.length ? undefined : state.last);
      if (who && who.met !== true) who.met = false;
    }
  }
  // "Aisha = champion", "Trevor … she listens to him".
  const { role } = read;
  for (const referent of referents) {
    if (role && referent.name && referents.length === 1) {
      const who = resolve(referent);
      if (who && !who.decisionRole) who.decisionRole = role;
    }
  }
  const named = referents.filter((r) => r.name).at(-1);
  if (named?.name) state.last = people.find(named.name) ?? state.last;
}

function decide(who: Participant, decides: boolean, evidence: Evidence): void {
  if (decides) {
    // The seller's own side ("Nous : Franck, Manon") does not decide the buyer's purchase.
    if (who.side === 'seller') return;
    // The first explicit source stays: a "(décideur)" mark read again in its sentence is still a mark.
    if (who.decider === true && who.deciderSource !== 'title') return;
    if (who.decider === false && who.deciderSource !== 'other-decider' && who.deciderSource !== 'statement') return;
    who.decider = true;
    who.deciderSource = 'statement';
    who.decisionRole = 'decides';
    who.evidence = evidence;
    return;
  }
  if (who.decider !== undefined) return;
  who.decider = false;
  who.deciderSource = 'statement';
  who.evidence = evidence;
  who.decisionRole ??= 'unknown';
}

const CO_JOINERS = new Set(['et', 'and', 'meme', 'memes', 'himself', 'herself']);

/** The referent joined to the agent by "et" / "and": "vous-même et M. Aubert", "Ana and her CFO". */
function coAgent(referents: readonly Referent[], words: readonly Word[], agent: Referent): Referent | undefined {
  const next = referents.find((r) => r.from >= agent.to);
  if (!next || next.from - agent.to > 2 || next.from === agent.to) return undefined;
  const between = words.slice(agent.to, next.from).map((word) => word.norm);
  return between.some((word) => word === 'et' || word === 'and') && between.every((word) => CO_JOINERS.has(word)) ? next : undefined;
}

/** Words a cleft holds between "c'est" and its decision phrase: "c'est le directeur général adjoint, M. Roy, qui signe". */
const CLEFT_WITHIN = 8;

/** "c est lui qui decide", "c est elle qui signe": a decision phrase that holds its subject's pronoun. */
const PRONOUN_CLEFT = /^c est (?:lui|elle) /;

/** Words after a decision phrase within which the decider's name may stand apart: "has final say on this, Linda Kowalski". */
const APPOSITION_WITHIN = 4;

/**
 * A name set off by a comma after the clause that gives a title ("…, Linda Kowalski, she's…",
 * "…, Ann Lee."), not the subject of a clause of its own ("…, Tom will send the numbers").
 */
function appositionAfter(text: string, words: readonly Word[], referents: readonly Referent[], cueTo: number): string | undefined {
  const next = referents.find((r) => r.from >= cueTo);
  if (!next?.name || next.title || next.from - cueTo > APPOSITION_WITHIN) return undefined;
  const before = text.slice(words[next.from - 1]?.end ?? 0, words[next.from].start);
  if (!before.includes(',')) return undefined;
  const after = text.slice(words[next.to - 1].end).trimStart();
  return !after || /^[,.;)!]/.test(after) || /^(?:who|qui)\b/i.test(after) ? next.name : undefined;
}

/** The referent just before a cue, in the same clause ("Rebecca is the one who decides"); after "qui", the one before it. */
function nearestBefore(referents: readonly Referent[], words: readonly Word[], at: number, subject = false): Referent | undefined {
  let best: Referent | undefined;
  for (const referent of referents) if (referent.to <= at) best = referent;
  if (!best) return undefined;
  // A cue far from its subject ("C'est ça qui décidera") names nobody.
  const gap = at - best.to;
  const relative = ['qui', 'who', 'que', 'that'].includes(words[at - 1]?.norm ?? '');
  if (relative) return gap <= 1 ? best : undefined;
  return gap <= (subject ? 6 : 8) ? best : undefined;
}

/**
 * A possible referent: a name (one capitalised word counts only when the note knows the person), a
 * title or body, a pronoun, or a capitalised word that may be a known person's name.
 */
type Candidate = { from: number; to: number } & (
  | { kind: 'name'; name: string; known: boolean; alternative?: Candidate; key: string }
  | { kind: 'title'; title: string; body: boolean }
  | { kind: 'pronoun'; pronoun: 'addressee' | 'person' }
  | { kind: 'word'; raw: string; key: string });

/** The candidates of a sentence, left to right, as far as its text alone tells. */
/**
 * The index of the last word that starts at `start` (a word that normalises into several, "œuvre",
 * gives them all its start), by halving: the words are in the order of the text.
 */
function wordStartingAt(words: readonly Word[], start: number): number | undefined {
  let low = 0;
  let high = words.length - 1;
  while (low <= high) {
    let middle = (low + high) >> 1;
    const at = words[middle].start;
    if (at === start) {
      while (middle + 1 < words.length && words[middle + 1].start === start) middle++;
      return middle;
    }
    if (at < start) low = middle + 1;
    else high = middle - 1;
  }
  return undefined;
}

function candidatesOf(text: string, words: readonly Word[], spans: readonly NameSpan[]): Candidate[] {
  const names = new Map<number, { to: number; name: string; known: boolean }>();
  for (const span of spans) {
    const from = wordStartingAt(words, span.start);
    if (from === undefined) continue;
    let to = from;
    while (to < words.length && words[to].end <= span.end) to++;
    // "côté France": one capitalised word is a person only when the note already knows them.
    names.set(from, { to, name: span.text, known: !span.honorific && !/\s/.test(span.text) });
  }
  const other = (i: number): Candidate | undefined => {
    const found = headOf(words, i) ?? titles().at(words, i);
    const title = found && { ...found, to: qualifiedTo(text, words, found.to) };
    if (title) return { kind: 'title', from: i, to: title.to, title: text.slice(words[i].start, words[title.to - 1].end), body: title.value === 'body' };
    const word = words[i];
    if (ADDRESSEE.has(word.norm)) return { kind: 'pronoun', from: i, to: i + 1, pronoun: 'addressee' };
    // "her VP, Carl Jensen": before a title, "her" is whose title it is, not the person meant.
    if (PRONOUN.has(word.norm) && !(POSSESSIVES.has(word.norm) && (headOf(words, i + 1) ?? titles().at(words, i + 1)))) {
      return { kind: 'pronoun', from: i, to: i + 1, pronoun: 'person' };
    }
    if (word.capital) return { kind: 'word', from: i, to: i + 1, raw: word.raw, key: nameKey(word.raw) };
    return undefined;
  };
  const out: Candidate[] = [];
  for (let i = 0; i < words.length;) {
    const name = names.get(i);
    if (name) {
      out.push({
        kind: 'name', from: i, to: name.to, name: name.name, known: name.known, alternative: name.known ? other(i) : undefined, key: nameKey(name.name),
      });
      // A name the note may not know is read word by word as well, for when it does not.
      i = name.known ? i + 1 : name.to;
      continue;
    }
    const found = other(i);
    if (found) out.push(found);
    i = found?.kind === 'title' ? found.to : i + 1;
  }
  return out;
}

/** Names, titles, bodies and pronouns of a sentence, a title and a name side by side taken as one. */
function referentsOf(text: string, read: SentenceCues & { words: Word[] }, people: People): Referent[] {
  const { words } = read;
  const raw: Referent[] = [];
  let next = 0;
  for (const candidate of read.candidates) {
    if (candidate.from < next) continue;
    let chosen: Candidate | undefined = candidate;
    if (candidate.kind === 'name' && candidate.known && !people.find(candidate.name, candidate.key)) chosen = candidate.alternative;
    if (chosen?.kind === 'word' && !people.find(chosen.raw, chosen.key)) chosen = undefined;
    if (!chosen) continue;
    if (chosen.kind === 'name') raw.push({ from: chosen.from, to: chosen.to, name: chosen.name });
    else if (chosen.kind === 'title') raw.push({ from: chosen.from, to: chosen.to, title: chosen.title, body: chosen.body });
    else if (chosen.kind === 'pronoun') raw.push({ from: chosen.from, to: chosen.to, pronoun: chosen.pronoun });
    else raw.push({ from: chosen.from, to: chosen.to, name: chosen.raw });
    next = chosen.to;
  }
  // "le directeur général, Arnaud Terrier", "Linda Cho, your CEO": one person.
  const out: Referent[] = [];
  for (const referent of raw) {
    const last = out.at(-1);
    if (last && !last.pronoun && !referent.pronoun && (last.name ? !referent.name : referent.name !== undefined)
      && (between(text, words, last.to, referent.from) || (last.name !== undefined && qualifiedTitle(words, last.to, referent.from)))) {
      last.to = referent.to;
      last.name ??= referent.name;
      last.title ??= referent.title;
      last.body = last.body && !referent.name;
      continue;
    }
    out.push({ ...referent });
  }
  return out;
}

/**
 * "Rob Hale the plant director", "Marc Lefèvre le directeur technique": after a name, an article and
 * up to two words that qualify the title, as a memo is dictated without commas.
 */
function qualifiedTitle(words: readonly Word[], from: number, to: number): boolean {
  if (to - from < 2 || to - from > 3 || !ARTICLES.has(words[from].norm)) return false;
  for (let i = from + 1; i < to; i++) if (words[i].capital || !/^\p{L}+$/u.test(words[i].norm)) return false;
  return true;
}

const ARTICLES = new Set(['le', 'la', 'l', 'the', 'our', 'their', 'leur', 'notre']);

/** Only punctuation and determiners between two word positions: "DAF, Mme", "CEO (". */
function between(text: string, words: readonly Word[], from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let i = from; i < to; i++) if (!JOINERS.has(words[i].norm)) return false;
  const gap = text.slice(words[from - 1].end, words[to].start);
  return gap.length <= 24 && !/[;:=]/.test(gap);
}

const OF = new Set(['de', 'des', 'du', 'd', 'of']);

/** "directeur des opérations", "director of operations": the title runs on over "of" and one word in lower case. */
function qualifiedTo(text: string, words: readonly Word[], to: number): number {
  const of = words[to];
  const what = words[to + 1];
  if (!of || !what || !OF.has(of.norm) || what.capital || !/^\p{L}+$/u.test(what.norm)) return to;
  // Within the clause: no comma between the title and its qualifier.
  return /[,;:(]/.test(text.slice(words[to - 1].end, what.start)) ? to : to + 2;
}

/** "head of operations", "responsable du contrôle de gestion": a title that runs to the next comma. */
function headOf(words: readonly Word[], at: number): { to: number; value: 'title' } | undefined {
  if (words[at]?.norm !== 'head' || words[at + 1]?.norm !== 'of' || !words[at + 2]) return undefined;
  let to = at + 3;
  while (to < words.length && to - at < 5 && !['who', 'and', 'has', 'is', 'was'].includes(words[to].norm)
    && words[to].start - words[to - 1].end <= 1) to++;
  return { to, value: 'title' };
}

/** The stakeholder a referent stands for, added to `people` when the note had not named them yet. */
function personOf(referent: Referent, people: People, state: Reading, sentence: MeetingSentence): Participant | undefined {
  if (referent.pronoun === 'addressee') return people.addressee;
  if (referent.pronoun === 'person') return lastNamedBefore(referent, people, sentence) ?? state.last;
  if (referent.name) {
    const known = people.find(referent.name);
    if (known) {
      if (referent.title && !known.role) known.role = referent.title.replace(/^(?:the|le|la|l'|your|votre|son|sa)\s+/i, '');
      return known;
    }
    const title = referent.title?.replace(/^(?:the|le|la|l'|your|votre|son|sa)\s+/i, '');
    return people.add({ name: referent.name, role: title && looksLikeTitle(title) ? title : undefined, side: 'buyer', range: sentence.line.range });
  }
  if (referent.title) {
    const title = referent.title.replace(/^(?:the|le|la|l'|les|your|votre|son|sa|leur|their)\s+/i, '');
    return people.withTitle(title) ?? people.add({ name: title, side: 'buyer', range: sentence.line.range, body: referent.body || undefined });
  }
  return undefined;
}

/** "Hélène confirme que c'est elle qui signe": the pronoun is the person named before it in the sentence. */
function lastNamedBefore(referent: Referent, people: People, sentence: MeetingSentence): Participant | undefined {
  const { words = [], names } = cuesOf(sentence);
  let found: Participant | undefined;
  for (const span of names) {
    if (span.start >= words[referent.from].start) break;
    found = people.find(span.text) ?? found;
  }
  return found;
}
