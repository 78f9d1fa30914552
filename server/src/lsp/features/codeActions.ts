import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import { disableEdits, disableScopes, fixAll, type Finding } from '../../engine';
import type { AnalysedDocument } from '../documentStore';
import type { FindingRef } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.demarc`;

/** The finding a diagnostic of this document version was made from; none once the document has moved on. */
function findingOf(doc: AnalysedDocument, diagnostic: Diagnostic): Finding | undefined {
  const ref = diagnostic.data as Partial<FindingRef> | undefined;
  if (diagnostic.source !== 'demarc' || typeof ref?.index !== 'number' || ref.version !== doc.document.version) return undefined;
  // Two texts can carry one version number; the revision tells them apart.
  if (ref.revision !== undefined && ref.revision !== doc.revision) return undefined;
  const finding = doc.analysis.findings[ref.index];
  return finding?.ruleId === diagnostic.code ? finding : undefined;
}

/**
 * Quick fixes from the engine's fixes and suggestions, disable comments, and fix-all. Fix-all lints
 * the document repeatedly, so it runs only when a client asks for `source.fixAll` by name (on save,
 * or from the menu), never for the lightbulb requests sent on every cursor move.
 */
export function codeActions(doc: AnalysedDocument, params: CodeActionParams): CodeAction[] {
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      const finding = findingOf(doc, diagnostic);
      if (finding) actions.push(...quickFixes(doc, finding, diagnostic));
    }
  }
  const asked = only?.some((k) => FIX_ALL_KIND === k || FIX_ALL_KIND.startsWith(`${k}.`)) ?? false;
  if (asked) {
    const edit = fixAllEdit(doc);
    if (edit)
      actions.push({
        title: 'Fix all auto-fixable Demarc problems',
        kind: FIX_ALL_KIND,
        edit: { changes: { [doc.document.uri]: [edit] } },
      });
  }
  return actions;
}

function quickFixes(doc: AnalysedDocument, finding: Finding, diagnostic: Diagnostic): CodeAction[] {
  const uri = doc.document.uri;
  const action = (title: string, edits: TextEdit[], isPreferred = false): CodeAction => ({
    title,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    isPreferred,
    edit: { changes: { [uri]: edits } },
  });
  const out: CodeAction[] = [];
  if (finding.fix) out.push(action(finding.fix.title, finding.fix.edits, true));
  for (const s of finding.suggestions ?? []) out.push(action(s.title, s.edits));
  const model = doc.analysis.model;
  // "For this line" only where it differs from "for this file" (a finding about the whole document).
  if (model)
    for (const scope of disableScopes(model, finding))
      out.push(
        action(
          `Disable ${finding.ruleId} for this ${scope}`,
          disableEdits(model, doc.analysis.source, finding.ruleId, scope, finding.range.start.line),
        ),
      );
  return out;
}

/** One edit covering only what fix-all changed: the common prefix and suffix are left alone. */
function fixAllEdit(doc: AnalysedDocument): TextEdit | undefined {
  const before = doc.document.getText();
  const after = fixAll(before, { config: doc.config }).text;
  if (after === before) return undefined;
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end])
    end++;
  return {
    range: { start: doc.document.positionAt(start), end: doc.document.positionAt(before.length - end) },
    newText: after.slice(start, after.length - end),
  };
}
