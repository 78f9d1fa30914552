import type { PhrasingContent } from 'mdast';
import { WORD_LIMITS } from './limits';
import type {
  ReadingNote,
  TrackedChange,
  WordBlock,
  WordCell,
  WordComment,
  WordParagraph,
  WordReading,
  WordRow,
  WordTable,
  XmlPlace,
} from './model';
import { DEMARC_AUTHOR } from './model';
import { Numbering } from './numbering';
import type { Relationship, WordPackage } from './package';
import { quote } from './locate';
import { layRow, type WrittenCell } from './grid';
import { Styles } from './styles';
import { child, elements, textOf, toggle, val, type XmlElement } from './xml';

/**
 * Namespaces (by the prefix Word gives them) whose alternate content Word 2016 and later shows and Demarc
 * reads: WordprocessingML and drawing extensions whose text is ordinary paragraphs and runs.
 */
const READABLE_CHOICES = new Set([
  'w14',
  'w15',
  'w16',
  'w16se',
  'w16cid',
  'w16cex',
  'w16sdtdh',
  'w16du',
  'wps',
  'wpg',
  'wpc',
  'wpi',
  'wp14',
  'a14',
  'v',
  'o',
  'w10',
  'm',
]);

/** Glyphs of the symbol fonts Word draws check marks and boxes with (`w:sym`). */
const SYMBOLS: Record<string, string> = {
  FC: '✓',
  FB: '✗',
  FD: '☒',
  FE: '☑',
  A8: '☐',
  '6F': '☐',
  '78': '☒',
  B7: '•',
  A7: '▪',
  '9F': '•',
};

interface Piece {
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
  link?: string;
  lineBreak?: boolean;
}

interface Field {
  /** Before `separate` the field's code is being read, which Word does not show. */
  code: boolean;
  instruction: string;
}

/** What one paragraph's runs leave while they are walked. */
interface Runs {
  pieces: Piece[];
  changes: TrackedChange[];
  comments: WordComment[];
  notes: ReadingNote[];
  hidden: string[];
  pictures: number;
  /** Paragraphs of text boxes anchored in this one, read after it. */
  boxes: WordBlock[];
  fields: Field[];
  caption: boolean;
  styleHidden: boolean | undefined;
}

interface RunMarks {
  bold: boolean;
  italic: boolean;
  strike: boolean;
  link?: string;
  change?: TrackedChange;
  deleted?: boolean;
  /** Inside Demarc's own deletion: read as the text it still is. */
  undeleted?: boolean;
}

const PLAIN: RunMarks = { bold: false, italic: false, strike: false };

/**
 * Reads the main document part into blocks as Word shows them: hidden text left out, the alternate
 * content Word renders, tracked changes as they stand in Word's default view (insertions shown,
 * deletions not) with their authors, list numbers as Word draws them, headings by style and outline
 * level, tables on their grid, comments on the paragraph or row they are anchored on.
 */
export function readWord(pkg: WordPackage): WordReading {
  const styles = new Styles(pkg.byType.get('styles')?.[0]);
  const reader = new Reader(pkg, styles, new Numbering(pkg.byType.get('numbering')?.[0], styles));
  const body = child(pkg.main, 'w:body');
  const blocks = body ? reader.blocks(body) : [];
  const notes = reader.footnotes();
  const documentNotes: ReadingNote[] = [...reader.documentNotes];
  const headers = [...(pkg.byType.get('header') ?? []), ...(pkg.byType.get('footer') ?? [])].filter(
    (part) => visibleText(part).trim() !== '',
  );
  if (headers.length > 0)
    documentNotes.push({
      message: `${headers.length} page header(s) or footer(s) with text were not imported; check they state no terms`,
      severity: 'info',
    });
  return { blocks, notes, documentNotes };
}

class Reader {
  private p = 0;
  private tbl = 0;
  private readonly comments = new Map<string, WordComment>();
  private readonly noteParts = new Map<string, XmlElement>();
  private readonly noteOrder: { kind: 'footnote' | 'endnote'; id: string; number: number }[] = [];
  /** Comments opened between blocks, anchored on the next paragraph or row. */
  private pendingComments: WordComment[] = [];
  readonly documentNotes: ReadingNote[] = [];

