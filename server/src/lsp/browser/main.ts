// The language server in a browser (vscode.dev, github.dev): a web worker the extension starts, speaking
// LSP over postMessage. Analysis runs in web workers of its own; configs and the workspace's SOWs are read
// through the editor.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, ProposedFeatures } from 'vscode-languageserver/browser';
import { startServer } from '../server';
import { EditorConfigs } from './configs';
import { editorFiles } from './editorFiles';
import { scope } from './scope';
import { webWorkers } from './workers';

const connection = createConnection(ProposedFeatures.all, new BrowserMessageReader(scope), new BrowserMessageWriter(scope));
// The client says where analysis.js is: VS Code starts this script from a blob URL, so it cannot be found
// relative to this one's own location.
let analysisWorker: string | undefined;
startServer(connection, {
  startWorker: webWorkers(() => analysisWorker ?? new URL('./analysis.js', scope.location.href).href),
  configs: new EditorConfigs(connection),
  workspaceFiles: editorFiles(connection),
  initialize: (options) => {
    if (typeof options.analysisWorker === 'string') analysisWorker = options.analysisWorker;
  },
});
