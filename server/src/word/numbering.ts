import type { Styles } from './styles';
import { child, elements, val, type XmlElement } from './xml';

interface Level {
  start: number;
  format: string;
  text: string;
  /** The level after which this one starts again (`w:lvlRestart`); undefined: after any higher level. */
  restart?: number;
  /** Legal numbering: every level shown in decimal ("1.1" under "Article I"). */
  legal: boolean;
  style?: string;
}

interface Instance {
  abstractId: string;
  /** Levels this instance redefines, and levels it starts again at a number of its own. */
  levels: Map<number, Level>;
  starts: Map<number, number>;
}

/** A paragraph's number as Word draws it. */
export interface NumberLabel {
  /** "20.1", "(a)", "Schedule 3"; empty for a bullet or a level numbered `none`. */
  text: string;
  bullet: boolean;
  level: number;
  /** The counter of the paragraph's own level. */
  number: number;
  /** Shown as a plain decimal of one level ("3." or "3)"), as a Markdown ordered list shows it. */
  plain: boolean;
}

const LEVELS = 9;

/**
 * The numbering part, and the counters Word keeps while it lays the document out: each abstract list
 * counts across every instance that uses it, an instance with a start override counts on its own, a
 * level starts again after a higher one, and a level's text ("%1.%2") shows the counters of the levels
 * it names in their formats.
 */
export class Numbering {
  private readonly abstracts = new Map<string, { levels: Level[]; styleLink?: string }>();
  private readonly instances = new Map<string, Instance>();
  private readonly counters = new Map<string, (number | undefined)[]>();
  private readonly started = new Set<string>();

  constructor(
    part: XmlElement | undefined,
    private readonly styles: Styles,
  ) {
    for (const el of part ? elements(part) : []) {
      if (el.name === 'w:abstractNum') {
        const id = el.attributes['w:abstractNumId'];
        if (id === undefined) continue;
        const levels: Level[] = [];
        for (const lvl of elements(el)) {
          if (lvl.name !== 'w:lvl') continue;
          const i = Number(lvl.attributes['w:ilvl']);
          if (Number.isInteger(i) && i >= 0 && i < LEVELS) levels[i] = level(lvl);
        }
        this.abstracts.set(id, { levels, styleLink: val(el, 'w:numStyleLink') });
      } else if (el.name === 'w:num') {
        const id = el.attributes['w:numId'];
        const abstractId = val(el, 'w:abstractNumId');
        if (id === undefined || abstractId === undefined) continue;
        const instance: Instance = { abstractId, levels: new Map(), starts: new Map() };
        for (const o of elements(el)) {
          if (o.name !== 'w:lvlOverride') continue;
          const i = Number(o.attributes['w:ilvl']);
          if (!Number.isInteger(i) || i < 0 || i >= LEVELS) continue;
          const start = val(o, 'w:startOverride');
          if (start !== undefined) instance.starts.set(i, Number(start) || 0);
          const redefined = child(o, 'w:lvl');
          if (redefined) instance.levels.set(i, level(redefined));
        }
        this.instances.set(id, instance);
      }
    }
  }

