// Hover on a participant's name or role anywhere in a meeting note: role, decider or not, and why.
import { decides } from '../../core/meeting/decider';
import { mentionAt } from '../../core/reading/mentions';
import { DECIDER_SOURCES, PARTICIPANT_HOVER } from '../../lexicon/hover';
import { escapeMarkdown } from '../markdown';
import type { HoverProvider } from './part';

export const participantHover: HoverProvider = ({ analysis: { model: note }, lines }, position) => {
  const mention = mentionAt(note, lines, position);
  if (!mention) return undefined;
  const { participant } = mention;
  const lang = note.language;
  const title = `**${escapeMarkdown(participant.name)}**${participant.role ? ` — ${escapeMarkdown(participant.role)}` : ''}`;
  let decision: string;
  const verdict = decides(participant);
  if (participant.side === 'seller') decision = PARTICIPANT_HOVER.seller[lang];
  else if (verdict === undefined) decision = PARTICIPANT_HOVER.unknown[lang];
  else {
    const verdict = decides(participant) ? PARTICIPANT_HOVER.decides[lang] : PARTICIPANT_HOVER.doesNotDecide[lang];
    decision = participant.deciderSource ? `${verdict} — ${DECIDER_SOURCES[participant.deciderSource][lang]}` : verdict;
  }
  return { range: mention.range, markdown: `${title}\n\n${decision}` };
};
