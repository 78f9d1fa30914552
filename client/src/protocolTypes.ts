/**
 * The server's custom requests and notifications, as the client sees them: defined once by the
 * language server in server/src/lsp/protocol.ts and re-exported here.
 */
export type {
  BaseVersion,
  CompareResult,
  DocumentStatus,
  PreviewData,
  ExportSplitResult,
  FindingSummary,
  ShownChange,
  FileText,
  FindConfigParams,
  FindConfigResult,
  ListSowsParams,
  ReadFileParams,
} from '../../server/src/lsp/protocol';
export type { FindingView } from '../../server/src/engine';
export {
  COMPARE_REQUEST,
  DOCUMENT_STATUS_NOTIFICATION,
  EXPORT_SPLIT_REQUEST,
  FIND_CONFIG_REQUEST,
  LIST_SOWS_REQUEST,
  PREVIEW_DATA_REQUEST,
  READ_FILE_REQUEST,
  WORKSPACE_TRUSTED_NOTIFICATION,
} from '../../server/src/lsp/protocol';
