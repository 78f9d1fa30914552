import { isMap, isScalar, parseDocument, visit, type Document } from 'yaml';
import type { Yaml } from 'mdast';
import type { SourceText } from '../source';
import type { EngagementModel, FrontMatter, Party } from './types';

/** The engagement models a SOW declares in `model:`. */
export const ENGAGEMENT_MODELS: readonly EngagementModel[] = ['managed', 'co-managed'];

/** What a reader calls each front-matter key: the Word title block and the exported report both show them. */
export const FRONT_MATTER_LABELS: Readonly<Record<string, string>> = {
  title: 'Title',
  client: 'Client',
  provider: 'Provider',
  parties: 'Other parties',
  model: 'Engagement model',
  effective: 'Effective date',
  term: 'Term',
};

/**
 * Labels a cover page writes before a front-matter value ("Client: Riverside Health", "Engagement model:
 * co-managed"), by key. Deliberately narrow: a cover line is a party only when its label says so plainly.
 */
const COVER_LABELS: Readonly<Record<string, readonly string[]>> = {
  client: ['client', 'customer'],
  provider: ['provider', 'service provider', 'supplier', 'vendor', 'msp'],
  parties: ['other parties'],
  model: ['engagement model', 'model'],
  term: ['term'],
  effective: ['effective date'],
};

/** The front-matter key a cover line's label stands for, or undefined for any other label. */
export function frontMatterKeyOfLabel(label: string): string | undefined {
  const l = label.trim().toLowerCase().replace(/\s+/g, ' ');
  return Object.keys(COVER_LABELS).find((key) => COVER_LABELS[key].includes(l));
}

/** "Engagement model: Co-Managed IT" as the model it names, or the text as written. */
export function engagementModelOf(text: string): string {
  return /co[- ]?managed/i.test(text) ? 'co-managed' : /managed/i.test(text) ? 'managed' : text;
}

/** A front-matter value as a reader sees it: YAML reads an unquoted 2026-03-01 as a date, lists as "A; B". */
export function showFrontMatterValue(value: unknown): string {
  if (Array.isArray(value) && value.every((v) => typeof v === 'string')) return value.join('; ');
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : (JSON.stringify(value) ?? '');
}

// Anchors and aliases can expand exponentially (a "YAML bomb"); no SOW needs more than a few.
const MAX_ALIAS_COUNT = 50;

/** Reads the YAML front matter node into parties, model and key positions. */
export function readFrontMatter(node: Yaml | undefined, source: SourceText): FrontMatter {
  const fm: FrontMatter = { data: {}, keys: {}, others: [] };
  if (!node?.position) return fm;
  const start = node.position.start.offset ?? 0;
  fm.range = source.rangeOf(start, node.position.end.offset ?? start);
  // The YAML text begins after the opening `---` line.
  const valueStart = source.lineStarts[node.position.start.line] ?? start;
  // yaml's own duplicate-key check compares each key with every earlier one: 10,000 keys took 0.7 s.
  const doc = parseDocument(node.value, { prettyErrors: false, uniqueKeys: false });
  const first = [...doc.errors.map((e) => ({ message: e.message, at: e.pos?.[0] ?? 0 })), ...duplicateKeys(doc)].sort(
    (a, b) => a.at - b.at,
  )[0];
  if (first) {
    fm.yamlError = { message: first.message.split('\n')[0], range: source.lineRange(source.positionAt(valueStart + first.at).line) };
    return fm;
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (e) {
    fm.yamlError = { message: (e as Error).message.split('\n')[0], range: source.lineRange(source.positionAt(valueStart).line) };
    return fm;
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    fm.yamlError = { message: 'front matter is not a set of `key: value` lines', range: fm.range };
    return fm;
  }
  fm.data = data as Record<string, unknown>;
  if (isMap(doc.contents)) {
    for (const item of doc.contents.items) {
      if (isScalar(item.key) && item.key.range) {
        fm.keys[String(item.key.value)] = source.lineRange(source.positionAt(valueStart + item.key.range[0]).line);
      }
    }
  }
  readParties(fm);
  return fm;
}

/** The first repeat of a key in each mapping, as yaml's `uniqueKeys` reports it, in one pass over each mapping. */
function duplicateKeys(doc: Document): { message: string; at: number }[] {
  const found: { message: string; at: number }[] = [];
  visit(doc, {
    Map(_, map) {
      const seen = new Set<unknown>();
      for (const { key } of map.items) {
        if (!isScalar(key)) continue; // yaml compares other keys by identity: they never repeat
        if (seen.has(key.value)) found.push({ message: 'Map keys must be unique', at: key.range?.[0] ?? 0 });
        seen.add(key.value);
      }
    },
  });
  return found;
}

function nameOf(value: unknown): string | undefined {
  if (typeof value === 'string' && value.trim() !== '') return value.trim();
  if (typeof value === 'number') return String(value);
  return undefined;
}

function readParties(fm: FrontMatter): void {
  const model = fm.data.model;
  if (ENGAGEMENT_MODELS.includes(model as EngagementModel)) fm.engagementModel = model as EngagementModel;
  const aliases = aliasesOf(fm.data.aliases);
  const party = (name: string, role: Party['role']): Party => ({ name, role, aliases: aliases.get(name) ?? [] });
  const client = nameOf(fm.data.client);
  if (client) fm.client = party(client, 'client');
  const provider = nameOf(fm.data.provider);
  if (provider) fm.provider = party(provider, 'provider');
  const others = fm.data.parties;
  if (Array.isArray(others)) {
    for (const o of others) {
      const name = nameOf(o);
      if (name) fm.others.push(party(name, 'other'));
    }
  }
}

/** `aliases:` maps a party's name to another name or a list of them; anything else is ignored. */
function aliasesOf(value: unknown): Map<string, string[]> {
  const out = new Map<string, string[]>();
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return out;
  for (const [name, list] of Object.entries(value)) {
    const names = (Array.isArray(list) ? list : [list]).map(nameOf).filter((n): n is string => n !== undefined);
    if (names.length) out.set(name, names);
  }
  return out;
}
