#!/usr/bin/env -S node --expose-gc
// --expose-gc lets the server hand the heap its parses grew back once edits go quiet (bench/README.md).
require('../../dist/server.js');
