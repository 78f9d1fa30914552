import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import mammoth from 'mammoth';
import { checkPackage, type PackageFacts } from './limits';
import type { WordDocument } from './mammothDocument';
import { WordHtmlWriter } from './wordHtml';
import { RearrangedMarkup, toHast } from './wordTree';

export interface WordBody {
  /** The body as the HTML tree mammoth's HTML parses to; pictures are bare <img> elements (never read). */
  tree: Root;
  facts: PackageFacts;
  /** What mammoth could not carry over (an unsupported element, a broken part), one line each. */
  warnings: string[];
}

// Styles mammoth has no mapping for only change how text looks, never whether it is read.
const HARMLESS = /^Unrecognised (paragraph|run|table) style/;

/** How mammoth is asked to read; the HTML route (a test, and the fallback below) uses the same. */
export const MAMMOTH_OPTIONS = {
  // A Word file may link to files on the reader's disk; Demarc opens none of them.
  externalFileAccess: false,
  // A style map stored in the file (a mammoth feature Word never writes) would let the file decide how it is read.
  includeEmbeddedStyleMap: false,
  convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
  styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
};

/** A .docx's body once the package passed the limits. */
export async function readDocx(bytes: Buffer): Promise<WordBody> {
  const facts = await checkPackage(bytes);
  let document: WordDocument | undefined;
  // mammoth hands over its document model and is given an empty one to write, so no HTML is written or parsed.
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      ...MAMMOTH_OPTIONS,
      transformDocument: (doc: WordDocument) => {
        document = doc;
        return { ...doc, children: [] };
      },
    },
  );
  const warnings = [...new Set(result.messages.map((m) => m.message.split('\n')[0]).filter((m) => !HARMLESS.test(m)))];
  if (!document) throw new Error('mammoth read no document');
  try {
    return { tree: toHast(new WordHtmlWriter().document(document)), facts, warnings };
  } catch (e) {
    if (!(e instanceof RearrangedMarkup)) throw e;
    // Rare markup the parser rearranges: take mammoth's HTML as a parser reads it.
    const html = await mammoth.convertToHtml({ buffer: bytes }, MAMMOTH_OPTIONS);
    return { tree: fromHtml(html.value, { fragment: true }), facts, warnings };
  }
}