  constructor(
    private readonly pkg: WordPackage,
    private readonly styles: Styles,
    private readonly numbering: Numbering,
  ) {
    for (const part of pkg.byType.get('comments') ?? [])
      for (const c of elements(part)) {
        // Demarc's own comments are its findings, not the document's: a lint of a reviewed copy reads past them.
        if (c.name !== 'w:comment' || c.attributes['w:author'] === DEMARC_AUTHOR) continue;
        const id = c.attributes['w:id'] ?? '';
        this.comments.set(id, {
          id,
          author: c.attributes['w:author'] ?? 'unknown author',
          ...(c.attributes['w:initials'] ? { initials: c.attributes['w:initials'] } : {}),
          ...(c.attributes['w:date'] ? { date: c.attributes['w:date'] } : {}),
          text: paragraphsText(c),
        });
      }
    for (const kind of ['footnotes', 'endnotes'])
      for (const part of pkg.byType.get(kind) ?? [])
        for (const n of elements(part)) if (n.attributes['w:id'] !== undefined) this.noteParts.set(`${n.name}:${n.attributes['w:id']}`, n);
  }

  blocks(container: XmlElement): WordBlock[] {
    const out: WordBlock[] = [];
    for (const el of elements(container)) this.block(el, out);
    return out;
  }

  private block(el: XmlElement, out: WordBlock[]): void {
    switch (el.name) {
      case 'w:p':
        // A paragraph Demarc proposed (`demarc review --suggest`) is not the document's text until accepted.
        if (!byDemarc(child(child(child(el, 'w:pPr'), 'w:rPr'), 'w:ins'))) out.push(...this.paragraph(el));
        return;
      case 'w:tbl':
        if (!demarcTable(el)) out.push(this.table(el));
        return;
      case 'w:sdt':
        for (const c of elements(child(el, 'w:sdtContent') ?? emptyElement)) this.block(c, out);
        return;
      case 'w:customXml':
      case 'w:smartTag':
      case 'w:ins':
      case 'w:moveTo':
        for (const c of elements(el)) this.block(c, out);
        return;
      case 'mc:AlternateContent': {
        const read: WordBlock[] = [];
        const note = this.alternate(el, (chosen) => {
          for (const c of elements(chosen)) this.block(c, read);
        });
        if (note) {
          const first = read[0];
          if (!first) this.documentNotes.push(note);
          else if (first.type === 'paragraph') first.notes.push(note);
          else first.rows[0]?.notes.push(note);
        }
        out.push(...read);
        return;
      }
      case 'w:altChunk':
        out.push(this.chunk(el));
        return;
      case 'w:commentRangeStart': {
        const comment = this.comments.get(el.attributes['w:id'] ?? '');
        if (comment) this.pendingComments.push(comment);
        return;
      }
      default:
        // Deleted or moved-away content, section properties, bookmarks: not shown, but counted.
        this.skip(el);
    }
  }

  /** Embedded content (HTML, RTF, another document) that Word renders in place: not read, and said so as a warning. */
  private chunk(el: XmlElement): WordParagraph {
    const id = el.attributes['r:id'] ?? '';
    const chunk = this.pkg.chunks.get(id);
    const kind = chunk ? describeChunk(chunk.contentType, chunk.name) : 'embedded content';
    return {
      ...emptyParagraph({}),
      placeholder: kind,
      text: kind,
      notes: [
        {
          message: `${kind} that Word shows here (w:altChunk) was not read; check what it says, since findings about what the document lacks may be wrong`,
          severity: 'warning',
        },
      ],
    };
  }

