import { appendBlock } from '../fixes/edits';
import { escalationSection } from '../fixes/templates';
import { ESCALATION, linesIn, linesOf } from '../model/sections';
import type { Section, SowModel } from '../model/types';
import { isPlaceholder } from '../vocabulary/words';
import { defineRule } from './rule';

/** What makes a sentence about escalation a path: a level or step, who is next, or when ("see the portal" is not one). */
const PATH =
  /\b(?:(?:levels?|tiers?|steps?|stages?)\s*\d|managers?|directors?|executives?|supervisors?|team leads?|coordinators?|cotr|within \d|after \d)\b|→|->/i;
/** The same in German ("Stufe 2", "an die Teamleitung", "nach 4 Stunden"), by stem: German joins its words. */
const PATH_DE =
  /\b(?:stufe|ebene)\s*\d|\d\.\s*(?:stufe|ebene)|leiter|leitung|gesch(?:ä|ae)ftsf(?:ü|ue)hr|vorgesetzt|\b(?:innerhalb von|nach) \d/i;

/**
 * The escalation sections' content, if it says more than a placeholder: their items and paragraphs, or the cells
 * of a table in them (a ladder of levels and contacts written as a table). Read once for all the sections.
 */
function stated(sections: readonly Section[], scope: SowModel['scope']): boolean {
  if (sections.some((section) => [...section.listItems, ...section.paragraphs].some((b) => !isPlaceholder(b.text)))) return true;
  const lines = linesIn(scope, sections);
  // A table's header row names its columns (no row of cells stands one or two lines above it, its delimiter
  // between): a template of headers over "TBD" cells states no path.
  const rows = new Set(lines.filter((l) => l.texts.length >= 2).map((l) => l.range.start.line));
  const header = (line: number) => rows.has(line) && !rows.has(line - 1) && !rows.has(line - 2);
  return lines.some((l) => !header(l.range.start.line) && l.texts.some((t) => !isPlaceholder(t)));
}

/** An escalation path written anywhere: a heading says where, the content says whether. */
function escalationPath(model: SowModel): 'stated' | 'placeholder' | 'none' {
  const sections = model.sections.filter((s) => s.kind === 'escalation');
  if (stated(sections, model.scope)) return 'stated';
  if (model.scope.some((s) => !s.excluded && ESCALATION.test(s.text) && (PATH.test(s.text) || PATH_DE.test(s.text)))) return 'stated';
  if (escalatesAlongTeams(model.scope) || laddersOfSupportLines(model.scope)) return 'stated';
  return sections.length > 0 ? 'placeholder' : 'none';
}

/** A support line or level as a ladder's rung names it: "1st Line", "3rd line", "Level 2", "Tier 1". */
const SUPPORT_LINE = /\b(?:(?:1st|2nd|3rd|first|second|third)[\s-]*(?:line|level|tier)|(?:line|level|tier)\s*[1-3])\b/i;
/** How to reach a rung: a named lead or manager, a phone or an email address. */
const CONTACT = /\b(?:tel|telephone|phone|e-?mail|team lead(?:er)?|manager)\b|@|\+?\d[\d ()-]{7,}\d/i;

/**
 * A table of support lines with whom to reach at each ("1st - 3rd Line | … | Team Leader: …, Tel:"): two or
 * more rows whose first cell is a line or level and another cell a contact are the path, rung by rung.
 */
function laddersOfSupportLines(scope: SowModel['scope']): boolean {
  const rungs = linesOf(scope, (s) => !s.excluded && !s.heading).filter(
    ({ texts: [first, ...rest] }) => rest.length > 0 && SUPPORT_LINE.test(first) && rest.some((t) => CONTACT.test(t)),
  );
  return rungs.length >= 2;
}

/** "Service Desk: basic troubleshooting, escalation": a team or role named before what it does. */
const LABELLED = /^\s*[\p{L}][\p{L}\p{N} &()/'-]{1,40}:\s+\S/u;

/**
 * Teams written one per line, each before what it does, where one escalates ("Service Desk: troubleshooting,
 * escalation" over "Technical ops: level 3 support"): the lines are the path, each says who is next.
 */
function escalatesAlongTeams(scope: SowModel['scope']): boolean {
  for (let i = 0; i < scope.length; i++) {
    const s = scope[i];
    // The label names who; "Escalation: the process of ..." defines a word, it names nobody.
    if (s.excluded || s.heading || !LABELLED.test(s.text) || !ESCALATION.test(s.text.slice(s.text.indexOf(':')))) continue;
    const line = s.range.start.line;
    const next = scope[i + 1];
    if (next && !next.heading && next.range.start.line === line + 1 && LABELLED.test(next.text)) return true;
  }
  return false;
}

export default defineRule({
  id: 'escalation-missing',
  defaultSeverity: 'warning',
  description:
    'Co-managed with no escalation path: no section or passage saying whom to call next, or only a placeholder under an Escalation heading.',
  fixable: false,
  hasSuggestions: true,
  messages: {
    noSection:
      'This co-managed SOW has no escalation section: when the two teams disagree or a target is missed, nobody knows whom to call next.',
    placeholderOnly:
      'The escalation section says nothing but a placeholder: when the two teams disagree or a target is missed, nobody knows whom to call next.',
  },
  absence: { messages: ['noSection'], topic: 'an escalation path' },
  check(context) {
    const { model } = context;
    if (model.frontMatter.engagementModel !== 'co-managed') return;
    const path = escalationPath(model);
    if (path === 'stated') return;
    const section = model.sections.find((s) => s.kind === 'escalation');
    context.report({
      messageId: path === 'none' ? 'noSection' : 'placeholderOnly',
      range: section?.heading ?? model.documentAnchor,
      // The steps and their times are terms for the parties to agree, so a person picks them.
      suggestions:
        path === 'none'
          ? [
              {
                title: 'Add an escalation section with a standard three-step path',
                edits: [appendBlock(context, escalationSection(model))],
              },
            ]
          : [],
    });
  },
});
