import { child, elements, toggle, val, type XmlElement } from './xml';

/** A paragraph style as Word applies it: its own name and what it inherits through `w:basedOn`. */
export interface ParagraphStyle {
  id: string;
  name: string;
  /** Outline level 0-8 (9 is body text): what puts a paragraph in Word's navigation pane. */
  outline?: number;
  /** A built-in heading the style is or is based on: Title 1, Subtitle 2, Heading N. */
  builtInHeading?: number;
  numbering?: { numId: string; level?: number };
  hidden?: boolean;
  caption: boolean;
}

interface StyleDefinition {
  id: string;
  type: string;
  name: string;
  basedOn?: string;
  pPr?: XmlElement;
  rPr?: XmlElement;
  isDefault: boolean;
}

const MAX_CHAIN = 20;

/** The styles part, resolved on demand and kept per style. */
export class Styles {
  private readonly byId = new Map<string, StyleDefinition>();
  private readonly paragraphs = new Map<string, ParagraphStyle>();
  private readonly characterHidden = new Map<string, boolean | undefined>();
  private readonly defaultParagraph: string | undefined;
  /** Hidden by the document defaults (`w:docDefaults`), as rarely as that is. */
  readonly defaultHidden: boolean | undefined;

  constructor(part: XmlElement | undefined) {
    let defaultParagraph: string | undefined;
    for (const s of part ? elements(part) : []) {
      if (s.name === 'w:docDefaults') {
        (this as { defaultHidden?: boolean }).defaultHidden = toggle(child(child(s, 'w:rPrDefault'), 'w:rPr'), 'w:vanish');
        continue;
      }
      if (s.name !== 'w:style') continue;
      const id = s.attributes['w:styleId'];
      if (!id || this.byId.has(id)) continue;
      const def: StyleDefinition = {
        id,
        type: s.attributes['w:type'] ?? 'paragraph',
        name: val(s, 'w:name') ?? id,
        basedOn: val(s, 'w:basedOn'),
        pPr: child(s, 'w:pPr'),
        rPr: child(s, 'w:rPr'),
        isDefault: /^(1|true|on)$/i.test(s.attributes['w:default'] ?? ''),
      };
      this.byId.set(id, def);
      if (def.type === 'paragraph' && def.isDefault) defaultParagraph ??= id;
    }
    this.defaultParagraph = defaultParagraph;
  }

  /** The paragraph style a paragraph has (`w:pStyle`), or the document's default paragraph style. */
  paragraph(id: string | undefined): ParagraphStyle | undefined {
    const key = id && this.byId.has(id) ? id : this.defaultParagraph;
    if (!key) return undefined;
    let style = this.paragraphs.get(key);
    if (!style) {
      style = this.resolve(key);
      this.paragraphs.set(key, style);
    }
    return style;
  }

  /** The paragraph style the reader takes for a heading of this depth (Heading N, or a style based on it), if the document has one. */
  headingStyle(depth: number): string | undefined {
    const usable = [...this.byId.values()].filter((def) => {
      const style = def.type === 'paragraph' ? this.paragraph(def.id) : undefined;
      return style?.builtInHeading === depth && !style.numbering && !style.hidden;
    });
    // Heading N itself before Title, Subtitle or a style based on a heading.
    return (usable.find((def) => new RegExp(`^heading ?${depth}$`, 'i').test(def.name) || def.id === `Heading${depth}`) ?? usable[0])?.id;
  }

  /** Whether a character style (`w:rStyle`), through its chain, hides its text; undefined when it does not say. */
  characterHides(id: string): boolean | undefined {
    if (!this.characterHidden.has(id)) {
      let hidden: boolean | undefined;
      for (const def of this.chain(id)) {
        hidden = toggle(def.rPr, 'w:vanish');
        if (hidden !== undefined) break;
      }
      this.characterHidden.set(id, hidden);
    }
    return this.characterHidden.get(id);
  }

  /** A numbering style (`w:numStyleLink`) names the numbering instance it stands for. */
  numberingOfStyle(id: string): string | undefined {
    for (const def of this.chain(id)) {
      const numId = val(child(def.pPr, 'w:numPr'), 'w:numId');
      if (numId !== undefined) return numId;
    }
    return undefined;
  }

  private resolve(id: string): ParagraphStyle {
    const chain = this.chain(id);
    const style: ParagraphStyle = { id, name: chain[0]?.name ?? id, caption: false };
    for (const def of chain) {
      const builtIn = builtInHeading(def.name, def.id);
      if (builtIn !== undefined && style.builtInHeading === undefined) style.builtInHeading = builtIn;
      if (/^caption$/i.test(def.name)) style.caption = true;
      const outline = val(def.pPr, 'w:outlineLvl');
      if (outline !== undefined && style.outline === undefined) style.outline = Number(outline);
      const numPr = child(def.pPr, 'w:numPr');
      if (numPr && !style.numbering) {
        const numId = val(numPr, 'w:numId');
        const level = val(numPr, 'w:ilvl');
        if (numId !== undefined) style.numbering = { numId, ...(level !== undefined ? { level: Number(level) } : {}) };
      }
      const hidden = toggle(def.rPr, 'w:vanish');
      if (hidden !== undefined && style.hidden === undefined) style.hidden = hidden;
    }
    return style;
  }

  /** The style and those it is based on, nearest first; a loop or a missing style ends it. */
  private chain(id: string): StyleDefinition[] {
    const out: StyleDefinition[] = [];
    const seen = new Set<string>();
    let next: string | undefined = id;
    while (next && !seen.has(next) && out.length < MAX_CHAIN) {
      seen.add(next);
      const def = this.byId.get(next);
      if (!def) break;
      out.push(def);
      next = def.basedOn;
    }
    return out;
  }
}

/** Word's built-in headings by name (any case) or id: Title, Subtitle, Heading 1-9 (Markdown has six depths). */
function builtInHeading(name: string, id: string): number | undefined {
  const n = name.toLowerCase();
  if (n === 'title') return 1;
  if (n === 'subtitle') return 2;
  const depth = /^heading ?([1-9])$/.exec(n)?.[1] ?? /^Heading([1-9])$/.exec(id)?.[1];
  return depth ? Math.min(Number(depth), 6) : undefined;
}
