// Word files written by hand, part by part, for tests of what the reader does with WordprocessingML that
// Word writes (or an attacker could): a body's XML, zipped with the parts a package needs.
import type { Element, ElementContent } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { ZipFile } from 'yazl';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
const NAMESPACES =
  `xmlns:w="${W}" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
  'xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ' +
  'xmlns:w14="http://schemas.microsoft.com/office/word/2010/wordml" mc:Ignorable="w14"';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

export interface WordParts {
  /** The main part's name: `word/document.xml` unless a test names it otherwise. */
  mainName?: string;
  styles?: string;
  numbering?: string;
  comments?: string;
  /** More relationships of the main part (`<Relationship …/>` elements). */
  rels?: string;
  /** More parts, by name. */
  parts?: [string, string | Buffer][];
}

const STYLES =
  `<w:styles xmlns:w="${W}">` +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  [1, 2, 3, 4, 5, 6]
    .map(
      (n) =>
        `<w:style w:type="paragraph" w:styleId="Heading${n}"><w:name w:val="heading ${n}"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="${n - 1}"/></w:pPr></w:style>`,
    )
    .join('') +
  '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style>' +
  '</w:styles>';

const level = (ilvl: number, format: string, text: string) =>
  `<w:lvl w:ilvl="${ilvl}"><w:start w:val="1"/><w:numFmt w:val="${format}"/><w:lvlText w:val="${text}"/></w:lvl>`;
const NUMBERING =
  `<w:numbering xmlns:w="${W}">` +
  `<w:abstractNum w:abstractNumId="1">${[0, 1, 2].map((i) => level(i, 'bullet', '•')).join('')}</w:abstractNum>` +
  `<w:abstractNum w:abstractNumId="2">${[0, 1, 2].map((i) => level(i, 'decimal', `%${i + 1}.`)).join('')}</w:abstractNum>` +
  '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num><w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>' +
  '</w:numbering>';

/** A .docx whose main part's body is `body` (WordprocessingML), with styles (Heading 1-6), numbering (1 bullets, 2 decimal) and any parts given. */
export function docx(body: string, parts: WordParts = {}): Promise<Buffer> {
  const main = parts.mainName ?? 'word/document.xml';
  const mainDir = main.slice(0, main.lastIndexOf('/'));
  const mainFile = main.slice(main.lastIndexOf('/') + 1);
  const files: [string, string | Buffer][] = [
    [
      '[Content_Types].xml',
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/><Default Extension="html" ContentType="text/html"/>' +
        `<Override PartName="/${main}" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`,
    ],
    [
      '_rels/.rels',
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rId1" Type="${REL}/officeDocument" Target="${main}"/></Relationships>`,
    ],
    [main, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ${NAMESPACES}><w:body>${body}</w:body></w:document>`],
    [`${mainDir}/styles.xml`, parts.styles ?? STYLES],
    [`${mainDir}/numbering.xml`, parts.numbering ?? NUMBERING],
    [
      `${mainDir}/_rels/${mainFile}.rels`,
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        `<Relationship Id="rIdS" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rIdN" Type="${REL}/numbering" Target="numbering.xml"/>` +
        (parts.comments ? `<Relationship Id="rIdC" Type="${REL}/comments" Target="comments.xml"/>` : '') +
        (parts.rels ?? '') +
        '</Relationships>',
    ],
    ...(parts.comments
      ? ([[`${mainDir}/comments.xml`, `<w:comments ${NAMESPACES}>${parts.comments}</w:comments>`]] as [string, string][])
      : []),
    ...(parts.parts ?? []),
  ];
  return zip(files);
}

export function zip(entries: [string, string | Buffer][]): Promise<Buffer> {
  const z = new ZipFile();
  for (const [name, data] of entries) z.addBuffer(Buffer.isBuffer(data) ? data : Buffer.from(data, 'utf8'), name, { compress: true });
  z.end();
  const chunks: Buffer[] = [];
  return new Promise((resolve, reject) => {
    z.outputStream.on('data', (c: Buffer) => chunks.push(c));
    z.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    z.outputStream.on('error', reject);
  });
}

