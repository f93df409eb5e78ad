#!/usr/bin/env node
'use strict';
require('../server/out/server.js');
