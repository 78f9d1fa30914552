import type { Nodes } from 'mdast';

/**
 * A node's text as a reader reads it: mdast-util-to-string's, except that a hard line break ("text\" at a
 * line's end, or a Word line break imported as one) parts the words it stands between. To-string drops it,
 * so "We monitor systems" over "and back up data" would read "systemsand".
 */
export function textOf(node: Nodes): string {
  if (node.type === 'break') return '\n';
  if (node.type === 'image') return node.alt ?? '';
  if ('value' in node) return node.value;
  if ('children' in node) {
    let text = '';
    for (const child of node.children) text += textOf(child as Nodes);
    return text;
  }
  return '';
}
