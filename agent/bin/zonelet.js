#!/usr/bin/env node
// Launcher for the compiled CLI (npm run build). package.json "bin" points here.
import { start } from '../../dist/agent/src/cli/main.js';
await start();
