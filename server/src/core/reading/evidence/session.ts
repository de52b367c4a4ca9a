// Evidence that a note records a co-development session: the six steps by name and in order, the
// method's roles, its words, and questions aimed at one client.
import {
  ANSWER_SPEAKERS, FIRST_PERSON_REQUEST, NARRATED_EXCHANGE, ONE_CLIENT_WORDS, MEETING_ROLES, QUESTION_SPEAKERS, SESSION_ROLES, SESSION_STRONG_ROLES, SESSION_WORDS, STEP_NAMES,
} from '../../../lexicon/kind';
import { currentLexicon, type Lexicon } from '../../../lexicon/additions';
import { STEPS } from '../../../lexicon/steps';
import type { KindSignal, Sentence, StepNumber, TextLine } from '../../types';
import { findPhrase, isQuestion, normalize } from '../text';
import { numberedHeading } from '../vocabulary';
import { type EvidenceInput, headingsOf, Phrases, signal, speakerOf, wordsOf } from './signals';

const STRONG_ROLES = new Phrases(SESSION_STRONG_ROLES);
const METHOD_WORDS = new Phrases(SESSION_WORDS);
const REQUEST = new Phrases(FIRST_PERSON_REQUEST);
const NARRATED = new Phrases(NARRATED_EXCHANGE);
/** Sentences of a narrated exchange that say a session took place. */
const NARRATED_LINES = 2;
const TO_ONE = new Phrases(ONE_CLIENT_WORDS);
const THIRD_PERSON_REQUEST = new Set(['sa demande']);

/** How much a heading says of its step: by number and name, by the method's name, by a looser name or number only. */
type HeadingStep = { step: StepNumber; weight: number; text: string; line: number };
const BY_NUMBER_AND_NAME = 1.5;
const BY_NAME = 1;
const LOOSELY = 0.5;

/** The step a heading names with the method's words, whatever its number. */
function namedStep(normalized: string, names: StepNames = stepNames().strict): StepNumber | undefined {
  let best: { step: StepNumber; name: string } | undefined;
  for (const [step, list] of Object.entries(names)) {
    const name = findPhrase(normalized, list);
    if (name && name.length > (best?.name.length ?? 0)) best = { step: Number(step) as StepNumber, name };
  }
  // "Questions to ask the CFO about clarification" is no step heading.
  return best && normalized.split(' ').length <= best.name.split(' ').length + 3 ? best.step : undefined;
}

/** The step whose name the text is, word for word. */
function exactStep(normalized: string, names: StepNames): StepNumber | undefined {
  for (const [step, list] of Object.entries(names)) if (list.includes(normalized)) return Number(step) as StepNumber;
  return undefined;
}

type StepNames = Record<StepNumber, readonly string[]>;
const BUILT_IN_ALIASES = new Set(STEPS.flatMap((s) => s.aliases));
const namesByLexicon = new WeakMap<Lexicon, { strict: StepNames; loose: StepNames }>();

/** The method's names plus the team's own, and every alias; one pair per lexicon. */
function stepNames(): { strict: StepNames; loose: StepNames } {
  const lexicon = currentLexicon();
  let names = namesByLexicon.get(lexicon);
  if (!names) {
    const strict = { ...STEP_NAMES };
    const loose = {} as Record<StepNumber, readonly string[]>;
    for (const { step, aliases } of lexicon.stepAliases) {
      loose[step] = aliases;
      strict[step] = [...STEP_NAMES[step], ...aliases.filter((alias) => !BUILT_IN_ALIASES.has(alias))];
    }
    names = { strict, loose };
    namesByLexicon.set(lexicon, names);
  }
  return names;
}

/**
 * Headings read as steps: by the method's names, or by number when the words after the number are
 * empty or name that same step ("Étape 2 – Questions"). A number followed by something else
 * ("Step 1 – Prerequisites") is a procedure, reported by `numberedProcedure`; a loose name
 * ("Idées", "Questions") counts for little, and only in its place in the order.
 */
