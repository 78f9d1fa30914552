import mammoth from 'mammoth';
import { checkPackage, type PackageFacts } from './limits';

export interface WordHtml {
  html: string;
  facts: PackageFacts;
  /** What mammoth could not carry over (an unsupported element, a broken part), one line each. */
  warnings: string[];
}

// Styles mammoth has no mapping for only change how text looks, never whether it is read.
const HARMLESS = /^Unrecognised (paragraph|run|table) style/;

/** A .docx's body as HTML, once the package passed the limits; pictures become bare <img> tags (never read). */
export async function readDocx(bytes: Buffer): Promise<WordHtml> {
  const facts = await checkPackage(bytes);
  const result = await mammoth.convertToHtml(
    { buffer: bytes },
    {
      // A Word file may link to files on the reader's disk; Demarc opens none of them.
      externalFileAccess: false,
      convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      styleMap: ["p[style-name='Title'] => h1:fresh", "p[style-name='Subtitle'] => h2:fresh"],
    },
  );
  const warnings = result.messages.map((m) => m.message.split('\n')[0]).filter((m) => !HARMLESS.test(m));
  return { html: result.value, facts, warnings: [...new Set(warnings)] };
}
