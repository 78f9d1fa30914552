// mammoth's document model laid out as the HTML elements mammoth.convertToHtml would write for it
// (lib/document-to-html.js with the default style map and read.ts's options), without writing the HTML:
// the import walks the model itself, so a long document is not written out and parsed back.
import type { Note, NoteReference, Paragraph, Run, Table, TableCell, WordDocument, WordElement } from './mammothDocument';

/** An element as mammoth's HTML writer holds it: `fresh` ones never merge with a like neighbour. */
export interface HtmlElement {
  type: 'element';
  tagName: string;
  /** Other tag names a non-fresh element merges into ("ul|ol" in a list path). */
  also?: string;
  attributes: Record<string, string>;
  fresh: boolean;
  children: HtmlNode[];
}

/** `keep` is mammoth's forceWrite: it writes nothing, but keeps its element from being dropped as empty. */
export type HtmlNode = HtmlElement | { type: 'text'; value: string } | { type: 'keep' };

type Path = Omit<HtmlElement, 'type' | 'children'>[];

const KEEP: HtmlNode = { type: 'keep' };
const tag = (tagName: string, fresh: boolean, attributes: Record<string, string> = {}, also?: string) => ({
  tagName,
  fresh,
  attributes,
  ...(also ? { also } : {}),
});
const element = (t: Path[number], children: HtmlNode[]): HtmlElement => ({ type: 'element', ...t, children });
const wrap = (path: Path, children: HtmlNode[]): HtmlNode[] => path.reduceRight((inner, t) => [element(t, inner)], children);

// mammoth's default style map for paragraphs, after read.ts's Title and Subtitle. Style names compare as
// mammoth compares them, upper-cased; style ids exactly.
const HEADING_NAME = /^HEADING ([1-6])$/;
// Note and comment text styles are mapped to plain paragraphs before list numbering is looked at.
const NOTE_TEXT = new Set(['FOOTNOTE TEXT', 'ENDNOTE TEXT', 'ANNOTATION TEXT', 'FOOTNOTE', 'ENDNOTE']);

function paragraphPath(p: Paragraph): Path {
  const name = (p.styleName ?? '').toUpperCase();
  if (name === 'TITLE') return [tag('h1', true)];
  if (name === 'SUBTITLE') return [tag('h2', true)];
  // In the map's order: "p.Heading2", then "p[style-name='Heading 2']", then Apple Pages' "Heading" as id, then as name.
  const depth =
    /^Heading([1-6])$/.exec(p.styleId ?? '')?.[1] ??
    HEADING_NAME.exec(name)?.[1] ??
    (p.styleId === 'Heading' || name === 'HEADING' ? '1' : undefined);
  if (depth) return [tag(`h${depth}`, true)];
  if (NOTE_TEXT.has(name)) return [tag('p', true)];
  const level = Number(p.numbering?.level);
  if (p.numbering && Number.isInteger(level) && level >= 0 && level < 5) {
    // "p:ordered-list(3) => ul|ol > li > ul|ol > li > ol > li:fresh": outer levels join the list above.
    const path: Path = [];
    for (let i = 0; i < level; i++) path.push(tag('ul', false, {}, 'ol'), tag('li', false));
    return [...path, tag(p.numbering.isOrdered ? 'ol' : 'ul', false), tag('li', true)];
  }
  return [tag('p', true)];
}

function runPath(run: Run): Path {
  // Innermost first, as mammoth wraps them; a run styled Strong gets a strong of its own outermost.
  const path: Path = [];
  if (run.isStrikethrough) path.push(tag('s', false));
  if (run.verticalAlignment === 'subscript') path.push(tag('sub', false));
  if (run.verticalAlignment === 'superscript') path.push(tag('sup', false));
  if (run.isItalic) path.push(tag('em', false));
  if (run.isBold) path.push(tag('strong', false));
  if (run.styleName?.toUpperCase() === 'STRONG') path.push(tag('strong', false));
  return path.reverse();
}

/** Converts one document; notes are numbered in the order their references appear, as mammoth numbers them. */
export class WordHtmlWriter {
  private readonly references: NoteReference[] = [];

  document(doc: WordDocument): HtmlNode[] {
    const body = this.all(doc.children, false);
    const notes = this.references.map((r) => this.note(doc.notes.resolve(r)));
    return simplify([...body, element(tag('ol', true), notes)]);
  }

  private all(elements: WordElement[], header: boolean): HtmlNode[] {
    return elements.flatMap((e) => this.one(e, header));
  }

