/**
 * The server's custom requests, as the client sees them. The shapes are defined by the language
 * server in server/src/lsp/protocol.ts; this module only re-exports them, type-only.
 */
export type {
  ResponsibilityModelParams, ResponsibilityModelResult, ExportMatrixParams, ExportMatrixResult, FindingSummary,
} from '../../server/src/lsp/protocol';
export const RESPONSIBILITY_MODEL_REQUEST = 'demarc/responsibilityModel';
export const EXPORT_MATRIX_REQUEST = 'demarc/exportMatrix';
