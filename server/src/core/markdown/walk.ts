// The one walk over a chunk's block structure, shared by the blocks and the sentences: containers
// (quotes, lists, items) are entered with an explicit stack, so no depth the note sets can overflow
// the call stack; every other node is handed over in document order with the block it sits in.
import type { Nodes, Root } from 'mdast';
import type { BlockKind } from '../types';

export type BlockVisitor = (node: Nodes, block: BlockKind | undefined, itemStart: boolean) => void;

export function forEachBlock(tree: Root, visit: BlockVisitor): void {
  const pending: { node: Nodes; block: BlockKind | undefined; itemStart: boolean }[] = [{ node: tree, block: undefined, itemStart: false }];
  for (let item = pending.pop(); item; item = pending.pop()) {
    const { node, block, itemStart } = item;
    const children = containerChildren(node, block, itemStart);
    if (!children) {
      visit(node, block, itemStart);
      continue;
    }
    for (let i = children.length - 1; i >= 0; i--) pending.push(children[i]);
  }
}

function containerChildren(node: Nodes, block: BlockKind | undefined, itemStart: boolean) {
  switch (node.type) {
    case 'root':
      return node.children.map((child) => ({ node: child as Nodes, block, itemStart: false }));
    case 'blockquote':
      return node.children.map((child) => ({ node: child as Nodes, block: block === 'list-item' ? block : 'quote' as BlockKind, itemStart: false }));
    case 'list':
      return node.children.map((child) => ({ node: child as Nodes, block: 'list-item' as BlockKind, itemStart: true }));
    case 'listItem':
      return node.children.map((child, index) => ({ node: child as Nodes, block: 'list-item' as BlockKind, itemStart: itemStart && index === 0 }));
    default:
      return undefined;
  }
}
