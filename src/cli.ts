#!/usr/bin/env node
// The `headerguard` command's entry: see cli/run.ts.
import { runCli } from './cli/run.js'

process.exitCode = await runCli(process.argv.slice(2))