  /**
   * `mc:AlternateContent`: the first Choice whose namespaces Word 2016 and Demarc both read, else the
   * Fallback. A note when the versions differ: info when the Choice was read (as Word shows it), a
   * warning when only the Fallback could be.
   */
  private alternate(el: XmlElement, read: (chosen: XmlElement) => void): ReadingNote | undefined {
    const choices = elements(el).filter((c) => c.name === 'mc:Choice');
    const fallback = child(el, 'mc:Fallback');
    const chosen = choices.find((c) => (c.attributes.Requires ?? '').split(/\s+/).every((p) => p === '' || READABLE_CHOICES.has(p)));
    for (const c of elements(el)) {
      if (c === (chosen ?? fallback)) read(c);
      else this.skip(c);
    }
    const shown = flat(visibleText(chosen ?? fallback ?? emptyElement));
    const others = [...choices, ...(fallback ? [fallback] : [])].filter((c) => c !== (chosen ?? fallback));
    const differing = others.find((c) => flat(visibleText(c)) !== shown);
    if (!differing) return undefined;
    if (chosen)
      return {
        message: `alternate content: read the version Word shows ('${quote(shown)}'), not its fallback for older programs ('${quote(flat(visibleText(differing)))}')`,
        severity: 'info',
      };
    return {
      message: `alternate content: Word may show a version Demarc cannot read (it needs ${differing.attributes.Requires ?? 'another program'}); read the fallback ('${quote(shown)}'); check what Word shows here`,
      severity: 'warning',
    };
  }

  /** A paragraph, and after it the paragraphs of text boxes anchored in it. */
  private paragraph(el: XmlElement): WordBlock[] {
    const at: XmlPlace = { p: this.p++ };
    const pPr = child(el, 'w:pPr');
    const styleId = val(pPr, 'w:pStyle');
    const style = this.styles.paragraph(styleId);
    const runs: Runs = {
      pieces: [],
      changes: [],
      comments: this.pendingComments,
      notes: [],
      hidden: [],
      pictures: 0,
      boxes: [],
      fields: [],
      caption: style?.caption ?? false,
      styleHidden: style?.hidden,
    };
    this.pendingComments = [];
    this.inline(el, runs, PLAIN);
    const numPr = child(pPr, 'w:numPr');
    const numId = val(numPr, 'w:numId') ?? style?.numbering?.numId;
    const ilvlText = val(numPr, 'w:ilvl');
    const ilvl = ilvlText !== undefined ? Number(ilvlText) : numPr && val(numPr, 'w:numId') !== undefined ? 0 : style?.numbering?.level;
    const label = numId === undefined ? undefined : this.numbering.next(numId, ilvl, style?.id);
    const content = phrasing(runs.pieces);
    const own = flat(runs.pieces.map((p) => (p.lineBreak ? ' ' : p.text)).join(''));
    const text = label?.text ? `${label.text} ${own}`.trim() : own;
    if (runs.hidden.some((h) => h.trim() !== ''))
      runs.notes.push({
        message: `hidden text '${quote(runs.hidden.join(''))}' (Word does not show it) was read as absent`,
        severity: 'info',
      });
    const paragraph: WordParagraph = {
      type: 'paragraph',
      at,
      ...(style ? { style: style.name } : {}),
      content,
      text,
      pictures: runs.pictures,
      caption: runs.caption,
      changes: runs.changes,
      comments: runs.comments,
      notes: runs.notes,
    };
    if (label) paragraph.number = { text: label.text, bullet: label.bullet, level: label.level, value: label.number, plain: label.plain };
    const ind = child(pPr, 'w:ind');
    const left = Number(ind?.attributes['w:left'] ?? ind?.attributes['w:start'] ?? (/^List Continue/i.test(style?.name ?? '') ? 720 : 0));
    if (left > 0) paragraph.indent = left;
    const outlineText = val(pPr, 'w:outlineLvl');
    const outline = outlineText !== undefined ? Number(outlineText) : style?.outline;
    if (style?.builtInHeading !== undefined) paragraph.heading = style.builtInHeading;
    else if (outline !== undefined && outline >= 0 && outline < 9 && !label?.bullet && headingLike(own))
      paragraph.heading = Math.min(outline + 1, 6);
    return [paragraph, ...runs.boxes];
  }

