// Hover on a stakeholder's name or role anywhere in a meeting note: role, decider or not, why, and
// whether they were in the meeting. The verdict is the one answer the rules use (core/meeting/decider).
import { decides } from '../../core/meeting/decider';
import { mentionAt } from '../../core/reading/mentions';
import { DECIDER_SOURCES, PARTICIPANT_HOVER } from '../../lexicon/hover';
import { escapeMarkdown } from '../markdown';
import type { HoverProvider } from './part';

const QUOTE_LENGTH = 120;

export const participantHover: HoverProvider = ({ analysis: { model: note }, lines }, position) => {
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
  return { range: mention.range, markdown: parts.join('\n\n') };
};
