// Hover on a stakeholder's name or role anywhere in a meeting note: role, decider or not, why, and
// whether they were in the meeting. The verdict is the one answer the rules use (core/meeting/decider).
import { decides } from '../../core/meeting/decider';
import { mentionAt } from '../../core/reading/mentions';
import type { Language } from '../../core/types';
import { DECIDER_SOURCES, PARTICIPANT_HOVER, PERSON_HISTORY } from '../../lexicon/hover';
import { escapeMarkdown } from '../markdown';
import type { HoverProvider, PersonHistory } from './part';

const QUOTE_LENGTH = 120;

/** Meetings listed on hover at most: the latest ones. */
const MAX_MEETINGS = 8;

export const participantHover: HoverProvider = ({ analysis: { model: note }, lines, history }, position) => {
  const mention = mentionAt(note, lines, position);
  if (!mention) return undefined;
  const { participant } = mention;
  const lang = note.language;
  const title = `**${escapeMarkdown(participant.name)}**${participant.role ? ` — ${escapeMarkdown(participant.role)}` : ''}`;
  const verdict = decides(participant);
  let decision: string;
  if (participant.side === 'seller') decision = PARTICIPANT_HOVER.seller[lang];
  else if (verdict === undefined) decision = PARTICIPANT_HOVER.unknown[lang];
  else {
    const words = verdict ? PARTICIPANT_HOVER.decides[lang] : PARTICIPANT_HOVER.doesNotDecide[lang];
    decision = participant.deciderSource ? `${words} — ${DECIDER_SOURCES[participant.deciderSource][lang]}` : words;
  }
  const parts = [title, decision];
  if (participant.side === 'buyer' && participant.met === false) parts.push(PARTICIPANT_HOVER.notMet[lang]);
  const said = participant.evidence?.text;
  if (said && participant.deciderSource === 'statement') {
    const short = said.length > QUOTE_LENGTH ? `${said.slice(0, QUOTE_LENGTH - 1).trimEnd()}…` : said;
    parts.push(`> ${escapeMarkdown(short)}`);
  }
  const across = participant.side === 'buyer' ? history?.(participant.name) : undefined;
  if (across && across.notes > 1) parts.push(historyMarkdown(across, lang));
  return { range: mention.range, markdown: parts.join('\n\n') };
};

/** Their part as the account's notes say, and the notes where they were met, as links to the line. */
function historyMarkdown(history: PersonHistory, lang: Language): string {
  const words = PERSON_HISTORY;
  const colon = lang === 'fr' ? '\u00a0:' : ':';
  const decision = history.decision === 'decider' ? words.decides[lang] : history.decision === 'not-decider' ? words.doesNotDecide[lang] : words.unknown[lang];
  const head = `**${words.heading[lang](history.notes)}**${colon} ${decision}`;
  if (!history.met.length) return `${head}\n\n${words.neverMet[lang]}`;
  const shown = history.met.slice(-MAX_MEETINGS);
  const links = shown.map((meeting) => `- [${escapeMarkdown(meeting.date ?? words.undated[lang])} — ${escapeMarkdown(meeting.note)}](${meeting.uri}#L${meeting.line + 1})`);
  const more = history.met.length > shown.length ? ['- …'] : [];
  return `${head}\n\n${words.met[lang]}${colon}\n\n${[...more, ...links].join('\n')}`;
}