  private inline(el: XmlElement, runs: Runs, marks: RunMarks): void {
    for (const c of elements(el)) {
      switch (c.name) {
        case 'w:pPr':
          break;
        case 'w:r':
          this.run(c, runs, marks);
          break;
        case 'w:hyperlink': {
          const rel = this.pkg.rels.get(c.attributes['r:id'] ?? '');
          this.inline(c, runs, { ...marks, link: rel?.external ? linkOf(rel) : undefined });
          break;
        }
        case 'w:ins':
        case 'w:moveTo': {
          if (byDemarc(c)) break;
          const change = trackedChange(c, 'insertion');
          runs.changes.push(change);
          this.inline(c, runs, { ...marks, change });
          break;
        }
        case 'w:del':
        case 'w:moveFrom': {
          if (byDemarc(c)) {
            this.inline(c, runs, { ...marks, undeleted: true });
            break;
          }
          const change = trackedChange(c, 'deletion');
          runs.changes.push(change);
          this.inline(c, runs, { ...marks, change, deleted: true });
          break;
        }
        case 'w:smartTag':
        case 'w:customXml':
        case 'w:dir':
        case 'w:bdo':
          this.inline(c, runs, marks);
          break;
        case 'w:sdt':
          this.inline(child(c, 'w:sdtContent') ?? emptyElement, runs, marks);
          break;
        case 'w:fldSimple':
          if (/^\s*SEQ\b/i.test(c.attributes['w:instr'] ?? '')) runs.caption = true;
          this.inline(c, runs, marks);
          break;
        case 'mc:AlternateContent': {
          const note = this.alternate(c, (chosen) => this.inline(chosen, runs, marks));
          if (note) runs.notes.push(note);
          break;
        }
        case 'w:commentRangeStart': {
          const comment = this.comments.get(c.attributes['w:id'] ?? '');
          if (comment) runs.comments.push(comment);
          break;
        }
        case 'm:oMathPara':
        case 'm:oMath':
          this.emit(runs, marks, mathText(c));
          break;
        default:
          this.skip(c);
      }
    }
  }

  private run(r: XmlElement, runs: Runs, marks: RunMarks): void {
    const rPr = child(r, 'w:rPr');
    const rStyle = val(rPr, 'w:rStyle');
    const hidden =
      (toggle(rPr, 'w:vanish') ??
        (rStyle ? this.styles.characterHides(rStyle) : undefined) ??
        runs.styleHidden ??
        this.styles.defaultHidden) === true;
    const own: RunMarks = {
      ...marks,
      bold: toggle(rPr, 'w:b') ?? (rStyle !== undefined && /^strong$/i.test(rStyle)),
      italic: toggle(rPr, 'w:i') ?? false,
      strike: (toggle(rPr, 'w:strike') ?? false) || (toggle(rPr, 'w:dstrike') ?? false),
    };
    for (const c of elements(r)) {
      switch (c.name) {
        case 'w:t':
          this.text(runs, own, textOf(c), hidden);
          break;
        case 'w:delText':
          if (own.undeleted) this.text(runs, own, textOf(c), hidden);
          else if (own.change) own.change.text += textOf(c);
          break;
        case 'w:tab':
        case 'w:ptab':
          this.text(runs, own, '\t', hidden);
          break;
        case 'w:br':
        case 'w:cr':
          if (c.attributes['w:type'] === 'page' || c.attributes['w:type'] === 'column') break;
          if (!hidden && !own.deleted && !this.inFieldCode(runs)) runs.pieces.push({ ...pieceOf(own, ''), lineBreak: true });
          break;
        case 'w:noBreakHyphen':
          this.text(runs, own, '-', hidden);
          break;
        case 'w:sym':
          this.text(runs, own, symbol(c), hidden);
          break;
        case 'w:fldChar':
          this.fieldChar(c, runs, own, hidden);
          break;
        case 'w:instrText': {
          const field = runs.fields[runs.fields.length - 1];
          if (field?.code) field.instruction += textOf(c);
          if (field && /^\s*SEQ\b/i.test(field.instruction)) runs.caption = true;
          break;
        }
        case 'w:drawing':
        case 'w:pict':
        case 'w:object':
          this.drawing(c, runs, hidden || own.deleted === true);
          break;
        case 'mc:AlternateContent': {
          const note = this.alternate(c, (chosen) =>
            this.run({ ...r, children: [...(rPr ? [rPr] : []), ...chosen.children] }, runs, marks),
          );
          if (note) runs.notes.push(note);
          break;
        }
        case 'w:footnoteReference':
        case 'w:endnoteReference': {
          if (hidden || own.deleted) break;
          const kind = c.name === 'w:footnoteReference' ? 'footnote' : 'endnote';
          const number = this.noteOrder.length + 1;
          this.noteOrder.push({ kind, id: c.attributes['w:id'] ?? '', number });
          this.text(runs, own, `[${number}]`, false);
          break;
        }
        case 'w:ruby':
          for (const base of elements(child(c, 'w:rubyBase') ?? emptyElement)) if (base.name === 'w:r') this.run(base, runs, marks);
          break;
        default:
          this.skip(c);
      }
    }
  }

