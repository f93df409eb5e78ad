#!/usr/bin/env node
'use strict';
// The command line: dist/cli.js (one file, through the code cache) when it is
// there and not older than the tsc output, else server/out (bin/load-bundle.js).
const { join } = require('node:path');
const { load } = require('./load-bundle.js');

load(join(__dirname, '../dist/cli.js'), join(__dirname, '../server/out/cli/main.js'))
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
