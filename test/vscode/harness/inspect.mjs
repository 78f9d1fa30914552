// Reads the preview as a person sees it: from the real webview frame of the workbench page, through
// Playwright. The product carries no test hooks; the suite asks for this with a log line.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export const INSPECT = /^DEMARC_INSPECT ([\w.-]+)\s*$/;

/** Runs in the preview frame: what it shows, what could run or load, and whether the CSP stops an inline script. */
function readPreview() {
  const root = document.getElementById('root');
  if (!root || !root.querySelector('header')) return undefined;
  let active = root.querySelectorAll('script, iframe, img, svg, style, object, embed, link, a[href^="javascript:" i]').length;
  for (const node of root.querySelectorAll('*')) {
    if ([...node.attributes].some((a) => a.name.toLowerCase().startsWith('on'))) active++;
  }
  const flag = '__demarcInlineScriptRan';
  const script = document.createElement('script');
  script.textContent = `window.${flag} = true;`;
  document.head.append(script);
  script.remove();
  const rows = (status) =>
    [...root.querySelectorAll(`table.matrix tbody tr.${status} td:first-child`)].map((td) => td.firstChild?.textContent ?? '');
  return {
    version: Number(root.dataset.version ?? -1),
    functions: [...root.querySelectorAll('table.matrix tbody tr td:first-child')].map((td) => td.firstChild?.textContent ?? ''),
    findings: root.querySelectorAll('ul.findings li').length,
    unassigned: rows('unassigned'),
    conflicts: rows('conflict'),
    activeElements: active,
    inlineScriptRan: window[flag] === true,
  };
}

/** Writes `<name>.json` with the first frame that holds a rendered preview (or null), then `<name>.done`. */
export async function inspectPreview(page, artifacts, name) {
  let found = null;
  for (const frame of page.frames()) {
    const state = await frame.evaluate(readPreview).catch(() => undefined);
    if (state) {
      found = state;
      break;
    }
  }
  writeFileSync(path.join(artifacts, `${name}.json`), JSON.stringify(found));
  writeFileSync(path.join(artifacts, `${name}.done`), '');
}