/** Text as `w:t` content. */
export function escapeXml(text: string): string {
  return text.replace(/[<>&"]/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;' })[c] as string);
}

/** A paragraph of plain runs. */
export function p(text: string, properties = ''): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}<w:r><w:t xml:space="preserve">${escapeXml(text)}</w:t></w:r></w:p>`;
}

/** A table of rows of cells, each cell's text one paragraph (or given as XML when it starts with "<"). */
export function table(rows: string[][], columns = Math.max(...rows.map((r) => r.length))): string {
  const cell = (c: string) => `<w:tc>${c.startsWith('<') ? c : p(c)}</w:tc>`;
  return (
    `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(columns)}</w:tblGrid>` +
    rows.map((r) => `<w:tr>${r.map(cell).join('')}</w:tr>`).join('') +
    '</w:tbl>'
  );
}

/**
 * Simple HTML (p, h1-h6, ul/ol > li, table > tr > td with colspan, strong, br) as the WordprocessingML
 * Word writes for it, for tests written in HTML.
 */
export function bodyOfHtml(html: string): string {
  const tree = fromHtml(html, { fragment: true });
  return blocks(tree.children as ElementContent[]);
}

function blocks(nodes: ElementContent[]): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') {
      if (n.value.trim()) out += paragraph([n], '');
      continue;
    }
    if (n.type !== 'element') continue;
    const heading = /^h([1-6])$/.exec(n.tagName)?.[1];
    if (heading) out += paragraph(n.children, `<w:pStyle w:val="Heading${heading}"/>`);
    else if (n.tagName === 'p') out += paragraph(n.children, '');
    else if (n.tagName === 'ul' || n.tagName === 'ol') out += list(n, 0);
    else if (n.tagName === 'table') out += htmlTable(n);
    else out += blocks(n.children);
  }
  return out;
}

function list(el: Element, depth: number): string {
  let out = '';
  for (const li of el.children) {
    if (li.type !== 'element' || li.tagName !== 'li') continue;
    const own = li.children.filter((c) => !(c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')));
    out += paragraph(own, `<w:numPr><w:ilvl w:val="${depth}"/><w:numId w:val="${el.tagName === 'ol' ? 2 : 1}"/></w:numPr>`);
    for (const c of li.children) if (c.type === 'element' && (c.tagName === 'ul' || c.tagName === 'ol')) out += list(c, depth + 1);
  }
  return out;
}

function htmlTable(el: Element): string {
  const rows: Element[] = [];
  const visit = (e: Element) => {
    for (const c of e.children) {
      if (c.type !== 'element') continue;
      if (c.tagName === 'tr') rows.push(c);
      else visit(c);
    }
  };
  visit(el);
  const width = Math.max(
    ...rows.map((r) => r.children.reduce((n, c) => n + (c.type === 'element' ? Number(c.properties.colSpan ?? 1) : 0), 0)),
  );
  return (
    `<w:tbl><w:tblGrid>${'<w:gridCol/>'.repeat(width)}</w:tblGrid>` +
    rows
      .map(
        (tr) =>
          '<w:tr>' +
          tr.children
            .filter((c): c is Element => c.type === 'element')
            .map((td) => {
              const span = Number(td.properties.colSpan ?? 1);
              const inner = td.children.some((c) => c.type === 'element' && c.tagName === 'p')
                ? blocks(td.children)
                : paragraph(td.children, '');
              return `<w:tc>${span > 1 ? `<w:tcPr><w:gridSpan w:val="${span}"/></w:tcPr>` : ''}${inner}</w:tc>`;
            })
            .join('') +
          '</w:tr>',
      )
      .join('') +
    '</w:tbl>'
  );
}

function paragraph(children: ElementContent[], properties: string): string {
  return `<w:p>${properties ? `<w:pPr>${properties}</w:pPr>` : ''}${runs(children, false)}</w:p>`;
}

function runs(nodes: ElementContent[], bold: boolean): string {
  let out = '';
  for (const n of nodes) {
    if (n.type === 'text') out += `<w:r>${bold ? '<w:rPr><w:b/></w:rPr>' : ''}<w:t xml:space="preserve">${escapeXml(n.value)}</w:t></w:r>`;
    else if (n.type === 'element' && n.tagName === 'br') out += '<w:r><w:br/></w:r>';
    else if (n.type === 'element') out += runs(n.children, bold || n.tagName === 'strong' || n.tagName === 'b');
  }
  return out;
}