function headingSteps(input: EvidenceInput): HeadingStep[] {
  const found: HeadingStep[] = [];
  for (const heading of headingsOf(input)) {
    const line = heading.range.start.line;
    const numbered = numberedHeading(heading.text);
    if (numbered) {
      if (numbered.rest && namedStep(numbered.rest) === numbered.step) {
        found.push({ step: numbered.step, weight: BY_NUMBER_AND_NAME, text: heading.text, line });
      } else if (!numbered.rest || namedStep(numbered.rest, stepNames().loose) === numbered.step) {
        found.push({ step: numbered.step, weight: LOOSELY, text: heading.text, line });
      }
      continue;
    }
    const normalized = normalize(heading.text).replace(/^[1-6] /, '');
    const step = namedStep(normalized);
    if (step) found.push({ step, weight: BY_NAME, text: heading.text, line });
    else {
      const loose = namedStep(normalized, stepNames().loose);
      if (loose) found.push({ step: loose, weight: LOOSELY, text: heading.text, line });
    }
  }
  return found;
}

/** Words a paragraph's label has at most to stand for a heading: "Plan d'action :", "Questions de clarification :". */
const LABEL_WORDS = 5;

/**
 * Paragraphs that open on a step's name as their label ("Reformulation : …", "Action plan: Farid
 * will…"): a layout without headings names its steps that way. Read by name only, never by number.
 */
function labelSteps(input: EvidenceInput): HeadingStep[] {
  const found: HeadingStep[] = [];
  for (const line of input.lines) {
    if (!line.speaker || (line.block !== 'paragraph' && !(line.block === 'list-item' && line.itemStart))) continue;
    const normalized = normalize(line.speaker);
    if (normalized.split(' ').length > LABEL_WORDS) continue;
    const at = line.range.start.line;
    // A label is the step's name and nothing else: "Contract or Online terms:" in a checklist is no step 3.
    const step = exactStep(normalized, stepNames().strict);
    if (step) found.push({ step, weight: BY_NAME, text: line.speaker, line: at });
    else {
      const loose = exactStep(normalized, stepNames().loose);
      if (loose) found.push({ step: loose, weight: LOOSELY, text: line.speaker, line: at });
    }
  }
  return found;
}

/** Numbered headings whose words are no step of the method: "Step 1 – Prerequisites", "Phase 2 : déploiement". */
export function numberedProcedure(input: EvidenceInput): KindSignal[] {
  const found: KindSignal[] = [];
  for (const heading of headingsOf(input)) {
    const numbered = numberedHeading(heading.text);
    if (!numbered?.rest) continue;
    if (namedStep(numbered.rest) === numbered.step || namedStep(numbered.rest, stepNames().loose) === numbered.step) continue;
    found.push(signal('procedure', 'against', 1, heading.text, heading.range.start.line));
  }
  return found;
}

/** Length of the longest run of steps in increasing order (not necessarily adjacent). */
function inOrder(steps: readonly StepNumber[]): number {
  const best: number[] = [];
  for (const step of steps) {
    let length = 1;
    for (let i = 0; i < best.length; i++) if (steps[i] < step) length = Math.max(length, best[i] + 1);
    best.push(length);
  }
  return Math.max(0, ...best);
}

function stepSignals(input: EvidenceInput): KindSignal[] {
  const seen = new Map<StepNumber, HeadingStep>();
  for (const found of [...headingSteps(input), ...labelSteps(input)]) {
    const known = seen.get(found.step);
    if (!known || found.weight > known.weight) seen.set(found.step, found);
  }
  const kept = [...seen.values()].sort((a, b) => a.line - b.line);
  const signals = kept.map((s) => signal('steps', 'session', s.weight, s.text, s.line));
  // The method's order is evidence of its own, once a step is named and not only numbered.
  const ordered = inOrder(kept.map((s) => s.step));
  if (ordered >= 3 && ordered >= kept.length - 1 && kept.some((s) => s.weight >= BY_NAME)) {
    signals.push(signal('steps', 'session', ordered >= 5 ? 2 : 1, `${ordered}/6`, kept[0].line));
  }
  return signals;
}

/** The six steps named and in order: a structure that says session on its own. */
export function fullStructure(signals: readonly KindSignal[]): boolean {
  return signals.some((s) => s.family === 'steps' && s.weight === 2 && /^[56]\/6$/.test(s.text));
}

const DEFINITE = /^(?:le|la|les|l|un|une|des|the|a|an|our|nos|notre)\b/;

