/**
 * Writes the example data of the five thesis templates, datasets/templates/<id>.csv, from their
 * seeded generators in src/core/templates/ (the CLI and the tests call the same code):
 *
 *   npm run gen:templates
 *
 * What each thesis states and what is assumed: datasets/README.md and docs/templates.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { TEMPLATES } from '../src/core/templates/index.ts';
import { templatePeriod2 } from '../src/core/templates/next-period.ts';

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(new URL('./templates/', import.meta.url), { recursive: true });
  for (const t of TEMPLATES) {
    const out = new URL(`./templates/${t.id}.csv`, import.meta.url);
    writeFileSync(out, t.generate());
    console.log(`wrote ${fileURLToPath(out)}`);
  }
  // The same customers a period later (two periods, issue 9 item 7): src/core/templates/next-period.ts
  mkdirSync(new URL('./templates/period2/', import.meta.url), { recursive: true });
  for (const t of TEMPLATES) {
    const out = new URL(`./templates/period2/${t.id}.csv`, import.meta.url);
    writeFileSync(out, templatePeriod2(t));
    console.log(`wrote ${fileURLToPath(out)}`);
  }
}
