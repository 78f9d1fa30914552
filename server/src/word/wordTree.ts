// mammoth's HTML elements as the hast tree an HTML parser builds from their written form, without the
// writing and parsing: adjacent text joins, CR line ends become LF, rows outside a row group get a tbody.
import type { Element, ElementContent, Properties, Root } from 'hast';
import type { HtmlElement, HtmlNode } from './wordHtml';

/** Thrown for markup a parser would rearrange (a link inside a link); the caller then parses mammoth's HTML. */
export class RearrangedMarkup extends Error {}

export function toHast(nodes: HtmlNode[]): Root {
  return { type: 'root', children: children(nodes, false) };
}

function children(nodes: HtmlNode[], inLink: boolean): ElementContent[] {
  const out: ElementContent[] = [];
  for (const node of nodes) {
    if (node.type === 'keep') continue;
    if (node.type === 'text') {
      const value = lf(node.value);
      const last = out[out.length - 1];
      if (last?.type === 'text') last.value += value;
      else out.push({ type: 'text', value });
    } else out.push(element(node, inLink));
  }
  return out;
}

function element(node: HtmlElement, inLink: boolean): Element {
  if (node.tagName === 'a' && inLink) throw new RearrangedMarkup('a link inside a link');
  let kids = children(node.children, inLink || node.tagName === 'a');
  const parts = TABLE_PARTS[node.tagName];
  if (parts && !kids.every((k) => k.type === 'element' && parts.includes(k.tagName)))
    throw new RearrangedMarkup(`something other than ${parts.join(' or ')} in a ${node.tagName}`);
  // The parser puts rows straight under a table into a tbody.
  if (node.tagName === 'table' && kids.some((k) => k.type === 'element' && k.tagName === 'tr')) {
    if (!kids.every((k) => k.type === 'element' && k.tagName === 'tr')) throw new RearrangedMarkup('rows beside row groups');
    kids = [{ type: 'element', tagName: 'tbody', properties: {}, children: kids }];
  }
  return { type: 'element', tagName: node.tagName, properties: properties(node.attributes), children: kids };
}

// What may stand in each part of a table; the parser moves anything else out of it.
const TABLE_PARTS: Partial<Record<string, string[]>> = {
  table: ['tr', 'thead', 'tbody'],
  thead: ['tr'],
  tbody: ['tr'],
  tr: ['td', 'th'],
};

function properties(attributes: Record<string, string>): Properties {
  const props: Properties = {};
  for (const [key, raw] of Object.entries(attributes)) {
    const value = lf(raw);
    if (key === 'colspan') props.colSpan = Number(value);
    else if (key === 'rowspan') props.rowSpan = Number(value);
    else if (key === 'checked') props.checked = true;
    else props[key] = value;
  }
  return props;
}

function lf(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}