  /** The next number of a list paragraph, counting it; undefined for `numId` 0 (numbering removed) or an unknown list. */
  next(numId: string, ilvl: number | undefined, styleId: string | undefined): NumberLabel | undefined {
    if (numId === '0') return undefined;
    const instance = this.instances.get(numId);
    if (!instance) return undefined;
    const levels = this.levelsOf(instance);
    if (!levels) return undefined;
    // A style linked to a level (w:pStyle in the level) numbers at that level when the paragraph names none.
    let at = ilvl;
    if (at === undefined && styleId) at = levels.findIndex((l) => l?.style === styleId);
    if (at === undefined || at < 0 || at >= LEVELS) at = 0;
    const own = levels[at];
    if (!own) return undefined;
    // An instance that starts its own count keeps counters of its own; others share the abstract list's.
    const key = instance.starts.size > 0 ? `num:${numId}` : `abs:${instance.abstractId}`;
    let counters = this.counters.get(key);
    if (!counters) {
      counters = Array<number | undefined>(LEVELS).fill(undefined);
      this.counters.set(key, counters);
    }
    const startOf = (i: number) => (!this.started.has(`${key}:${i}`) ? instance.starts.get(i) : undefined) ?? levels[i]?.start ?? 1;
    const previous = counters[at];
    const number = previous === undefined ? startOf(at) : previous + 1;
    counters[at] = number;
    this.started.add(`${key}:${at}`);
    for (let i = at + 1; i < LEVELS; i++) {
      const restart = levels[i]?.restart;
      if (restart === undefined || (restart !== 0 && restart - 1 <= at)) counters[i] = undefined;
    }
    if (own.format === 'bullet') return { text: '', bullet: true, level: at, number, plain: false };
    const text = own.text.replace(/%([1-9])/g, (_, d: string) => {
      const i = Number(d) - 1;
      const shown = counters[i] ?? levels[i]?.start ?? 1;
      return format(shown, own.legal && i < at ? 'decimal' : (levels[i]?.format ?? 'decimal'));
    });
    return { text: own.format === 'none' ? '' : text.trim(), bullet: false, level: at, number, plain: /^\d+[.)]$/.test(text.trim()) };
  }

  /** A list of the document whose first level is a bullet: the one a bulleted paragraph added to it can join. */
  bulletList(): string | undefined {
    for (const [numId, instance] of this.instances) if (numId !== '0' && this.levelsOf(instance)?.[0]?.format === 'bullet') return numId;
    return undefined;
  }

  private levelsOf(instance: Instance): (Level | undefined)[] | undefined {
    let abstract = this.abstracts.get(instance.abstractId);
    // A list defined by a numbering style: the abstract list that style's own instance uses.
    if (abstract?.styleLink) {
      const linked = this.styles.numberingOfStyle(abstract.styleLink);
      const target = linked === undefined ? undefined : this.instances.get(linked);
      if (target && target !== instance) abstract = this.abstracts.get(target.abstractId) ?? abstract;
    }
    if (!abstract) return undefined;
    if (instance.levels.size === 0) return abstract.levels;
    const levels = [...abstract.levels];
    for (const [i, l] of instance.levels) levels[i] = l;
    return levels;
  }
}

function level(lvl: XmlElement): Level {
  const start = Number(val(lvl, 'w:start') ?? '0');
  const restart = val(lvl, 'w:lvlRestart');
  return {
    start: Number.isFinite(start) ? start : 0,
    format: val(lvl, 'w:numFmt') ?? 'decimal',
    text: val(lvl, 'w:lvlText') ?? '',
    ...(restart !== undefined ? { restart: Number(restart) } : {}),
    legal: child(lvl, 'w:isLgl') !== undefined && val(lvl, 'w:isLgl') !== '0',
    style: val(lvl, 'w:pStyle'),
  };
}

const ROMAN: [number, string][] = [
  [1000, 'm'],
  [900, 'cm'],
  [500, 'd'],
  [400, 'cd'],
  [100, 'c'],
  [90, 'xc'],
  [50, 'l'],
  [40, 'xl'],
  [10, 'x'],
  [9, 'ix'],
  [5, 'v'],
  [4, 'iv'],
  [1, 'i'],
];
const CARDINAL = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINAL = [
  'zeroth',
  'first',
  'second',
  'third',
  'fourth',
  'fifth',
  'sixth',
  'seventh',
  'eighth',
  'ninth',
  'tenth',
  'eleventh',
  'twelfth',
];

/** A counter in one of Word's number formats; formats Demarc does not draw fall back to decimal. */
function format(n: number, fmt: string): string {
  switch (fmt) {
    case 'lowerRoman':
      return roman(n);
    case 'upperRoman':
      return roman(n).toUpperCase();
    case 'lowerLetter':
      return letter(n);
    case 'upperLetter':
      return letter(n).toUpperCase();
    case 'decimalZero':
      return n < 10 && n >= 0 ? `0${n}` : String(n);
    case 'ordinal':
      return `${n}${ordinalSuffix(n)}`;
    case 'cardinalText':
      return capital(CARDINAL[n] ?? String(n));
    case 'ordinalText':
      return capital(ORDINAL[n] ?? `${n}${ordinalSuffix(n)}`);
    case 'none':
    case 'bullet':
      return '';
    default:
      return String(n);
  }
}

function roman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = '';
  for (const [v, s] of ROMAN)
    while (n >= v) {
      out += s;
      n -= v;
    }
  return out;
}

/** a…z, then aa…zz, as Word letters lists. */
function letter(n: number): string {
  if (n <= 0) return String(n);
  const ch = String.fromCharCode(97 + ((n - 1) % 26));
  return ch.repeat(Math.min(Math.floor((n - 1) / 26) + 1, 10));
}

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function capital(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
