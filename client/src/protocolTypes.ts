/**
 * The server's custom requests and notifications, as the client sees them: defined once by the
 * language server in server/src/lsp/protocol.ts and re-exported here.
 */
export type { DocumentStatus, PreviewData, ExportSplitResult, FindingSummary } from '../../server/src/lsp/protocol';
export {
  DOCUMENT_STATUS_NOTIFICATION,
  EXPORT_SPLIT_REQUEST,
  PREVIEW_DATA_REQUEST,
  WORKSPACE_TRUSTED_NOTIFICATION,
} from '../../server/src/lsp/protocol';
