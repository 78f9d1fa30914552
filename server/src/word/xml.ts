import { SaxesParser } from 'saxes';

/** An XML element of a Word part: its name with the usual prefix for its namespace ("w:p"), its attributes, its children. */
export interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

/**
 * The usual prefix of each namespace Word writes, so a part that binds `w` to something else, or writes
 * WordprocessingML under another prefix, is read by what its names mean, as Word reads them.
 */
const PREFIX_OF: Record<string, string> = {
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main': 'w',
  'http://purl.oclc.org/ooxml/wordprocessingml/main': 'w',
  'http://schemas.openxmlformats.org/officeDocument/2006/relationships': 'r',
  'http://purl.oclc.org/ooxml/officeDocument/relationships': 'r',
  'http://schemas.openxmlformats.org/package/2006/relationships': 'rel',
  'http://schemas.openxmlformats.org/package/2006/content-types': 'ct',
  'http://schemas.openxmlformats.org/markup-compatibility/2006': 'mc',
  'http://schemas.openxmlformats.org/drawingml/2006/main': 'a',
  'http://purl.oclc.org/ooxml/drawingml/main': 'a',
  'http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing': 'wp',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingShape': 'wps',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingGroup': 'wpg',
  'http://schemas.microsoft.com/office/word/2010/wordprocessingCanvas': 'wpc',
  'http://schemas.microsoft.com/office/word/2010/wordml': 'w14',
  'http://schemas.microsoft.com/office/word/2012/wordml': 'w15',
  'urn:schemas-microsoft-com:vml': 'v',
  'urn:schemas-microsoft-com:office:office': 'o',
};

/** Namespaces the XML itself declares; never renamed. */
const XML_NAMESPACES = new Set(['xmlns', 'xml']);

/**
 * Parses one part with saxes, a conformant XML parser: a part that is not well-formed XML is refused, and
 * a document type declaration (which Word never writes, and which could declare entities) is refused too.
 */
export function parseXml(text: string): XmlElement {
  const parser = new SaxesParser({ xmlns: false, position: false });
  const root: XmlElement = { name: '#root', attributes: {}, children: [] };
  const stack: XmlElement[] = [root];
  // Prefix to usual prefix, per element that declares namespaces; inherited otherwise.
  const scopes: Record<string, string>[] = [{}];
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    const scope = scopeOf(attributes, scopes[scopes.length - 1]);
    const element: XmlElement = { name: rename(tag.name, scope), attributes: renameAttributes(attributes, scope), children: [] };
    stack[stack.length - 1].children.push(element);
    if (!tag.isSelfClosing) {
      stack.push(element);
      scopes.push(scope);
    }
  });
  parser.on('closetag', (tag) => {
    if (tag.isSelfClosing) return;
    stack.pop();
    scopes.pop();
  });
  parser.on('text', (value) => {
    const parent = stack[stack.length - 1];
    if (parent !== root) parent.children.push(value);
  });
  parser.on('cdata', (value) => {
    stack[stack.length - 1].children.push(value);
  });
  run(parser, text);
  const top = root.children.find((c): c is XmlElement => typeof c !== 'string');
  if (!top) throw new XmlError('no root element');
  return top;
}

export class XmlError extends Error {}

/**
 * Feeds a part to a parser whose handlers are set: what is not well-formed is refused with the parser's
 * first line, and so is a document type declaration (Word never writes one, and it could declare entities).
 */
function run(parser: SaxesParser<{ xmlns: false; position: boolean }>, text: string): void {
  let error: Error | undefined;
  parser.on('doctype', () => {
    throw new XmlError('a document type declaration (Word never writes one)');
  });
  parser.on('error', (e) => {
    error ??= e;
  });
  try {
    parser.write(text).close();
  } catch (e) {
    throw e instanceof XmlError ? e : new XmlError(firstLine(e));
  }
  if (error) throw new XmlError(firstLine(error));
}

/** An element's start or end as met in the text: where its tag starts and ends (string indices), its name read by namespace. */
export interface XmlTag {
  /** The name with the usual prefix for its namespace ("w:p"). */
  name: string;
  /** The name as the part writes it, prefix and all (for writing a sibling the same way). */
  raw: string;
  attributes: Record<string, string>;
  start: number;
  end: number;
  selfClosing: boolean;
}

