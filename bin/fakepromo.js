#!/usr/bin/env node
// The launcher loads the bundled CLI. It is CommonJS (bin/package.json), which starts faster.
require('../dist/cli.cjs');
