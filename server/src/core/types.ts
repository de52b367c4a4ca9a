// The note model and findings: plain data shared by the core, the rules, the LSP layer and the CLI.
import type { NoteLocation } from './workspace/types';

export type Language = 'fr' | 'en';
export type NoteKind = 'session' | 'meeting' | 'unknown';
export type Severity = 'error' | 'warning' | 'info' | 'hint';
export type StepNumber = 1 | 2 | 3 | 4 | 5 | 6;

/** Zero-based, like LSP. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type BlockKind = 'paragraph' | 'list-item' | 'quote' | 'table';

/** What a line label stands for: "Q" a question, "R" or "->" an answer, "Animateur" the facilitator... */
export type LabelRole = 'question' | 'answer' | 'arrow' | 'client' | 'facilitator' | 'consultant' | 'stakeholder';

/** A label opening a line: "Q :", "R/", "→", "Client :", "**Marie :**", "EB :". */
export interface LineLabel {
  /** The label as written, without its punctuation ("Q", "Marie", "→"); empty for a bare "> :". */
  label: string;
  /** Set when the lexicon knows the label; a name ("Marie") has none. */
  role?: LabelRole;
  /** The text after the label. */
  body: string;
  /** Where the body starts in the labelled text. */
  bodyOffset: number;
}

/**
 * One sentence of prose, read from the Markdown tree: a paragraph or a list item gives one or more;
 * a sentence may span hard-wrapped lines, and a line that opens with a label starts a new one.
 */
export interface Sentence {
  /** Plain text (Markdown markers removed, white space collapsed), label included. */
  text: string;
  /** The text after the label, or the whole text. */
  body: string;
  /** `normalize(body)`. */
  normalized: string;
  /** Exact source range, from the first to the last character of the sentence. */
  range: Range;
  block: BlockKind;
  /** The label of the utterance the sentence belongs to (its own, or that of an earlier sentence of the block). */
  speaker?: string;
  role?: LabelRole;
  /** True when the label is written on this sentence (it opens the utterance). */
  labelled: boolean;
  /**
   * True on a sentence that opens an entry: the first of a paragraph or list item, a labelled one,
   * or one on a line that starts anew (a bullet-like line, a line after a short one).
   */
  blockStart: boolean;
}

/** One source line of prose, with Markdown markers (bullets, quote marks, emphasis) removed. */
export interface TextLine {
  /** Plain text of the line. */
  text: string;
  /** The text after a leading "Speaker :" prefix, or the whole text. */
  body: string;
  /** "Q", "Animateur", "Client", "Consultant X"... when the line starts with one. */
  speaker?: string;
  /** What the speaker label stands for, when the lexicon knows it. */
  role?: LabelRole;
  block: BlockKind;
  /** True on the first line of a list item (each item is one entry). */
  itemStart: boolean;
  /** A reply written on its question's line: "Combien ? → Douze", or the answer cell of a table row. */
  answer?: boolean;
  /** Source range of the line's content, markers excluded. */
  range: Range;
}

export interface Heading {
  text: string;
  level: number;
  range: Range;
  /** A paragraph used as a heading ("Étape 2", "**Faits**"), not a Markdown heading. */
  pseudo: boolean;
  /** The opening of a paragraph that starts a step and stays its content ("Nadia nous a exposé…"). */
  prose?: boolean;
}

export type SectionRole =
  | 'facts'
  | 'participants'
  | 'next-steps'
  | 'decision'
  | 'situation';

export interface Section {
  heading: Heading;
  step?: StepNumber;
  role?: SectionRole;
  /** Lines directly under the heading, before any sub-heading. */
  ownLines: TextLine[];
  /** Lines of the section and all its sub-sections. */
  lines: TextLine[];
  /** Sentences of the section and all its sub-sections. */
  sentences: Sentence[];
  /** From the heading to the last line before the next heading of the same or a higher level. */
  range: Range;
}

export interface FrontMatter {
  data: Record<string, unknown>;
  range?: Range;
  /** The line of each top-level key, so a finding about one value can point at it. */
  keyRanges?: Record<string, Range>;
  /** Set when the front matter could not be read; the rest of the note is still analysed. */
  error?: string;
  /** With `error`: the block was meant as YAML (`key: value` lines), not a thematic break around prose or template code. */
  yamlLike?: boolean;
}

export type DeciderSource = 'marker' | 'front-matter' | 'decision-line' | 'statement' | 'table' | 'title' | 'other-decider';

/** How a stakeholder stands in the decision. */
export type DecisionRole = 'decides' | 'validates' | 'influences' | 'champion' | 'unknown';

/** The sentence (or list entry, table row, front matter value) that says something of a person. */
export interface Evidence {
  text: string;
  range: Range;
}

/** A person or a body the meeting note speaks of: a participant, or someone named elsewhere. */
export interface Participant {
  /** As the note names them ("Nadia Benali", "Mme Vasseur"), or a title alone ("comité d'investissement"). */
  name: string;
  /** Their title, when the note gives one ("DAF", "Head of Operations"). */
  role?: string;
  /** true: decides; false: does not; undefined: the note does not say. */
  decider?: boolean;
  deciderSource?: DeciderSource;
  /** What the note says of their part in the decision. */
  decisionRole?: DecisionRole;
  /** Marked "(valide)" / "(validates)": the decider when nobody else is said to decide. */
  validates?: boolean;
  /** The sentence that says how they stand in the decision. */
  evidence?: Evidence;
  side: 'buyer' | 'seller';
  /** true: in this meeting; false: the note says they were not; undefined: it does not say. */
  met?: boolean;
  /** A body that decides together (a committee, a board), not one person. */
  body?: boolean;
  /** Where the note first names them. */
  range: Range;
}

