import { isMainThread } from 'node:worker_threads';
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
// In an analysis worker started from this same script, this import is what runs.
import './analysis/worker';
import { nodeHost } from './nodeHost';
import { startServer } from './server';

// `--stdio`, `--node-ipc` and `--socket=N` are read from argv by createConnection.
if (isMainThread) startServer(createConnection(ProposedFeatures.all), nodeHost(__filename));
