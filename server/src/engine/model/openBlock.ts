import type { Root } from 'mdast';
import type { SourceText } from '../source';

/** HTML blocks that only end at their closing marker (CommonMark kinds 1 to 5), with that marker. */
const HTML_CLOSERS: [RegExp, string][] = [
  [/^<script[\s>]/i, '</script>'],
  [/^<pre[\s>]/i, '</pre>'],
  [/^<style[\s>]/i, '</style>'],
  [/^<textarea[\s>]/i, '</textarea>'],
  [/^<!--/, '-->'],
  [/^<\?/, '?>'],
  [/^<!\[CDATA\[/, ']]>'],
  [/^<![A-Za-z]/, '>'],
];

/**
 * The line that closes a block the document leaves open at its end (an unterminated code fence or
 * HTML comment). Such a block swallows anything appended after it, so fixes that add a section put
 * this line first; the open block's content stays exactly what it was.
 */
export function closerOfOpenBlock(root: Root, source: SourceText): string | undefined {
  // Only the last top-level block can be open at the end: a line after a nested one closes it.
  const last = root.children[root.children.length - 1];
  if (!last?.position) return undefined;
  const raw = source.text.slice(last.position.start.offset, last.position.end.offset);
  if (last.type === 'code') {
    const fence = /^ {0,3}(`{3,}|~{3,})/.exec(raw)?.[1];
    if (!fence) return undefined;
    const lines = raw.trimEnd().split(/\r?\n/);
    const closing = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    return lines.length > 1 && closing.test(lines[lines.length - 1]) ? undefined : fence;
  }
  if (last.type === 'html') {
    const html = raw.replace(/^ {0,3}/, '');
    const [, closer] = HTML_CLOSERS.find(([open]) => open.test(html)) ?? [];
    return closer && !html.slice(1).includes(closer) ? closer : undefined;
  }
  return undefined;
}
