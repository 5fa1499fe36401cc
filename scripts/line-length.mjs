#!/usr/bin/env node
/**
 * `npm run lint`, second half: no line in src/ longer than 120 characters (Prettier wraps code at
 * 120 but leaves long strings and comments as they are). Counts characters (code points), so a
 * Chinese character counts one. Prints file:line for each long line; exit 1 when there is one.
 *
 *   node scripts/line-length.mjs [dir …] [--max 120]
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const args = process.argv.slice(2);
const at = args.indexOf('--max');
const max = at >= 0 ? Number(args[at + 1]) : 120;
const dirs = args.filter((a, i) => !a.startsWith('--') && (at < 0 || i !== at + 1));
const roots = dirs.length ? dirs : ['src'];
const exts = /\.(ts|mts|js|mjs|svelte|css)$/;

function* files(path) {
  if (statSync(path).isDirectory()) {
    for (const name of readdirSync(path).sort()) yield* files(join(path, name));
  } else if (exts.test(path)) yield path;
}

let long = 0;
for (const root of roots) {
  for (const file of files(root)) {
    readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, i) => {
        const n = [...line].length;
        if (n > max) {
          long++;
          console.log(`${file}:${i + 1}: ${n} characters`);
        }
      });
  }
}
if (long > 0) {
  console.log(`${long} line(s) over ${max} characters`);
  process.exitCode = 1;
}