  private text(runs: Runs, marks: RunMarks, text: string, hidden: boolean): void {
    if (text === '' || this.inFieldCode(runs)) return;
    if (marks.deleted) {
      if (marks.change) marks.change.text += text;
      return;
    }
    if (hidden) {
      runs.hidden.push(text);
      return;
    }
    if (marks.change) marks.change.text += text;
    this.emit(runs, marks, text);
  }

  private emit(runs: Runs, marks: RunMarks, text: string): void {
    if (text !== '') runs.pieces.push(pieceOf(marks, text));
  }

  private inFieldCode(runs: Runs): boolean {
    return runs.fields.some((f) => f.code);
  }

  /** Complex fields: the code (between begin and separate) is not shown, the result is; a form check box shows its state. */
  private fieldChar(c: XmlElement, runs: Runs, marks: RunMarks, hidden: boolean): void {
    const type = c.attributes['w:fldCharType'];
    if (type === 'begin') {
      const box = child(child(c, 'w:ffData'), 'w:checkBox');
      if (box && !this.inFieldCode(runs)) {
        const checked = toggle(box, 'w:checked') ?? toggle(box, 'w:default') ?? false;
        this.text(runs, marks, checked ? '☒' : '☐', hidden);
      }
      runs.fields.push({ code: true, instruction: '' });
    } else if (type === 'separate') {
      const field = runs.fields[runs.fields.length - 1];
      if (field) field.code = false;
    } else if (type === 'end') runs.fields.pop();
  }

  /** A picture is counted (never decoded); a text box's paragraphs are read after the paragraph that anchors it. */
  private drawing(el: XmlElement, runs: Runs, hidden: boolean): void {
    const visit = (node: XmlElement) => {
      for (const c of elements(node)) {
        if (c.name === 'w:txbxContent') {
          if (hidden) this.skip(c);
          else runs.boxes.push(...this.blocks(c));
        } else if (c.name === 'a:blip' || c.name === 'v:imagedata') {
          if (!hidden) runs.pictures++;
        } else if (c.name === 'mc:AlternateContent') {
          const note = this.alternate(c, visit);
          if (note) runs.notes.push(note);
        } else visit(c);
      }
    };
    visit(el);
    if (el.name === 'w:object' && !hidden && runs.pictures === 0) runs.pictures++;
  }

  private table(el: XmlElement): WordTable {
    const at: XmlPlace = { tbl: this.tbl++ };
    const gridColumns = elements(child(el, 'w:tblGrid') ?? emptyElement).filter((c) => c.name === 'w:gridCol').length;
    const rows: WordRow[] = [];
    let tr = 0;
    let pendingChanges: TrackedChange[] = [];
    // A deleted row is not shown; its change is said on the row after it (or before it, at the table's end).
    const visitRows = (container: XmlElement) => {
      for (const c of elements(container)) {
        if (c.name === 'w:tr') {
          if (byDemarc(child(child(c, 'w:trPr'), 'w:ins'))) continue;
          const row = this.row(c, { ...at, tr: tr++ });
          if ('deleted' in row) {
            pendingChanges.push(row.deleted);
            continue;
          }
          row.changes.unshift(...pendingChanges);
          pendingChanges = [];
          rows.push(row);
        } else if (c.name === 'w:sdt') visitRows(child(c, 'w:sdtContent') ?? emptyElement);
        else if (c.name === 'w:customXml') visitRows(c);
        else this.skip(c);
      }
    };
    visitRows(el);
    if (pendingChanges.length > 0) rows[rows.length - 1]?.changes.push(...pendingChanges);
    // The grid is the table's real width; a row with more cells than it has widens it, but a span never does.
    const mostCells = Math.max(0, ...rows.map((r) => r.cells.length));
    const columns = Math.min(Math.max(gridColumns, mostCells, 1), WORD_LIMITS.tableColumns);
    for (const row of rows) {
      let used = 0;
      row.cells = row.cells.filter((cell) => {
        if (used >= columns) {
          if (cell.paragraphs.some((p) => p.text !== ''))
            row.notes.push({ message: `a cell past the table's ${columns} columns was read as absent`, severity: 'warning' });
          return false;
        }
        cell.span = Math.max(1, Math.min(cell.span, columns - used));
        used += cell.span;
        return true;
      });
    }
    return { type: 'table', at, columns, rows };
  }

