#!/usr/bin/env node
import '../dist/hub/src/cli.js';
