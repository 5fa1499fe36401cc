#!/usr/bin/env node
// npm run check:docx — the Word chapter of the sample, written by `cli report --format docx
// --lang zh-CN`, converted to PDF by LibreOffice headless (Debian libreoffice-writer-nogui) and
// its pages to PNG (poppler-utils' pdftoppm, else LibreOffice's own PNG of page 1), so a person
// can look at .ci-out/chapter-page-*.png. Without LibreOffice it says so and exits 0 (optional
// in CI); a conversion that fails exits 1.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const OUT = process.env.E2E_OUT ?? '.ci-out';
mkdirSync(OUT, { recursive: true });
const docx = join(OUT, 'chapter.docx');
const run = (cmd, args, opts = {}) => spawnSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...opts });

const made = run('node_modules/.bin/tsx', ['src/cli/main.ts', 'report', '--project', 'datasets/corporate_customers.project.json', '--data', 'datasets/corporate_customers.csv', '--format', 'docx', '--lang', 'zh-CN', '--out', docx]);
if (made.status !== 0) {
  console.error(made.stderr);
  process.exit(1);
}
const soffice = ['soffice', 'libreoffice'].find((c) => run('sh', ['-c', `command -v ${c}`]).status === 0);
if (!soffice) {
  console.log(`check:docx: ${docx} written; LibreOffice is not installed (apt-get install libreoffice-writer-nogui), so no PDF: skipped`);
  process.exit(0);
}
const profile = `file:///tmp/valueseg-lo-${process.pid}`;
const pdf = run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', OUT, docx], { timeout: 180_000 });
const pdfPath = join(OUT, 'chapter.pdf');
if (!existsSync(pdfPath)) {
  console.error(`check:docx: LibreOffice did not convert ${docx}:\n${pdf.stdout}\n${pdf.stderr}`);
  process.exit(1);
}
if (run('sh', ['-c', 'command -v pdftoppm']).status === 0) run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '4', pdfPath, join(OUT, 'chapter-page')]);
else run(soffice, [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'png', '--outdir', OUT, docx], { timeout: 180_000 });
const pages = readdirSync(OUT).filter((f) => /^chapter(-page-\d+)?\.png$/.test(f));
if (pages.length === 0) {
  console.error('check:docx: no page image was made');
  process.exit(1);
}
console.log(`check:docx: ${pdfPath} and ${pages.map((p) => join(OUT, p)).join(', ')}`);
