#!/usr/bin/env node
'use strict';
// The bundle (dist/server.js) when it is there and not older than the tsc output
// (server/out/server.js); see bin/scaling-plan.js.
const { statSync } = require('node:fs');
const { join } = require('node:path');

function mtime(file) {
  try { return statSync(file).mtimeMs; } catch { return -1; }
}
const bundle = join(__dirname, '../dist/server.js');
const out = join(__dirname, '../server/out/server.js');
require(mtime(bundle) > 0 && mtime(bundle) >= mtime(out) ? bundle : out);
