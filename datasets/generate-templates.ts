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

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  mkdirSync(new URL('./templates/', import.meta.url), { recursive: true });
  for (const t of TEMPLATES) {
    const out = new URL(`./templates/${t.id}.csv`, import.meta.url);
    writeFileSync(out, t.generate());
    console.log(`wrote ${fileURLToPath(out)}`);
  }
}
