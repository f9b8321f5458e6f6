#!/usr/bin/env -S node --no-regexp-tier-up --no-turbo-inlining
// The `echotrace` command: runs the compiled CLI (dist/, built by `npm run build` on install), or the TypeScript
// sources through tsx when no build is present (a development checkout). The shebang starts node with
// --no-regexp-tier-up (our large lexicon regexes are compiled to machine code at once) and --no-turbo-inlining (each
// worker compiles its hot code in about half the CPU time, with no loss of steady speed): see README, Performance.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const built = new URL('../dist/cli/main.js', import.meta.url);
if (existsSync(fileURLToPath(built)) && !process.env.ECHOTRACE_FROM_SOURCE) {
  const { main } = await import(built.href);
  process.exitCode = await main(process.argv);
} else {
  const { register } = await import('tsx/esm/api');
  register();
  const { main } = await import(new URL('../src/cli/main.ts', import.meta.url).href);
  process.exitCode = await main(process.argv);
}
