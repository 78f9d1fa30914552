import { walkXml, type XmlTag } from '../xml';
import { escapeXml, type Edit } from './text';

/** A relationships part or `[Content_Types].xml`: its root and its entries' attributes. */
interface ListPart {
  root?: XmlTag;
  closeStart: number;
  entries: Record<string, string>[];
}

function scanList(text: string, entry: string): ListPart {
  const part: ListPart = { closeStart: text.length, entries: [] };
  let depth = 0;
  walkXml(text, {
    open(tag) {
      part.root ??= tag;
      if (depth === 1 && localName(tag.name) === entry) part.entries.push(tag.attributes);
      depth++;
    },
    close(tag) {
      depth--;
      if (depth === 0) part.closeStart = tag.selfClosing ? tag.end : tag.start;
    },
  });
  return part;
}

/** One element added at the end of a list part, written with the root's own prefix. */
function appended(text: string, part: ListPart, local: string, attributes: Record<string, string>): Edit {
  const root = part.root!;
  const colon = root.raw.indexOf(':');
  const name = colon === -1 ? local : `${root.raw.slice(0, colon)}:${local}`;
  const element = `<${name}${Object.entries(attributes)
    .map(([k, v]) => ` ${k}="${escapeXml(v)}"`)
    .join('')}/>`;
  if (root.selfClosing) {
    const slash = text.lastIndexOf('/', root.end - 1);
    return { start: slash, end: root.end, text: `>${element}</${root.raw}>` };
  }
  return { start: part.closeStart, end: part.closeStart, text: element };
}

export interface Relationships {
  list: { id: string; type: string; target: string; external: boolean }[];
  /** Adds a relationship with an id no other one has. */
  add(type: string, target: string): Edit;
}

export function relationships(text: string): Relationships {
  const part = scanList(text, 'Relationship');
  const list = part.entries.map((a) => ({
    id: a.Id ?? '',
    type: a.Type ?? '',
    target: a.Target ?? '',
    external: a.TargetMode === 'External',
  }));
  return {
    list,
    add(type, target) {
      const used = new Set(list.map((r) => r.id));
      let n = list.length + 1;
      while (used.has(`rId${n}`)) n++;
      return appended(text, part, 'Relationship', { Id: `rId${n}`, Type: type, Target: target });
    },
  };
}

/** `[Content_Types].xml`: adds an Override for a part that has none. */
export function declarePart(text: string, partName: string, contentType: string): Edit | undefined {
  const part = scanList(text, 'Override');
  const name = `/${partName}`.toLowerCase();
  if (part.entries.some((a) => (a.PartName ?? '').toLowerCase() === name)) return undefined;
  return appended(text, part, 'Override', { PartName: `/${partName}`, ContentType: contentType });
}

/** `[Content_Types].xml`: adds a Default for an extension that has none (`rels`, when a relationships part is new). */
export function declareExtension(text: string, extension: string, contentType: string): Edit | undefined {
  const part = scanList(text, 'Default');
  if (part.entries.some((a) => (a.Extension ?? '').toLowerCase() === extension)) return undefined;
  return appended(text, part, 'Default', { Extension: extension, ContentType: contentType });
}

function localName(name: string): string {
  return name.slice(name.indexOf(':') + 1);
}