/** A name, or a few, or their addresses: "Danno Ferrin", "Claire et Paul", "ana@example.org", "@ana". */
function namesOnly(body: string): boolean {
  const words = body.split(/[\s,;/&]+/).filter((word) => word !== '' && !NAME_JOINERS.has(word.toLowerCase()));
  return words.length > 0 && words.length <= 8
    && words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word) || /^[^@\s]*@[^@\s]+$/.test(word) || /^\(?\p{Lu}[\p{L}.]*\)?$/u.test(word));
}
const NAME_JOINERS = new Set(['et', 'and', '+', '-', '–', '//']);

/** "the facilitator is in charge of…", "l'animatrice veille à…": the role itself is the subject. */
function definesRole(body: string, role: string): boolean {
  const words = normalize(body).split(' ');
  return DEFINITE.test(words[0] ?? '') && words.slice(1, 1 + role.split(' ').length).join(' ').startsWith(role);
}

/**
 * Any group's meeting may have a facilitator, and its members ask each other questions: a session
 * is read only where the method itself shows, by its steps, its words or its other roles (a client,
 * consultants, a case owner).
 */
export function namesTheMethod(signals: readonly KindSignal[]): boolean {
  return signals.some((s) => s.towards === 'session'
    && (s.family === 'steps' || s.family === 'method-words'
      || (s.family === 'roles' && !findPhrase(normalize(s.text), MEETING_ROLES))));
}

/** The method's roles: as speakers they are also a dialogue (someone spoke in a session). */
function roleSignals(input: EvidenceInput): KindSignal[] {
  const found = new Map<string, KindSignal>();
  const spoke = new Map<string, KindSignal>();
  for (const line of input.lines) {
    const speaker = speakerOf(line);
    const role = speaker ? findPhrase(speaker, SESSION_ROLES) : undefined;
    // "Les consultants : les autres membres…" defines a role; "Consultant X : je pense…" speaks;
    // "Topic Facilitator(s): bgrant@" is a form's field, whose label does not start with the role.
    if (role && speaker.startsWith(role) && speaker.split(' ').length <= 3 && !DEFINITE.test(speaker)) {
      if (!found.has(role)) found.set(role, signal('roles', 'session', SESSION_STRONG_ROLES.includes(role) ? 2 : 1, line.speaker!, line.range.start.line));
      // "Facilitator: Danno Ferrin" names who held the role, as any workshop's header does: nobody spoke.
      // "Facilitator: the facilitator keeps the agenda" says what the role does: nobody spoke either.
      if (!spoke.size && !namesOnly(line.body) && !definesRole(line.body, role)) spoke.set(role, signal('dialogue', 'session', 1, line.text, line.range.start.line));
      continue;
    }
    const inProse = STRONG_ROLES.find(wordsOf(line));
    if (inProse && !found.has(inProse)) found.set(inProse, signal('roles', 'session', 1, inProse, line.range.start.line));
  }
  return [...found.values(), ...spoke.values()];
}

/** The client's own request, in the first person: "Ma demande : …", "My question: how do I…". */
function requestSignals(input: EvidenceInput): KindSignal[] {
  const line = input.lines.find((l) => {
    if (l.speaker) return REQUEST.has(speakerOf(l).split(' '));
    const words = wordsOf(l);
    const phrase = REQUEST.find(words);
    // Said of someone else, the request opens its line ("Sa demande : …"); "confirmation de sa
    // demande par le régulateur" is anybody's request.
    return phrase !== undefined && (!THIRD_PERSON_REQUEST.has(phrase) || REQUEST.startingAt(words, 0) === phrase);
  });
  return line ? [signal('dialogue', 'session', 1, line.text, line.range.start.line)] : [];
}

function wordSignals(input: EvidenceInput): KindSignal[] {
  const signals: KindSignal[] = [];
  const title = input.title ? findPhrase(normalize(input.title.text), SESSION_WORDS) : undefined;
  if (title) signals.push(signal('method-words', 'session', 3, input.title!.text, input.title!.range.start.line));
  const seen = new Set<string>(title ? [title] : []);
  for (const line of input.lines) {
    const word = METHOD_WORDS.find(wordsOf(line));
    if (word && !seen.has(word)) {
      seen.add(word);
      signals.push(signal('method-words', 'session', 1, line.text, line.range.start.line));
    }
  }
  return signals;
}

