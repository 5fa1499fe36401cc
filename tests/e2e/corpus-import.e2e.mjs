// Project files from the hostile-input corpus (tests/fixtures/bad/) imported through the page:
// what was ignored or removed is listed by path, and the project still computes.
import { readFileSync } from 'node:fs';

const out = (file) => `${process.env.E2E_OUT ?? '.ci-out'}/${file}`;

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByTestId('segment-card').first().waitFor();
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
}

const importFile = (page, name) =>
  page.getByLabel('Import a project (JSON)').setInputFiles({ name, mimeType: 'application/json', buffer: readFileSync(`tests/fixtures/bad/${name}`) });

export const tests = {
  async 'importing a project with unknown fields and __proto__ keys lists each by path, keeps the project computing and leaves Object.prototype clean'({ page, base }) {
    await open(page, base);
    await importFile(page, 'project-unknown-fields.json');
    const box = page.getByTestId('import-warnings');
    await box.waitFor();
    const text = await box.innerText();
    if (!text.startsWith('The file has 3 field(s) a project does not have; they were ignored or removed:')) throw new Error(`summary: ${text}`);
    for (const p of ['colour', 'hierarchy.criteria[0].weight', 'options.weighting.beta']) {
      if (!text.includes(`${p} unknown field; a version 1 project has no such field, so it is ignored (check its spelling)`)) throw new Error(`${p} not listed: ${text}`);
    }
    await page.getByTestId('import-result').filter({ hasText: 'Imported project-unknown-fields.json.' }).waitFor();
    await page.locator('#step-export').screenshot({ path: out('corpus-import-unknown-fields.png') });

    await importFile(page, 'project-proto-keys.json');
    await page.getByTestId('import-result').filter({ hasText: 'Imported project-proto-keys.json.' }).waitFor();
    const keys = await box.innerText();
    for (const p of ['__proto__', 'constructor', 'hierarchy.__proto__', 'options.__proto__']) {
      if (!keys.includes(`${p} a key named`)) throw new Error(`${p} not listed: ${keys}`);
    }
    const polluted = await page.evaluate(() => [({}).polluted, Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')]);
    if (polluted[0] !== undefined || polluted[1]) throw new Error(`Object.prototype polluted: ${polluted}`);
    await page.getByRole('status').filter({ hasText: /600 customers/ }).waitFor({ timeout: 20_000 });
    if ((await page.getByTestId('segment-card').count()) !== 4) throw new Error('the imported project does not show four segments');
  },
};
