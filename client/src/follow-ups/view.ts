// The follow-ups view in the Explorer and the overdue count in the status bar, both fed by the
// server's `boussole/followUps` and refreshed when it says the workspace changed. What the tree
// holds is built by tree.ts; here it only becomes VS Code's TreeItems.
import {
  type Disposable, type Event, EventEmitter, type ExtensionContext, l10n, Range, StatusBarAlignment, ThemeIcon, TreeItem,
  TreeItemCollapsibleState, Uri, window,
} from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { FOLLOW_UPS_REQUEST, type FollowUpsParams, type FollowUpsResult } from '../../../server/src/lsp/protocol';
import { today } from '../today';
import { type FollowUpTree, type GroupNode, type ItemNode, followUpTree } from './tree';

export const FOLLOW_UPS_VIEW = 'boussole.followUps';

type Node = GroupNode | ItemNode;

export function registerFollowUps(context: ExtensionContext, client: LanguageClient, workspaceChanged: Event<void>): void {
  const provider = new FollowUpsProvider(client);
  const view = window.createTreeView(FOLLOW_UPS_VIEW, { treeDataProvider: provider, showCollapseAll: true });
  const status = window.createStatusBarItem('boussole.overdue', StatusBarAlignment.Left, 10);
  status.name = l10n.t('Boussole: overdue follow-ups');
  status.command = `${FOLLOW_UPS_VIEW}.focus`;
  provider.onDidLoad((tree) => {
    view.message = tree.message;
    if (tree.overdue) {
      status.text = `$(flame) ${tree.overdue === 1 ? l10n.t('1 overdue') : l10n.t('{0} overdue', tree.overdue)}`;
      status.tooltip = l10n.t('Next steps and actions past their date: open the follow-ups');
      status.show();
    } else {
      status.hide();
    }
  });
  context.subscriptions.push(
    view, status, provider,
    workspaceChanged(() => void provider.load()),
    view.onDidChangeVisibility(({ visible }) => visible && void provider.load()),
  );
  void provider.load();
}

class FollowUpsProvider implements Disposable {
  private tree: FollowUpTree = { groups: [], overdue: 0 };
  /** Only the latest request's answer is shown: an older one may arrive after it. */
  private asked = 0;
  private readonly changed = new EventEmitter<void>();
  private readonly loaded = new EventEmitter<FollowUpTree>();
  readonly onDidChangeTreeData = this.changed.event;
  readonly onDidLoad = this.loaded.event;

  constructor(private readonly client: LanguageClient) {}

  async load(): Promise<void> {
    const request = ++this.asked;
    const day = today();
    const params: FollowUpsParams = { today: day };
    let result: FollowUpsResult;
    try {
      result = await this.client.sendRequest<FollowUpsResult>(FOLLOW_UPS_REQUEST, params);
    } catch (error) {
      // A server still starting, or one without a workspace index: the view stays as it was.
      this.client.warn(`${FOLLOW_UPS_REQUEST}: ${error instanceof Error ? error.message : String(error)}`);
      return;
    }
    if (request !== this.asked) return;
    this.tree = followUpTree(result, l10n, day);
    this.changed.fire();
    this.loaded.fire(this.tree);
  }

  getChildren(node?: Node): Node[] {
    if (!node) return this.tree.groups;
    return node.kind === 'group' ? node.children : [];
  }

  getTreeItem(node: Node): TreeItem {
    if (node.kind === 'group') {
      const item = new TreeItem(node.label, node.expanded ? TreeItemCollapsibleState.Expanded : TreeItemCollapsibleState.Collapsed);
      item.id = `group:${node.group}`;
      item.description = node.description;
      item.iconPath = new ThemeIcon(node.icon);
      item.contextValue = 'group';
      return item;
    }
    const item = new TreeItem(node.label, TreeItemCollapsibleState.None);
    item.id = node.id;
    item.description = node.description;
    item.tooltip = node.tooltip;
    item.iconPath = new ThemeIcon(node.icon);
    const { start, end } = node.location.range;
    item.command = {
      command: 'vscode.open',
      title: l10n.t('Open the note at this step'),
      arguments: [Uri.parse(node.location.uri), { selection: new Range(start.line, start.character, end.line, end.character) }],
    };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
    this.loaded.dispose();
  }
}