/** When a commitment is due: a real date when one can be read, else the delay as written. */
export interface StepDate {
  /** As written: "d'ici le 14 avril", "next quarter", "après les vacances". */
  text: string;
  /** YYYY-MM-DD, resolved against the note's date, when the text gives a day. */
  date?: string;
}

/** A next step or action item: a commitment someone made in the meeting. */
export interface NextStep {
  text: string;
  range: Range;
  /** What is to be done, without its owner, date or label. */
  action: string;
  /** The participant the step is aimed at, when the note names one or there is only one buyer. */
  target?: Participant;
  /** The target is the only buyer met, whom the step does not name ("Démo sur site bientôt"). */
  assumedTarget?: boolean;
  /** Who carries the step out, when the note says: a buyer, or the seller's side (the writer). */
  owner?: 'buyer' | 'seller';
  /** The owner as the note names them: "Karim", "Me", "Us + Kyle". */
  ownerName?: string;
  /** The step names a decider who was not in the meeting ("le N+2 de Jean", "the CFO"). */
  towardsDecider?: boolean;
  date?: StepDate;
  /** What the buyer will think about, decide or do: the step's words once times, names and follow-up words are set aside. */
  purpose?: string;
}

export interface AbsentDecider {
  /** The line or front matter value that names them. */
  text: string;
  /** Set when they are named as someone's superior ("le N+2 de Jean"): that participant's name. */
  superiorOf?: string;
}

export interface DecisionInfo {
  /** Lines that speak of who decides ("Décideur : ...", a decision-process section). */
  lines: TextLine[];
  /** A decider the note mentions who is not among the participants ("son N+2", "the CFO"). */
  absentDecider?: AbsentDecider;
  /** The note says nobody knows yet who decides ("décideur : à identifier", "Decision maker: TBD"). */
  unknown?: Evidence;
}

/** The families of evidence a note's kind is weighed from. */
export type KindFamily =
  | 'front-matter'
  | 'steps' | 'roles' | 'method-words' | 'dialogue'
  | 'sides' | 'commercial' | 'buyer-roles' | 'next-steps' | 'recap'
  | 'colleagues' | 'procedure' | 'readme' | 'retrospective' | 'adr' | 'plan' | 'playbook' | 'minutes' | 'archive' | 'crowd' | 'template';

/** One line that counted towards a kind, or against both. */
export interface KindSignal {
  family: KindFamily;
  towards: 'session' | 'meeting' | 'against';
  weight: number;
  /** The words that counted, as the note writes them. */
  text: string;
  /** Zero-based source line. */
  line: number;
}

/** Why a note is read as a session, a meeting or neither: plain data, shown on hover and by the CLI. */
export interface KindEvidence {
  kind: NoteKind;
  /** `front-matter` when `type:` decided (`type: none` opts out), else `evidence`. */
  source: 'front-matter' | 'evidence';
  /** 0 to 1: how clearly the evidence points to `kind`. */
  confidence: number;
  /** Each family's weights added up, capped per family. */
  scores: { session: number; meeting: number; against: number };
  /** The lines that counted, strongest first. */
  signals: KindSignal[];
  /** The note is mostly placeholders: a template not filled in yet. */
  draft: boolean;
}

export interface Note {
  kind: NoteKind;
  kindEvidence: KindEvidence;
  language: Language;
  frontMatter: FrontMatter;
  /** The first level-1 heading, if any. */
  title?: Heading;
  sections: Section[];
  steps: Partial<Record<StepNumber, Section>>;
  /** The people met in this meeting. */
  participants: Participant[];
  /** Everybody the note speaks of around the deal, met or not (participants included). */
  stakeholders: Participant[];
  /** Where the note says who was there: the participants heading, or an inline "Présents :" line. */
  attendeesAt?: Range;
  /** The person an e-mail recap is written to ("Bonjour Sophie,"): who "vous" and "you" are. */
  addressee?: Participant;
  nextSteps: NextStep[];
  /** Where the next steps are introduced: their heading, a "Next steps:" line, or the first step. */
  nextStepsAt?: Range;
  decision: DecisionInfo;
  /** Every prose line of the note, in order. */
  lines: TextLine[];
  /** Every sentence of the note's prose, in order (headings excluded). */
  sentences: Sentence[];
  lineCount: number;
  /** The first line nested deeper than Boussole reads (quotes or lists in hundreds of levels). */
  deepLine?: number;
}

/** What a rule reports; the registry adds the rule id, severity and documentation link. */
export interface RuleFinding {
  range: Range;
  message: string;
  /** Plain data a quick fix can be rebuilt from. */
  data?: Record<string, unknown>;
}

export interface Finding extends RuleFinding {
  rule: string;
  severity: Severity;
  /** Cross-note findings: the other notes the finding speaks of (the editor shows them as related information). */
  related?: NoteLocation[];
}
