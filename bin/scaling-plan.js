#!/usr/bin/env node
'use strict';
// The bundle (dist/cli.js, one file: nothing to resolve at start-up) when it is
// there and not older than the tsc output; otherwise server/out (a developer who
// ran `tsc -b` after the last bundle gets the code they just built).
const { statSync } = require('node:fs');
const { join } = require('node:path');

function mtime(file) {
  try { return statSync(file).mtimeMs; } catch { return -1; }
}
const bundle = join(__dirname, '../dist/cli.js');
const out = join(__dirname, '../server/out/cli/main.js');
const entry = mtime(bundle) >= mtime(out) && mtime(bundle) > 0 ? bundle : out;
require(entry)
  .main(process.argv.slice(2))
  .then((code) => { process.exitCode = code; });