  private row(tr: XmlElement, at: XmlPlace): WordRow | { deleted: TrackedChange } {
    const trPr = child(tr, 'w:trPr');
    const deleted = child(trPr, 'w:del');
    const inserted = child(trPr, 'w:ins');
    const comments = this.pendingComments;
    this.pendingComments = [];
    const cells: WordCell[] = [];
    const before = Number(val(trPr, 'w:gridBefore') ?? 0);
    if (Number.isInteger(before) && before > 0) cells.push({ paragraphs: [], span: Math.min(before, WORD_LIMITS.tableColumns), nested: 0 });
    // Each cell as written; one that continues the cell before it (a legacy merge) is not read: it widens that one (grid.ts).
    const written: (WrittenCell & { cell?: WordCell })[] = [];
    const visitCells = (container: XmlElement) => {
      for (const c of elements(container)) {
        if (c.name === 'w:tc') {
          const tcPr = child(c, 'w:tcPr');
          const hMerge = child(tcPr, 'w:hMerge');
          if (hMerge && hMerge.attributes['w:val'] !== 'restart' && written.length > 0) {
            this.skip(c);
            written.push({ span: gridSpan(tcPr), continuesAcross: true });
          } else {
            const cell = this.cell(c);
            written.push({ span: cell.span, cell });
          }
        } else if (c.name === 'w:sdt') visitCells(child(c, 'w:sdtContent') ?? emptyElement);
        else if (c.name === 'w:customXml') visitCells(c);
        else if (c.name === 'w:trPr' || c.name === 'w:tblPrEx') continue;
        else this.skip(c);
      }
    };
    visitCells(tr);
    for (const laid of layRow(0, written)) {
      const cell = written[laid.first].cell!;
      cell.span = laid.span;
      cells.push(cell);
    }
    const text = cells.map((c) => c.paragraphs.map((p) => p.text).join(' ')).join(' | ');
    if (deleted)
      return { deleted: { kind: 'deletion', author: deleted.attributes['w:author'] ?? 'unknown author', ...dateOf(deleted), text } };
    const changes: TrackedChange[] = [];
    if (inserted)
      changes.push({ kind: 'insertion', author: inserted.attributes['w:author'] ?? 'unknown author', ...dateOf(inserted), text });
    for (const cell of cells)
      for (const p of cell.paragraphs) {
        changes.push(...p.changes);
        comments.push(...p.comments);
      }
    const notes = cells.flatMap((c) => c.paragraphs.flatMap((p) => p.notes));
    return { at, header: toggle(trPr, 'w:tblHeader') ?? false, cells, changes, comments, notes };
  }

  private cell(tc: XmlElement): WordCell {
    const tcPr = child(tc, 'w:tcPr');
    const span = gridSpan(tcPr);
    const vMerge = child(tcPr, 'w:vMerge');
    const paragraphs: WordParagraph[] = [];
    let nested = 0;
    const visit = (container: XmlElement) => {
      for (const c of elements(container)) {
        if (c.name === 'w:p') {
          for (const b of this.paragraph(c)) if (b.type === 'paragraph') paragraphs.push(b);
        } else if (c.name === 'w:tbl') {
          nested++;
          // A table inside a cell is read as text: a paragraph per row.
          for (const row of this.table(c).rows)
            paragraphs.push({
              ...emptyParagraph({}),
              text: row.cells.map((cell) => cell.paragraphs.map((p) => p.text).join(' ')).join(' '),
              content: [{ type: 'text', value: row.cells.map((cell) => cell.paragraphs.map((p) => p.text).join(' ')).join(' ') }],
              changes: row.changes,
              comments: row.comments,
              notes: row.notes,
            });
        } else if (c.name === 'w:sdt') visit(child(c, 'w:sdtContent') ?? emptyElement);
        else if (c.name === 'w:customXml') visit(c);
        else if (c.name === 'mc:AlternateContent') {
          const read: WordParagraph[] = [];
          const note = this.alternate(c, (chosen) => {
            const before = paragraphs.length;
            visit(chosen);
            read.push(...paragraphs.slice(before));
          });
          if (note) (read[0] ?? paragraphs[paragraphs.length - 1])?.notes.push(note);
        } else if (c.name === 'w:altChunk') paragraphs.push(this.chunk(c));
        else if (c.name === 'w:tcPr') continue;
        else this.skip(c);
      }
    };
    visit(tc);
    return {
      paragraphs,
      span,
      ...(vMerge ? { merge: vMerge.attributes['w:val'] === 'restart' ? 'restart' : 'continue' } : {}),
      nested,
    };
  }