  private one(e: WordElement, header: boolean): HtmlNode[] {
    switch (e.type) {
      case 'paragraph':
        return wrap(paragraphPath(e), this.all(e.children, header));
      case 'run':
        return wrap(runPath(e), this.all(e.children, header));
      case 'text':
        return [{ type: 'text', value: e.value }];
      case 'tab':
        return [{ type: 'text', value: '\t' }];
      case 'hyperlink': {
        const attributes: Record<string, string> = { href: e.anchor ? `#${e.anchor}` : (e.href ?? '') };
        if (typeof e.targetFrame === 'string') attributes.target = e.targetFrame;
        return [element(tag('a', false, attributes), this.all(e.children, header))];
      }
      case 'checkbox':
        return [element(tag('input', true, e.checked ? { type: 'checkbox', checked: 'checked' } : { type: 'checkbox' }), [])];
      case 'bookmarkStart':
        return [element(tag('a', true, { id: e.name }), [KEEP])];
      case 'noteReference': {
        this.references.push(e);
        const link = tag('a', true, { href: `#${e.noteType}-${e.noteId}`, id: `${e.noteType}-ref-${e.noteId}` });
        return [element(tag('sup', true), [element(link, [{ type: 'text', value: `[${this.references.length}]` }])])];
      }
      case 'image':
        return [element(tag('img', true, e.altText ? { alt: e.altText, src: '' } : { src: '' }), [])];
      case 'table':
        return [element(tag('table', true), [KEEP, ...this.rows(e)])];
      case 'tableRow':
        return [element(tag('tr', true), [KEEP, ...this.all(e.children, header)])];
      case 'tableCell':
        return [element(tag(header ? 'th' : 'td', true, spans(e)), [KEEP, ...this.all(e.children, header)])];
      case 'break':
        return e.breakType === 'line' ? [element(tag('br', true), [])] : [];
      default:
        // Comment references are left out by mammoth's default style map; comments and notes come only through them.
        return [];
    }
  }

  /** Leading header rows go in a thead, the rest in a tbody; without header rows, the rows as they are. */
  private rows(table: Table): HtmlNode[] {
    const body = table.children.findIndex((r) => !(r as { isHeader?: boolean }).isHeader);
    const split = body === -1 ? table.children.length : body;
    if (split === 0) return this.all(table.children, false);
    return [
      element(tag('thead', true), this.all(table.children.slice(0, split), true)),
      element(tag('tbody', true), this.all(table.children.slice(split), false)),
    ];
  }

  private note(note: Note): HtmlNode {
    const back = element(tag('p', false), [
      { type: 'text', value: ' ' },
      element(tag('a', true, { href: `#${note.noteType}-ref-${note.noteId}` }), [{ type: 'text', value: '↑' }]),
    ]);
    return element(tag('li', true, { id: `${note.noteType}-${note.noteId}` }), [...this.all(note.body, false), back]);
  }
}

function spans(cell: TableCell): Record<string, string> {
  const attributes: Record<string, string> = {};
  if (cell.colSpan !== 1) attributes.colspan = String(cell.colSpan);
  if (cell.rowSpan !== 1) attributes.rowspan = String(cell.rowSpan);
  return attributes;
}

/**
 * mammoth's html/simplify.js: drop empty elements, then merge each non-fresh element into a like one before it.
 * In place: every node here was made by this writer for this document.
 */
function simplify(nodes: HtmlNode[]): HtmlNode[] {
  return collapse(removeEmpty(nodes));
}

const VOID = new Set(['br', 'hr', 'img', 'input']);

function removeEmpty(nodes: HtmlNode[]): HtmlNode[] {
  return nodes.filter((node) => {
    if (node.type === 'text') return node.value !== '';
    if (node.type === 'keep') return true;
    node.children = removeEmpty(node.children);
    return node.children.length > 0 || VOID.has(node.tagName);
  });
}

function collapse(nodes: HtmlNode[]): HtmlNode[] {
  const children: HtmlNode[] = [];
  for (const node of nodes) {
    if (node.type === 'element') node.children = collapse(node.children);
    append(children, node);
  }
  return children;
}
function append(children: HtmlNode[], child: HtmlNode): void {
  const last = children[children.length - 1];
  if (child.type === 'element' && !child.fresh && last?.type === 'element' && matches(child, last)) {
    for (const grandChild of child.children) append(last.children, grandChild);
  } else children.push(child);
}

function matches(child: HtmlElement, last: HtmlElement): boolean {
  if (last.tagName !== child.tagName && last.tagName !== child.also) return false;
  const a = Object.entries(child.attributes);
  return a.length === Object.keys(last.attributes).length && a.every(([k, v]) => last.attributes[k] === v);
}
