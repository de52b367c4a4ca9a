import { DECIDER_SEARCH } from '../lexicon/meeting';
import { whoDecides } from '../core/meeting/decider';
import { dealLine } from '../core/meeting/meeting';
import { namesADecider } from '../core/meeting/next-steps';
import { openChecklistLines } from '../core/meeting/open-items';
import { hasAnyPhrase, normalize } from '../core/reading/text';
import { type Rule, quote, say, titleRange } from './rule';

export const noDeciderIdentified: Rule = {
  id: 'no-decider-identified',
  defaultSeverity: 'warning',
  kinds: ['meeting'],
  summary: {
    fr: 'La note parle de proposition, de budget ou de signature sans dire qui prend la décision finale.',
    en: 'The note speaks of a proposal, budget or signature without saying who makes the final decision.',
  },
  check(note) {
    if (whoDecides(note).known) return [];
    const deal = dealLine(note);
    if (!deal) return [];
    // A next step that sets out to find or meet the decider: the note knows the question is open.
    if (note.nextSteps.some((step) => step.towardsDecider || hasAnyPhrase(normalize(step.text), DECIDER_SEARCH))) return [];
    // So does a step carried over unticked from the note before.
    if (openChecklistLines(note).some((line) => namesADecider(line.text))) return [];
    const excluded = note.stakeholders.filter((p) => p.side === 'buyer' && p.decider === false).map((p) => p.name);
    return [{
      range: note.attendeesAt ?? note.sections.find((s) => s.role === 'participants' || s.role === 'decision')?.heading.range ?? titleRange(note),
      message: say(note.language, {
        fr: `Qui prend la décision finale ? La note parle d’affaire (« ${quote(deal.text, 50)} ») mais ne le dit pas${excluded.length ? ` (${excluded.join(', ')} ne décide pas)` : ''}. Marquez le décideur « (décideur) » ou ajoutez une ligne « Décideur : … » ; si vous ne savez pas, faites-en la prochaine étape.`,
        en: `Who makes the final decision? The note speaks of a deal ("${quote(deal.text, 50)}") but does not say${excluded.length ? ` (${excluded.join(', ')} does not decide)` : ''}. Mark the decider "(decider)" or add a "Decision maker: ..." line; if you do not know, make finding out the next step.`,
      }),
      data: { notDeciding: excluded },
    }];
  },
};
