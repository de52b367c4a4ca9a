#!/usr/bin/env node
'use strict';
// The CLI is bundled by `npm run build` (run by `npm ci` through the prepare script).
require('../dist/cli.js');
