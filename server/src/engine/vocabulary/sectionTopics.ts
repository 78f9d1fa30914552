import type { SowModel } from '../model/types';
import { mentionsAny } from './words';

/** What a section of a SOW is about, as far as a heading says: what a section snippet would add. */
export type SectionTopic = 'responsibilities' | 'service-levels' | 'tools' | 'escalation' | 'exit';

/** Heading words per topic; escalation and exit headings are told by the section reader (Section.kind). */
const TOPIC_WORDS: [SectionTopic, readonly string[]][] = [
  [
    'service-levels',
    ['service levels', 'service level', 'sla', 'slas', 'response times', 'response time', 'priorities', 'priority levels'],
  ],
  ['tools', ['tools', 'tooling', 'tools and access', 'systems and access', 'platforms', 'software and licences']],
  ['responsibilities', ['responsibilities', 'responsibility', 'raci', 'roles and responsibilities', 'division of responsibilities']],
];

/** The topic of the innermost section a line stands in; undefined outside any heading or under another one. */
export function sectionTopicAt(model: SowModel, line: number): SectionTopic | undefined {
  const section = model.sections.filter((s) => s.range.start.line <= line && line <= s.range.end.line).pop();
  if (!section) return undefined;
  if (section.kind) return section.kind;
  return TOPIC_WORDS.find(([, words]) => mentionsAny(section.title, words))?.[0];
}