/**
 * Walks a part with saxes and says where each tag stands in the text, so a writer can insert at places the
 * parser found and leave every other character as it was. Refuses what parseXml refuses.
 */
export function walkXml(text: string, on: { open?(tag: XmlTag): void; close?(tag: XmlTag): void }): void {
  const parser = new SaxesParser({ xmlns: false, position: true });
  const scopes: Record<string, string>[] = [{}];
  const open: XmlTag[] = [];
  parser.on('opentag', (t) => {
    const attributes = t.attributes as Record<string, string>;
    const scope = scopeOf(attributes, scopes[scopes.length - 1]);
    const end = parser.position;
    const tag: XmlTag = {
      name: rename(t.name, scope),
      raw: t.name,
      attributes: renameAttributes(attributes, scope),
      start: text.lastIndexOf('<', end - 1),
      end,
      selfClosing: t.isSelfClosing,
    };
    on.open?.(tag);
    if (t.isSelfClosing) on.close?.(tag);
    else {
      open.push(tag);
      scopes.push(scope);
    }
  });
  parser.on('closetag', (t) => {
    if (t.isSelfClosing) return;
    const opened = open.pop()!;
    scopes.pop();
    const end = parser.position;
    on.close?.({ ...opened, start: text.lastIndexOf('<', end - 1), end, selfClosing: false });
  });
  run(parser, text);
}

function scopeOf(attributes: Record<string, string>, parent: Record<string, string>): Record<string, string> {
  let scope = parent;
  for (const key in attributes) {
    if (key !== 'xmlns' && !key.startsWith('xmlns:')) continue;
    if (scope === parent) scope = { ...scope };
    scope[key === 'xmlns' ? '' : key.slice(6)] = PREFIX_OF[attributes[key]] ?? `ns:${attributes[key]}`;
  }
  return scope;
}

function rename(name: string, scope: Record<string, string>): string {
  const colon = name.indexOf(':');
  const prefix = colon === -1 ? '' : name.slice(0, colon);
  const usual = scope[prefix];
  if (usual === undefined || usual === prefix) return name;
  return `${usual}:${colon === -1 ? name : name.slice(colon + 1)}`;
}

function renameAttributes(attributes: Record<string, string>, scope: Record<string, string>): Record<string, string> {
  let renamed: Record<string, string> | undefined;
  for (const key in attributes) {
    const colon = key.indexOf(':');
    if (colon === -1) continue;
    const prefix = key.slice(0, colon);
    if (XML_NAMESPACES.has(prefix)) continue;
    const usual = scope[prefix];
    if (usual === undefined || usual === prefix) continue;
    renamed ??= { ...attributes };
    delete renamed[key];
    renamed[`${usual}:${key.slice(colon + 1)}`] = attributes[key];
  }
  return renamed ?? attributes;
}

function firstLine(e: unknown): string {
  return ((e as Error).message ?? String(e)).split('\n')[0];
}

/** The element's child elements. */
export function elements(el: XmlElement): XmlElement[] {
  return el.children.filter((c): c is XmlElement => typeof c !== 'string');
}

/** The first child element of a name. */
export function child(el: XmlElement | undefined, name: string): XmlElement | undefined {
  if (!el) return undefined;
  for (const c of el.children) if (typeof c !== 'string' && c.name === name) return c;
  return undefined;
}

/** A `w:val`-style attribute of a child element (`<w:ilvl w:val="2"/>`). */
export function val(el: XmlElement | undefined, name: string, attribute = 'w:val'): string | undefined {
  return child(el, name)?.attributes[attribute];
}

/** A toggle property (`<w:b/>`, `<w:vanish w:val="0"/>`): undefined when absent, else on or off. */
export function toggle(el: XmlElement | undefined, name: string): boolean | undefined {
  const t = child(el, name);
  if (!t) return undefined;
  const v = t.attributes['w:val'];
  return v === undefined || !/^(0|false|off|none)$/i.test(v);
}

/** Every text node under an element, joined (for relationships' and comments' plain text). */
export function textOf(el: XmlNode): string {
  if (typeof el === 'string') return el;
  let out = '';
  for (const c of el.children) out += textOf(c);
  return out;
}
