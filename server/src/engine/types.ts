/** Zero-based line and UTF-16 character, as in LSP, so no adapter has to convert twice. */
export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

export type Severity = 'error' | 'warning' | 'info';

export interface TextEdit {
  range: Range;
  newText: string;
}

/** A named set of edits: the safe fix of a finding, or one of its suggestions. */
export interface Fix {
  title: string;
  edits: TextEdit[];
}

export interface RelatedLocation {
  range: Range;
  message: string;
}

export interface Finding {
  ruleId: string;
  /** Which of the rule's messages this is; stable across wording changes. Absent on not-analysed. */
  messageId?: string;
  severity: Severity;
  message: string;
  range: Range;
  related?: RelatedLocation[];
  /** Applied by `demarc lint --fix` and `source.fixAll.demarc`. */
  fix?: Fix;
  /** Alternatives a person chooses between (quick fixes only). */
  suggestions?: Fix[];
}
