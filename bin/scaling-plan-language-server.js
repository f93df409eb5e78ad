#!/usr/bin/env node
'use strict';
// The language server: dist/server.js (through the code cache) when it is there
// and not older than server/out/server.js, else server/out (bin/load-bundle.js).
const { join } = require('node:path');
const { load } = require('./load-bundle.js');

load(join(__dirname, '../dist/server.js'), join(__dirname, '../server/out/server.js'));
