// Reads the preview as a person sees it: from the real webview frame of the workbench page, through
// Playwright. The product carries no test hooks; the suite asks for this with a log line.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

export const INSPECT = /^DEMARC_INSPECT ([\w.-]+)\s*$/;

/** Runs in the preview frame: what it shows, what could run or load, and whether the CSP stops an inline script. */
function readPreview() {
  // Inner, since Playwright sends only this function's own source to the frame.
  /**
   * Text whose contrast with what is behind it is under WCAG 2 AA: 4.5:1, or 3:1 for large text (24 px,
   * or 18.66 px bold). Colours come from the page as rendered (theme variables resolved); a translucent
   * background is blended over the one behind it. Returns a few offenders with their ratio.
   */
  function lowContrast(root) {
    // Computed colours come as rgb()/rgba(), or as color(srgb r g b / a) where color-mix() made them.
    const parse = (c) => {
      const rgb = /rgba?\(([\d.]+),\s*([\d.]+),\s*([\d.]+)(?:,\s*([\d.]+))?\)/.exec(c);
      if (rgb) return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
      const srgb = /color\(srgb ([\d.e-]+) ([\d.e-]+) ([\d.e-]+)(?: \/ ([\d.e-]+))?\)/.exec(c);
      if (srgb) return [Number(srgb[1]) * 255, Number(srgb[2]) * 255, Number(srgb[3]) * 255, srgb[4] === undefined ? 1 : Number(srgb[4])];
      throw new Error(`unreadable colour ${c}`);
    };
    const over = (top, bottom) =>
      top
        .slice(0, 3)
        .map((v, i) => v * top[3] + bottom[i] * (1 - top[3]))
        .concat(1);
    const background = (el) => {
      const layers = [];
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c[3] > 0) layers.push(c);
        if (c[3] >= 1) break;
      }
      let colour = [255, 255, 255, 1];
      for (const layer of layers.reverse()) colour = over(layer, colour);
      return colour;
    };
    const luminance = (c) => {
      const [r, g, b] = c.slice(0, 3).map((v) => {
        const s = v / 255;
        return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
      });
      return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    };
    const bad = [];
    let checked = 0;
    for (const el of root.querySelectorAll('*')) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      const style = getComputedStyle(el);
      if (!own || style.visibility === 'hidden' || style.display === 'none' || el.getClientRects().length === 0) continue;
      checked++;
      try {
        const bg = background(el);
        let opacity = 1;
        for (let e = el; e; e = e.parentElement) opacity *= Number(getComputedStyle(e).opacity);
        const ink = parse(style.color);
        const fg = over([ink[0], ink[1], ink[2], ink[3] * opacity], bg);
        const [hi, lo] = [luminance(fg), luminance(bg)].sort((a, b) => b - a);
        const ratio = (hi + 0.05) / (lo + 0.05);
        const size = parseFloat(style.fontSize);
        const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
        if (ratio < (large ? 3 : 4.5))
          bad.push(`${el.tagName.toLowerCase()}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
      } catch (e) {
        bad.push(`${el.tagName.toLowerCase()}: ${e.message}`);
      }
    }
    return { checked, failures: bad.length, examples: bad.slice(0, 8) };
  }

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
    width: window.innerWidth,
    // Wider than the frame: something would be cut off or scroll sideways.
    overflow: document.documentElement.scrollWidth - window.innerWidth,
    lowContrast: lowContrast(root),
    version: Number(root.dataset.version ?? -1),
    functions: [...root.querySelectorAll('table.matrix tbody tr td:first-child')].map((td) => td.firstChild?.textContent ?? ''),
    findings: root.querySelectorAll('ul.findings li').length,
    unassigned: rows('unassigned'),
    conflicts: rows('conflict'),
    // Rows marked as changed since git HEAD, by the text of their first cell, and what each mark says.
    changed: [...root.querySelectorAll('tr.changed td:first-child')].map((td) => td.firstChild?.textContent ?? ''),
    changedMarks: [...root.querySelectorAll('.changed-mark')].map((m) => m.textContent),
    activeElements: active,
    inlineScriptRan: window[flag] === true,
    // Rows laid out as cards (narrow) or as table rows (wide).
    cards: [...root.querySelectorAll('table.cards tbody tr')].filter((tr) => getComputedStyle(tr).display === 'block').length,
    rows: root.querySelectorAll('table.cards tbody tr').length,
    columns: [...root.querySelectorAll('th')].map((th) => th.textContent ?? ''),
    // Rows that show a warning sign though no rule reported on them.
    unflaggedWarnings: [...root.querySelectorAll('tr.line:not(.flagged) td')].filter((td) =>
      getComputedStyle(td, '::before').content.includes('⚠'),
    ).length,
    flaggedWarnings: [...root.querySelectorAll('tr.line.flagged td')].filter((td) => getComputedStyle(td, '::before').content.includes('⚠'))
      .length,
    readings: root.querySelectorAll('details.reading').length,
    sections: [...root.querySelectorAll('.terms h3')].map((h) => h.firstChild?.textContent ?? ''),
    // The playbook checklist: each position's verdict and subject, and the line it reveals.
    playbook: [...root.querySelectorAll('table.playbook tbody tr')].map((tr) => ({
      verdict: tr.children[0]?.textContent ?? '',
      subject: tr.children[1]?.textContent ?? '',
      line: Number(tr.dataset.line),
    })),
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