function isAnswerLine(line: TextLine): boolean {
  return line.answer === true || line.block === 'quote' || (line.speaker !== undefined && ANSWER_SPEAKERS.includes(speakerOf(line)));
}

/** Questions followed by the client's answers, most of them asked to one person ("tu", "you"). */
function questionSignals(input: EvidenceInput): KindSignal[] {
  let pairs = 0;
  let toOne = 0;
  let first: TextLine | undefined;
  const lines = input.lines;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    const asked = isQuestion(line.text)
      && (line.speaker === undefined || QUESTION_SPEAKERS.includes(speakerOf(line)) || !isAnswerLine(line));
    const next = lines[i + 1];
    // "**Claire** : Que fais-tu… ?" then "**Fatima** : Surtout…": another named speaker replies.
    const replied = next && (isAnswerLine(next) || (line.speaker !== undefined && next.speaker !== undefined && next.speaker !== line.speaker));
    // "- Antoine : « Depuis quand ? » → depuis octobre": the answer after the question, on its line.
    if (answeredOnItsLine(line.text)) {
      pairs++;
      first ??= line;
      continue;
    }
    if (!asked || !replied || isQuestion(next.text)) continue;
    pairs++;
    first ??= line;
    if (TO_ONE.has(wordsOf(line))) toOne++;
  }
  if (pairs < 3 || !first) return roundOfQuestions(lines);
  const signals = [signal('dialogue', 'session', 1, first.text, first.range.start.line)];
  if (toOne * 2 >= pairs) signals.push(signal('dialogue', 'session', 1, first.text, first.range.start.line));
  return signals;
}

/** Named people who ask in turn make a round of questions: "- Beth: How do you feel…?", "- Carlos: What does…?". */
const ROUND_ASKERS = 3;

/** A round of questions, each from another named member, its answers told afterwards ("Owen answered at length"). */
function roundOfQuestions(lines: readonly TextLine[]): KindSignal[] {
  let askers = new Set<string>();
  let first: TextLine | undefined;
  for (const line of lines) {
    const speaker = line.speaker && isQuestion(line.text) ? speakerOf(line) : undefined;
    if (!speaker || QUESTION_SPEAKERS.includes(speaker) || speaker.split(' ').length > 2) {
      askers = new Set();
      first = undefined;
      continue;
    }
    first ??= line;
    askers.add(speaker);
    if (askers.size >= ROUND_ASKERS) return [signal('dialogue', 'session', 1, first.text, first.range.start.line)];
  }
  return [];
}

/** A question mark, closing quotes and spaces aside, then an arrow or a dash and the answer. */
function answeredOnItsLine(text: string): boolean {
  for (let at = text.indexOf('?'); at >= 0; at = text.indexOf('?', at + 1)) {
    let i = at + 1;
    while (i < text.length && ' \t»"”\u00a0'.includes(text[i])) i++;
    const arrow = text.startsWith('→', i) || text.startsWith('->', i) || text.startsWith('=>', i) || text.startsWith('—', i) ? (text[i] === '-' || text[i] === '=' ? 2 : 1) : 0;
    if (arrow && text.slice(i + arrow).trim()) return true;
  }
  return false;
}

/**
 * A session told in the past: two sentences that narrate the exchange ("elle a précisé…", "we
 * asked…"); sentences, not lines, as a paragraph of prose may tell the whole round of questions.
 */
function narratedSignals(input: EvidenceInput): KindSignal[] {
  let first: Sentence | undefined;
  let count = 0;
  for (const sentence of input.sentences) {
    if (!NARRATED.find(wordsOf(sentence))) continue;
    first ??= sentence;
    if (++count >= NARRATED_LINES) return [signal('dialogue', 'session', 1, first.text, first.range.start.line)];
  }
  return [];
}

/** Something was said in a session: a role spoke, questions were answered, a client asked. */
export function recordsASession(signals: readonly KindSignal[]): boolean {
  return signals.some((s) => s.family === 'dialogue');
}

export function sessionEvidence(input: EvidenceInput): KindSignal[] {
  return [
    ...stepSignals(input), ...roleSignals(input), ...wordSignals(input), ...questionSignals(input), ...requestSignals(input),
    ...narratedSignals(input),
  ];
}
