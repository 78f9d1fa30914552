// Reads the workbench's own widgets as a person sees them (the suggest list, the quick input), and types
// keys into the page, for what the extension API cannot show: that completion opened without Ctrl+Space,
// or what name a save dialog offers. The suite asks with a log line; the product carries no test hooks.
import { writeFileSync } from 'node:fs';
import path from 'node:path';

/** `DEMARC_WIDGETS <name>`: writes `<name>.json` with the suggest widget and the quick input as shown. */
export const WIDGETS = /^DEMARC_WIDGETS ([\w.-]+)\s*$/;
/** `DEMARC_KEYS <name> press <key>` or `DEMARC_KEYS <name> type <text>`: a real key press or typed text in the focused element. */
export const KEYS = /^DEMARC_KEYS ([\w.-]+) (press|type) (.+)$/;

function readWidgets() {
  const shown = (el) =>
    !!el && el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden' && getComputedStyle(el).display !== 'none';
  const suggest = document.querySelector('.editor-widget.suggest-widget');
  const quick = document.querySelector('.quick-input-widget');
  return {
    suggest: {
      visible: shown(suggest) && suggest.classList.contains('visible'),
      labels: [...(suggest?.querySelectorAll('.monaco-list-row .label-name') ?? [])].map((e) => e.textContent ?? ''),
    },
    quickInput: {
      visible: shown(quick),
      title: quick?.querySelector('.quick-input-title')?.textContent ?? '',
      value: quick?.querySelector('input')?.value ?? '',
    },
  };
}

export async function inspectWidgets(page, artifacts, name) {
  const state = await page.evaluate(readWidgets).catch((e) => ({ error: String(e.message) }));
  writeFileSync(path.join(artifacts, `${name}.json`), JSON.stringify(state));
  writeFileSync(path.join(artifacts, `${name}.done`), '');
}

export async function pressKeys(page, artifacts, name, how, text) {
  if (how === 'press') await page.keyboard.press(text);
  else await page.keyboard.type(text, { delay: 60 });
  writeFileSync(path.join(artifacts, `${name}.done`), '');
}