  /** Footnotes and endnotes the text refers to, numbered in the order of their references. */
  footnotes(): WordParagraph[] {
    const out: WordParagraph[] = [];
    const saved = { p: this.p, tbl: this.tbl };
    for (const ref of this.noteOrder) {
      const note = this.noteParts.get(`w:${ref.kind}:${ref.id}`);
      if (!note) continue;
      const paragraphs = this.blocks(note).filter((b): b is WordParagraph => b.type === 'paragraph' && b.text !== '');
      const text = paragraphs.map((p) => p.text).join(' ');
      out.push({
        ...emptyParagraph({}),
        text: `[${ref.number}] ${text}`,
        content: [{ type: 'text', value: `[${ref.number}] ` }, ...paragraphs.flatMap((p, i) => [...(i > 0 ? [space] : []), ...p.content])],
        changes: paragraphs.flatMap((p) => p.changes),
        comments: paragraphs.flatMap((p) => p.comments),
        notes: paragraphs.flatMap((p) => p.notes),
      });
    }
    this.p = saved.p;
    this.tbl = saved.tbl;
    return out;
  }

  /** Content not shown: its paragraphs and tables are still counted, so places stay those of the XML. */
  private skip(el: XmlElement): void {
    for (const c of elements(el)) {
      if (c.name === 'w:p') this.p++;
      else if (c.name === 'w:tbl') this.tbl++;
      this.skip(c);
    }
  }
}

const space: PhrasingContent = { type: 'text', value: ' ' };
const emptyElement: XmlElement = { name: '#empty', attributes: {}, children: [] };

function emptyParagraph(at: XmlPlace): WordParagraph {
  return { type: 'paragraph', at, content: [], text: '', pictures: 0, caption: false, changes: [], comments: [], notes: [] };
}

function pieceOf(marks: RunMarks, text: string): Piece {
  return { text, bold: marks.bold, italic: marks.italic, strike: marks.strike, ...(marks.link ? { link: marks.link } : {}) };
}

/** The grid columns a cell spans, as written and within the column limit. */
function gridSpan(tcPr: XmlElement | undefined): number {
  const span = Number(val(tcPr, 'w:gridSpan') ?? 1);
  return Number.isInteger(span) && span > 1 ? Math.min(span, WORD_LIMITS.tableColumns) : 1;
}

/** A tracked change Demarc proposed (model.ts: read as not made). */
function byDemarc(el: XmlElement | undefined): boolean {
  return el?.attributes['w:author'] === DEMARC_AUTHOR;
}

/** A table Demarc proposed: every row of it is its tracked insertion. */
function demarcTable(el: XmlElement): boolean {
  const rows = elements(el).filter((c) => c.name === 'w:tr');
  return rows.length > 0 && rows.every((r) => byDemarc(child(child(r, 'w:trPr'), 'w:ins')));
}

function trackedChange(el: XmlElement, kind: TrackedChange['kind']): TrackedChange {
  return { kind, author: el.attributes['w:author'] ?? 'unknown author', ...dateOf(el), text: '' };
}

function dateOf(el: XmlElement): { date?: string } {
  const date = el.attributes['w:date'];
  return date ? { date: date.slice(0, 10) } : {};
}

/** Only web and mail links stay links, as export writes them; any other scheme (file:, javascript:, vbscript:) is text. */
function linkOf(rel: Relationship): string | undefined {
  return /^(https?:|mailto:)/i.test(rel.target.trim()) ? rel.target.trim() : undefined;
}

