// The participants of a list indexed by the ways a note names them, built once per list: finding who
// a line names reads the line's words once, whatever the number of participants. The keys come from
// the names and roles alone, so they are kept by those: the lists of each keystroke are new, their
// people mostly the same.
import { type Lexicon, currentLexicon } from '../../lexicon/additions';
import { DECIDER_MARKERS, SELLER_MARKERS } from '../../lexicon/people';
import type { Participant } from '../types';
import { TextMemo } from '../reading/memo';
import { normalize } from '../reading/text';

/** What the names and roles of a list give, by position in the list. */
interface NameIndex {
  keys: string[][];
  /** Key -> the positions it names, in list order. */
  byKey: Map<string, number[]>;
  /** Every word-level prefix of a key ("jean", "jean dupont"), so a scan stops as soon as none fits. */
  prefixes: Set<string>;
}

interface PeopleIndex {
  names: NameIndex;
  /** A participant's (last) position in the list. */
  order: Map<Participant, number>;
}

const indexes = new WeakMap<readonly Participant[], PeopleIndex>();
const nameIndexes = new WeakMap<Lexicon, TextMemo<NameIndex>>();
let sellerWords: Set<string> | undefined;

function indexOf(all: readonly Participant[]): PeopleIndex {
  let index = indexes.get(all);
  if (index) return index;
  const lexicon = currentLexicon();
  let memo = nameIndexes.get(lexicon);
  if (!memo) nameIndexes.set(lexicon, memo = new TextMemo(200_000));
  const names = memo.get(signature(all), () => nameIndex(all));
  const order = new Map<Participant, number>();
  all.forEach((participant, i) => order.set(participant, i));
  index = { names, order };
  indexes.set(all, index);
  return index;
}

/** The names and roles of a list, each written with its length so no two lists read the same. */
function signature(all: readonly Participant[]): string {
  let out = '';
  for (const { name, role } of all) out += `${name.length}:${name}${role === undefined ? '-' : `${role.length}:${role}`};`;
  return out;
}

function nameIndex(all: readonly Participant[]): NameIndex {
  sellerWords ??= new Set(normalize(SELLER_MARKERS.join(' ')).split(' '));
  // How many participants carry each name word: a word two of them share names neither.
  const owners = new Map<string, number>();
  const names = all.map((p) => normalize(p.name));
  for (const name of names) for (const word of new Set(name.split(' '))) owners.set(word, (owners.get(word) ?? 0) + 1);
  // Initials count as a name word: "JMB" names Jean-Marc Bessière when nobody else has them.
  for (const name of names) if (name.includes(' ')) owners.set(` ${initials(name)}`, (owners.get(` ${initials(name)}`) ?? 0) + 1);
  const index: NameIndex = { keys: [], byKey: new Map(), prefixes: new Set() };
  all.forEach((participant, i) => {
    const keys = keysOf(participant, names[i], (word) => (owners.get(word) ?? 0) > 1);
    index.keys.push(keys);
    for (const key of keys) {
      const list = index.byKey.get(key) ?? [];
      if (!list.includes(i)) list.push(i);
      index.byKey.set(key, list);
      const words = key.split(' ');
      for (let n = 1; n <= words.length; n++) index.prefixes.add(words.slice(0, n).join(' '));
    }
  });
  return index;
}

function initials(name: string): string {
  return name.split(' ').filter(Boolean).map((word) => word[0]).join('');
}

function keysOf(participant: Participant, name: string, shared: (word: string) => boolean): string[] {
  const keys = [name];
  for (const word of name.split(' ')) {
    if (word.length >= 3 && !shared(word) && !sellerWords!.has(word)) keys.push(word);
  }
  if (name.includes(' ') && !shared(` ${initials(name)}`)) keys.push(initials(name));
  if (participant.role) {
    const role = normalize(participant.role);
    // Short roles count only when they are titles ("DAF", "CFO"), so that "IT" or "RH" never match by chance.
    const meaningful = role.length >= 4 || currentLexicon().deciderTitles.includes(role);
    if (meaningful && !DECIDER_MARKERS.yes.includes(role)) keys.push(role);
  }
  return keys.filter(Boolean);
}

/** The ways the note names `participant` among `all`: full name, a name word nobody else has, role. */
export function indexedMentionKeys(participant: Participant, all: readonly Participant[]): string[] {
  const index = indexOf(all);
  const at = index.order.get(participant);
  if (at !== undefined) return index.names.keys[at];
  const names = all.map((p) => normalize(p.name).split(' '));
  return keysOf(participant, normalize(participant.name), (word) => names.some((words, i) => all[i] !== participant && words.includes(word)));
}

/** The participants `normalized` names, in the order they are first named (ties: list order). */
export function indexedMentions(normalized: string, all: readonly Participant[]): Participant[] {
  if (!all.length || !normalized) return [];
  const { names: { byKey, prefixes }, order } = indexOf(all);
  const words = normalized.split(' ');
  const first = new Map<Participant, number>();
  for (let i = 0; i < words.length; i++) {
    let candidate = '';
    for (let j = i; j < words.length; j++) {
      candidate = j === i ? words[i] : `${candidate} ${words[j]}`;
      if (!prefixes.has(candidate)) break;
      for (const position of byKey.get(candidate) ?? []) {
        const participant = all[position];
        if (!first.has(participant)) first.set(participant, i);
      }
    }
  }
  return [...first].sort((a, b) => a[1] - b[1] || order.get(a[0])! - order.get(b[0])!).map(([participant]) => participant);
}
