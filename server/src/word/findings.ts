import type { Finding, RelatedLocation } from '../engine';
import type { ImportedSow } from './import';
import { describeChange } from './blocks';
import { describeLocation, locate, type WordLocation } from './locate';

/** A finding on a Word file: its range is in the imported text; `location` is where a reviewer looks in Word. */
export interface LocatedFinding extends Finding {
  location?: WordLocation;
  related?: (RelatedLocation & { location?: WordLocation })[];
}

/** Rules whose findings on the front matter are about the front matter itself; the rest anchor there for want of a place. */
const ABOUT_FRONT_MATTER = new Set(['invalid-front-matter', 'model-mismatch', 'unknown-party']);

/** What the import could not carry over (pictures, merged cells, tracked changes), reported with the lint's findings. */
export const WORD_IMPORT = 'word-import';

/** Puts each finding at its Word place, and adds the import's notes as info findings so none goes unseen. */
export function locateFindings(findings: readonly Finding[], imported: ImportedSow): LocatedFinding[] {
  const start = { line: 0, character: 0 };
  // Every note names a Word place: the whole document when it has no other.
  const notes: LocatedFinding[] = imported.notes.map((n) => ({
    ruleId: WORD_IMPORT,
    severity: n.severity ?? 'info',
    message: n.message,
    range: { start, end: start },
    location: n.at ?? { kind: 'document' },
  }));
  const located = findings.map((f): LocatedFinding => {
    // A Word file has no front matter: a key the import could not find in its text is the import's gap, not the
    // contract's defect. It is said as a reading note on that key, not as an error about the document.
    const at = locate(imported.lines, f.range.start.line);
    if (f.ruleId === 'invalid-front-matter' && (!at || (at.kind === 'front-matter' && at.paragraph === undefined))) {
      const found =
        at?.kind === 'front-matter'
          ? `no ${at.key} in the document (${at.text.replace(/^not stated in the document \(|\)$/g, '')})`
          : 'no engagement model in the document (no cover line, and no responsibility split to infer it from)';
      return {
        ruleId: WORD_IMPORT,
        severity: 'info',
        message: `Demarc found ${found}; findings that depend on it may be incomplete.`,
        range: f.range,
        location: at ?? { kind: 'document' },
      };
    }
    const onFrontMatter = f.range.start.line < imported.frontMatterLines;
    const location: WordLocation | undefined =
      onFrontMatter && !ABOUT_FRONT_MATTER.has(f.ruleId) ? { kind: 'document' } : locate(imported.lines, f.range.start.line);
    // "on line 35" means nothing in Word: name the row or paragraph that line came from.
    const message = f.message.replace(/\bon line (\d+)\b/g, (said, line: string) => {
      const there = locate(imported.lines, Number(line) - 1);
      return there ? `in ${describeLocation(there)}` : said;
    });
    // A Word file is not rewritten, so it offers no fixes; related places are Word places too.
    const { fix: _fix, suggestions: _suggestions, ...rest } = f;
    const related = f.related?.map((r) => ({ ...r, location: locate(imported.lines, r.range.start.line) }));
    return { ...rest, message: message + proposed(imported, f), ...(location ? { location } : {}), ...(related ? { related } : {}) };
  });
  return [...notes, ...located];
}

/** A finding on text inside an open tracked change says whose proposal it is, and that it is not yet accepted. */
function proposed(imported: ImportedSow, f: Finding): string {
  const changes = imported.changes?.[f.range.start.line];
  if (!changes || changes.length === 0) return '';
  const authors = [...new Set(changes.map((c) => c.author))].join(', ');
  return ` (This text holds a change proposed by ${authors}, not yet accepted in Word: ${changes.map(describeChange).join('; ')}.)`;
}