function symbol(sym: XmlElement): string {
  const code = (sym.attributes['w:char'] ?? '').toUpperCase();
  const n = parseInt(code, 16);
  if (!Number.isFinite(n)) return '';
  if (n >= 0xf000 && n <= 0xf0ff) return SYMBOLS[code.slice(-2)] ?? '•';
  return String.fromCodePoint(n);
}

function mathText(el: XmlElement): string {
  let out = '';
  for (const c of elements(el)) out += c.name === 'm:t' ? textOf(c) : mathText(c);
  return out;
}

function describeChunk(contentType: string, name: string): string {
  if (/html/i.test(contentType) || /\.html?$/i.test(name)) return 'embedded HTML';
  if (/rtf/i.test(contentType) || /\.rtf$/i.test(name)) return 'embedded RTF';
  if (/wordprocessingml|msword/i.test(contentType) || /\.docx?$/i.test(name)) return 'an embedded Word document';
  if (/text\/plain/i.test(contentType) || /\.txt$/i.test(name)) return 'embedded plain text';
  return 'embedded content';
}

/** Text Word shows of an element: its `w:t` runs, without deleted text, field codes or hidden runs' marks considered. */
function visibleText(el: XmlElement, undeleted = false): string {
  let out = '';
  for (const c of elements(el)) {
    if (c.name === 'w:t' || (c.name === 'w:delText' && undeleted)) out += textOf(c);
    else if (c.name === 'w:p') out += `${visibleText(c)} `;
    else if ((c.name === 'w:del' || c.name === 'w:moveFrom') && byDemarc(c)) out += visibleText(c, true);
    else if (c.name === 'w:ins' && byDemarc(c)) continue;
    else if (c.name !== 'w:del' && c.name !== 'w:instrText' && c.name !== 'w:delText') out += visibleText(c, undeleted);
  }
  return out;
}

/** A comment's text: its paragraphs, one space between. */
function paragraphsText(el: XmlElement): string {
  return flat(visibleText(el));
}

/** A line Word's navigation pane could show as a heading: short, and not a sentence. */
function headingLike(text: string): boolean {
  if (text === '' || text.length > 120) return false;
  if (text.split(/\s+/).length > 14) return false;
  // A sub-clause ("its successors and permitted assigns; and") starts in lower case or runs on.
  if (/^\p{Ll}/u.test(text) || /\b(and|or|but)$/i.test(text)) return false;
  return !/[.;:,]$/.test(text);
}

function flat(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Runs as Markdown inline nodes: bold, italics, strikethrough and links kept; neighbours with the same
 * marks joined; a mark never wraps only spaces, and spaces at a mark's edges stand outside it, so the
 * writer needs no `&#x20;` to keep them.
 */
function phrasing(pieces: Piece[]): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let i = 0;
  while (i < pieces.length) {
    const first = pieces[i];
    if (first.lineBreak) {
      out.push({ type: 'break' });
      i++;
      continue;
    }
    let text = first.text;
    let j = i + 1;
    while (j < pieces.length && !pieces[j].lineBreak && sameMarks(first, pieces[j])) text += pieces[j++].text;
    i = j;
    out.push(...marked(text, first));
  }
  return out;
}

function sameMarks(a: Piece, b: Piece): boolean {
  return a.bold === b.bold && a.italic === b.italic && a.strike === b.strike && a.link === b.link;
}

function marked(text: string, marks: Piece): PhrasingContent[] {
  const m = /^(\s*)([\s\S]*?)(\s*)$/.exec(text) as RegExpExecArray;
  const [, lead, core, trail] = m;
  if (core === '') return text === '' ? [] : [{ type: 'text', value: text }];
  let node: PhrasingContent = { type: 'text', value: core };
  if (marks.strike) node = { type: 'delete', children: [node] };
  if (marks.italic) node = { type: 'emphasis', children: [node] };
  if (marks.bold) node = { type: 'strong', children: [node] };
  if (marks.link) node = { type: 'link', url: marks.link, children: [node] };
  return [
    ...(lead ? [{ type: 'text', value: lead } as PhrasingContent] : []),
    node,
    ...(trail ? [{ type: 'text', value: trail } as PhrasingContent] : []),
  ];
}
