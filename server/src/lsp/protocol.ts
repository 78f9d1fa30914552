/** Custom requests between the Demarc server and its clients; shared type-only with the VS Code client. */
import type { AccessLevel, EngagementModel, FunctionStatus, PartyRole, Severity } from '../engine';

export const RESPONSIBILITY_MODEL_REQUEST = 'demarc/responsibilityModel';
export const EXPORT_MATRIX_REQUEST = 'demarc/exportMatrix';

export interface FindingSummary {
  ruleId: string;
  severity: Severity;
  message: string;
  /** 1-based, like every line in these results. */
  line: number;
}

export interface ResponsibilityModelParams {
  uri: string;
}

export interface ResponsibilityModelResult {
  uri: string;
  version: number;
  /** False when the document was too large or could not be analysed; `findings` says why. */
  analysed: boolean;
  title?: string;
  engagementModel?: EngagementModel;
  /** `parties` and `functions` (less findings) equal `demarc matrix --format json`. */
  parties: { name: string; role: PartyRole }[];
  functions: { name: string; line: number; roles: Record<string, string>; status: FunctionStatus; findings: FindingSummary[] }[];
  serviceLevels: {
    priority: string; priorityLevel?: number; response: string; responseMinutes?: number; business: boolean; line: number; findings: FindingSummary[];
  }[];
  maxP1ResponseMinutes: number;
  tools: {
    name: string; line: number; kind?: string; owner?: string; access: string; accessLevel: AccessLevel; exitTerms: string;
    hasExitTerms: boolean; isRmm: boolean; isTicketing: boolean; findings: FindingSummary[];
  }[];
  findings: FindingSummary[];
  counts: { errors: number; warnings: number; infos: number };
}

export interface ExportMatrixParams {
  uri: string;
  format: 'csv' | 'md' | 'html' | 'json';
}

export interface ExportMatrixResult {
  content: string;
}
