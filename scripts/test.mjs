#!/usr/bin/env node
// The one test command (`npm test`): unit tests (Vitest), then the built page in Chromium.
// Ends with a plain line "N passed, N failed" that CI reads; fails when no test ran.
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, existsSync } from 'node:fs';

mkdirSync('.ci-out', { recursive: true });
const bin = (name) => `node_modules/.bin/${name}`;
const run = (cmd, args) => spawnSync(cmd, args, { stdio: 'inherit' }).status ?? 1;

let passed = 0;
let failed = 0;

const vitestStatus = run(bin('vitest'), ['run', '--reporter=default', '--reporter=json', '--outputFile.json=.ci-out/vitest.json']);
if (existsSync('.ci-out/vitest.json')) {
  const r = JSON.parse(readFileSync('.ci-out/vitest.json', 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  // A suite that failed to load has no failed tests of its own: count it.
  failed += r.testResults.filter((f) => f.status === 'failed' && f.assertionResults.length === 0).length;
} else failed += 1;
if (vitestStatus !== 0 && failed === 0) failed += 1;

// The page, and the one-file build (dist-single/valueseg.html) that tests/e2e/single.e2e.mjs opens from disk.
const buildStatus = run(bin('vite'), ['build', '--logLevel', 'warn']) || run(bin('vite'), ['build', '--mode', 'single', '--logLevel', 'warn']);
if (buildStatus !== 0) failed += 1;
else {
  const e2eStatus = run('node', ['tests/e2e/run.mjs']);
  if (existsSync('.ci-out/e2e.json')) {
    const r = JSON.parse(readFileSync('.ci-out/e2e.json', 'utf8'));
    passed += r.passed;
    failed += r.failed;
  } else failed += 1;
  if (e2eStatus !== 0 && failed === 0) failed += 1;
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);
