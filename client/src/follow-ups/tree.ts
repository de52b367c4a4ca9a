// The follow-ups view as plain data: the server's open commitments, grouped overdue / this week /
// later / undated, each with its account, due date and flags. No VS Code here, so it is tested alone.
import type { FollowUpEntry, FollowUpFlag, FollowUpsResult, NoteLocation } from '../../../server/src/lsp/protocol';
import type { Localiser } from '../localiser';

export type FollowUpGroup = 'overdue' | 'thisWeek' | 'later' | 'undated';

export interface GroupNode {
  kind: 'group';
  group: FollowUpGroup;
  label: string;
  /** How many commitments it holds. */
  description: string;
  icon: string;
  /** Overdue and this week open at first; later and undated wait to be opened. */
  expanded: boolean;
  children: ItemNode[];
}

export interface ItemNode {
  kind: 'item';
  /** Stable across refreshes, so the tree keeps what was expanded or selected. */
  id: string;
  label: string;
  /** Account, due date and flags, after the text. */
  description: string;
  tooltip: string;
  icon: string;
  /** Where a click takes the editor. */
  location: NoteLocation;
}

export interface FollowUpTree {
  groups: GroupNode[];
  overdue: number;
  /** Said above the tree: the index is still being read, or there is nothing to follow. */
  message?: string;
}

const ORDER: readonly FollowUpGroup[] = ['overdue', 'thisWeek', 'later', 'undated'];
const GROUP_ICONS: Record<FollowUpGroup, string> = { overdue: 'flame', thisWeek: 'calendar', later: 'history', undated: 'question' };

export function followUpTree(result: FollowUpsResult, l10n: Localiser, today?: string): FollowUpTree {
  const labels: Record<FollowUpGroup, string> = {
    overdue: l10n.t('Overdue'),
    thisWeek: l10n.t('This week'),
    later: l10n.t('Later'),
    undated: l10n.t('No date'),
  };
  const groups = ORDER.filter((group) => result[group].length).map((group): GroupNode => ({
    kind: 'group',
    group,
    label: labels[group],
    description: String(result[group].length),
    icon: GROUP_ICONS[group],
    expanded: group === 'overdue' || group === 'thisWeek',
    children: result[group].map((entry) => itemNode(entry, group, l10n, today)),
  }));
  const total = groups.reduce((sum, group) => sum + group.children.length, 0);
  const message = result.off
    ? l10n.t('The workspace index is off (boussole.workspace.index): no follow-ups are listed.')
    : !result.complete
    ? l10n.t('Reading the workspace’s notes… the list may be incomplete.')
    : total === 0 ? l10n.t('No open next step or action in the workspace’s notes.') : undefined;
  return { groups, overdue: result.overdue.length, ...(message ? { message } : {}) };
}

function itemNode(entry: FollowUpEntry, group: FollowUpGroup, l10n: Localiser, today?: string): ItemNode {
  const flags = entry.flags.map((flag) => flagLabel(flag, l10n));
  const due = entry.due ? dueLabel(entry.due, group, l10n, today) : undefined;
  const description = [entry.account, due, ...flags].filter(Boolean).join(' · ');
  const tooltip = [
    entry.text,
    [entry.account, entry.note].filter(Boolean).join(' — '),
    entry.due ? l10n.t('Due {0}', entry.due) : l10n.t('No due date'),
    ...flags.map((flag) => `⚑ ${flag}`),
  ].join('\n');
  const { uri, range } = entry.location;
  return {
    kind: 'item',
    id: `${group}:${uri}:${range.start.line}:${range.start.character}`,
    label: entry.text,
    description,
    tooltip,
    icon: entry.flags.length ? 'warning' : group === 'overdue' ? 'clock' : 'circle-large-outline',
    location: entry.location,
  };
}

function flagLabel(flag: FollowUpFlag, l10n: Localiser): string {
  switch (flag) {
    case 'non-decider':
      return l10n.t('aimed at a non-decider');
    case 'no-purpose':
      return l10n.t('no purpose');
    case 'seller-only':
      return l10n.t('seller-only');
  }
}

/** "3 days late" for an overdue step when today is known, else its date. */
function dueLabel(due: string, group: FollowUpGroup, l10n: Localiser, today?: string): string {
  if (group !== 'overdue' || !today) return due;
  const days = Math.round((Date.parse(today) - Date.parse(due)) / 86_400_000);
  return days === 1 ? l10n.t('1 day late') : l10n.t('{0} days late', days);
}
