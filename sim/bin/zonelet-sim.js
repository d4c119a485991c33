#!/usr/bin/env node
import '../../dist/sim/src/cli/main.js';
