// Step 3, Judgments (AHP): sliders, matrix, paste, live CR, repairs, cycles, experts, RI table.
import { expect } from './helpers.mjs';

/** Opens the page, waits for the sample to be computed, returns the judgments step. */
async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  const step = page.locator('#step-judgments');
  await step.getByTestId('judgments-node-current').getByTestId('cr').waitFor();
  return step;
}

const card = (step, id) => step.getByTestId(`judgments-node-${id}`);
const crOf = async (c) => Number((await c.getByTestId('cr').innerText()).replace(/[^\d.]/g, ''));

/** A screenshot of one element (the sticky page header unstuck so it does not cover it). */
async function elementShot(page, locator, file) {
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
  await locator.screenshot({ path: `${process.env.E2E_OUT ?? '.ci-out'}/${file}` });
}

/** Waits until `f()` returns true (polling), or fails with `message`. */
async function until(f, message, timeout = 5000) {
  const t0 = Date.now();
  for (;;) {
    if (await f()) return;
    if (Date.now() - t0 > timeout) throw new Error(message);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export const tests = {
  async "first load shows each node's matrix, sliders, local weights chart and CR 0.015 for Current value"({ page, base, shot }) {
    const step = await open(page, base);
    for (const [id, n] of [['goal', 2], ['current', 5], ['potential', 5]]) {
      const c = card(step, id);
      const rows = await c.getByTestId('matrix').locator('tbody tr').count();
      expect(rows === n, `${id}: matrix has ${rows} rows, expected ${n}`);
      const sliders = await c.getByRole('slider').count();
      expect(sliders === (n * (n - 1)) / 2, `${id}: ${sliders} sliders, expected ${(n * (n - 1)) / 2}`);
    }
    const cur = card(step, 'current');
    const cr = await cur.getByTestId('cr').innerText();
    expect(cr === '0.015', `Current value CR shows ${cr}, expected 0.015`);
    expect((await cur.getByTestId('cr-chip').innerText()).includes('✓'), 'CR 0.015 is not shown as passing');
    // The reciprocal is filled in below the diagonal, read-only.
    const low = await cur.getByTestId('matrix').locator('tbody tr').nth(2).locator('td').nth(0).innerText();
    expect(low.trim() === '1/3', `a_31 shows "${low}", expected 1/3`);
    expect((await cur.getByTestId('cell-0-2').inputValue()) === '3', 'a_13 is not 3');
    const fig = page.getByRole('figure', { name: 'Local weights of Current value' });
    await fig.locator('svg rect').first().waitFor();
    expect((await fig.locator('svg rect').count()) >= 5, 'local weights chart has fewer than 5 bars');
    const verbal = await cur.getByTestId('pair-0-2').innerText();
    expect(/Average daily deposits: moderate/.test(verbal), `pair 1–3 verbal label is "${verbal}"`);
    const total = await step.getByTestId('total-cr').innerText();
    expect(/Total-ranking CR of the hierarchy = 0\.0\d\d \(passes/.test(total), `total CR line: ${total}`);
    expect(/Saaty \(1980\)/.test(total), 'total CR line does not name the RI table');
    await shot('judgments-first-load.png');
    await elementShot(page, step, 'judgments-first-load-step.png');
  },

  async 'a slider moved with the keyboard or dragged with the mouse changes CR live, and the judgment is saved through the project on release'({ page, base, shot }) {
    const step = await open(page, base);
    const cur = card(step, 'current');
    const slider = cur.getByRole('slider', { name: 'Average daily deposits versus Loan balance' });
    const before = await crOf(cur);
    await slider.focus();
    await page.keyboard.press('ArrowRight'); // 2 → 1 (equal)
    await until(async () => (await cur.getByTestId('pair-0-1').getByTestId('pair-value').innerText()) === '1', 'pair value did not become 1');
    await until(async () => (await crOf(cur)) !== before, `CR stayed at ${before}`);
    expect((await cur.getByTestId('cell-0-1').inputValue()) === '1', 'matrix cell a_12 did not follow the slider');
    await page.keyboard.press('ArrowRight'); // 1 → 1/2 (column item more important)
    await until(async () => (await cur.getByTestId('cell-0-1').inputValue()) === '1/2', 'a_12 did not become 1/2');
    const low = await cur.getByTestId('matrix').locator('tbody tr').nth(1).locator('td').nth(0).innerText();
    expect(low.trim() === '2', `reciprocal a_21 is "${low}", expected 2`);
    expect(/Loan balance: equal to moderate/.test(await cur.getByTestId('pair-0-1').innerText()), 'verbal label does not name Loan balance');
    // Saved through nb.edit: undo is possible and brings the 1 back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await until(async () => (await cur.getByTestId('cell-0-1').inputValue()) === '1', 'undo did not restore 1');
    // Dragging with the mouse: CR is live before the thumb is released, saved after.
    const drag = cur.getByRole('slider', { name: 'Average daily deposits versus Years of cooperation' });
    const box = await drag.boundingBox();
    const atValue = (v) => box.x + 8 + ((v + 8) / 16) * (box.width - 16); // thumb centre for position v
    const y = box.y + box.height / 2;
    const crBefore = await crOf(cur);
    await page.mouse.move(atValue(-4), y); // a_15 = 5 sits at position −4
    await page.mouse.down();
    await page.mouse.move(atValue(4), y, { steps: 6 }); // towards Years of cooperation: 1/5
    await until(async () => /preview, not saved yet/.test(await cur.getByTestId('verdict').innerText()), 'no live preview while dragging');
    const crDragging = await crOf(cur);
    expect(crDragging > crBefore, `CR while dragging is ${crDragging}, not above ${crBefore}`);
    expect((await cur.getByTestId('cell-0-4').inputValue()) === '1/5', 'matrix does not follow the drag');
    await elementShot(page, cur, 'judgments-slider-dragging-card.png');
    await page.mouse.up();
    await until(async () => !/preview/.test(await cur.getByTestId('verdict').innerText()), 'the preview label stays after release');
    const savedA15 = () =>
      page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null')?.judgments.find((j) => j.node === 'current' && j.expert === 'e1')?.matrix[0][4]);
    await until(async () => (await savedA15()) === '1/5', 'the released slider was not saved as a_15 = 1/5');
    await shot('judgments-slider.png');
    await elementShot(page, cur, 'judgments-slider-card.png');
  },

  async 'a 3-cycle typed into the matrix is named in words and fails CR; one click on the suggested repair brings CR below 0.10'({ page, base, shot }) {
    const step = await open(page, base);
    const cur = card(step, 'current');
    // deposits > loans (2), loans > fees (2), and now fees > deposits: a cycle.
    const cell = cur.getByTestId('cell-0-2');
    await cell.fill('1/5');
    await cell.press('Enter');
    const cycles = cur.getByTestId('cycles');
    await cycles.waitFor();
    const sentence = await cycles.innerText();
    expect(
      sentence.includes('Average daily deposits > Loan balance, Loan balance > Intermediary income but Intermediary income > Average daily deposits'),
      `cycle sentence: ${sentence}`,
    );
    const cr = await crOf(cur);
    expect(cr >= 0.1, `CR ${cr} is below 0.10 after making a cycle`);
    expect((await cur.getByTestId('cr-chip').innerText()).includes('✗'), 'failing CR is not marked');
    expect(/fails the consistency test/.test(await cur.getByTestId('verdict').innerText()), 'no failing verdict');
    // The worst judgment is highlighted in the matrix and offered with its repair.
    await cur.locator('td.worst input[data-testid="cell-0-2"]').waitFor();
    // The step rail counts the failing node once the pipeline has rerun.
    await page.locator('nav a[href="#step-judgments"] .badge').waitFor({ timeout: 10_000 });
    await shot('judgments-cycle.png');
    await elementShot(page, cur, 'judgments-cycle-card.png');
    const apply = cur.getByRole('button', { name: 'Use 2 for Average daily deposits versus Intermediary income' });
    const repairText = await cur.getByTestId('repairs').locator('li').first().innerText();
    expect(/suggested 2 → CR 0\.015/.test(repairText), `repair line: ${repairText}`);
    await apply.click();
    await until(async () => (await crOf(cur)) < 0.1, 'CR did not drop below 0.10 after the repair');
    expect((await cur.getByTestId('cycles').count()) === 0, 'the cycle is still listed after the repair');
    expect((await cur.getByTestId('cell-0-2').inputValue()) === '2', 'a_13 is not the suggested 2');
    await elementShot(page, cur, 'judgments-repaired-card.png');
  },

  async 'a bad typed value shows the core message next to the cell and is not written into the project'({ page, base, shot }) {
    const step = await open(page, base);
    const cur = card(step, 'current');
    const cell = cur.getByTestId('cell-0-1');
    for (const [text, re] of [
      ['abc', /Judgment "Average daily deposits" vs "Loan balance" \(node Current value, expert Expert 1\) is "abc", which is not a number/],
      ['1/0', /a division by zero/],
      ['10', /the Saaty scale allows 1\/9 to 9/],
      ['', /is empty/],
    ]) {
      await cell.fill(text);
      await cell.press('Tab');
      const alert = cur.getByRole('alert').filter({ hasText: re });
      await alert.waitFor({ timeout: 3000 });
      expect((await cell.inputValue()) === text, `the typed "${text}" is no longer visible`);
      expect((await cell.getAttribute('aria-invalid')) === 'true', 'the cell is not marked invalid');
    }
    await cell.fill('abc');
    await cell.press('Tab');
    await shot('judgments-bad-value.png');
    await elementShot(page, cur, 'judgments-bad-value-card.png');
    // Nothing was written: undo has nothing to undo, CR and the slider are unchanged.
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled(), 'a bad value reached the project (undo is enabled)');
    expect((await cur.getByTestId('cr').innerText()) === '0.015', 'CR changed after a bad value');
    expect((await cur.getByTestId('pair-0-1').getByTestId('pair-value').innerText()) === '2', 'slider value changed');
    const saved = await page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null'));
    const jm = saved?.judgments.find((j) => j.node === 'current' && j.expert === 'e1');
    expect(jm && jm.matrix[0][1] === 2, `the autosaved a_12 is ${JSON.stringify(jm?.matrix[0][1])}, expected 2`);
    // Escape restores the saved value.
    await cell.focus();
    await page.keyboard.press('Escape');
    await until(async () => (await cell.inputValue()) === '2', 'Escape did not restore the saved 2');
  },

  async 'a matrix pasted from Excel is saved, and a bad cell is named by its row and column'({ page, base, shot }) {
    const step = await open(page, base);
    const pot = card(step, 'potential');
    await pot.getByText('Paste a whole matrix from Excel').click();
    const area = pot.getByTestId('paste-text');
    // Excel copy with item names, one bad cell in row 2, column 4.
    const header = '\tRevenue growth\tCredit rating\tProducts held\tIndustry outlook\tOverdue days';
    const bad = [header, 'Revenue growth\t1\t2\t3\t4\t5', 'Credit rating\t1/2\t1\t2\tx\t4', 'Products held\t1/3\t1/2\t1\t2\t3', 'Industry outlook\t1/4\t1/3\t1/2\t1\t2', 'Overdue days\t1/5\t1/4\t1/3\t1/2\t1'].join('\n');
    await area.fill(bad);
    await pot.getByRole('button', { name: 'Use this matrix' }).click();
    const msg = await pot.getByTestId('paste-message').innerText();
    expect(/^Row 2, column 4: Judgment "Credit rating" vs "Industry outlook"/.test(msg), `paste message: ${msg}`);
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled(), 'a bad paste reached the project');
    await elementShot(page, pot, 'judgments-paste-error-card.png');
    // Fix the cell and paste again (upper triangle only, full-width slash in one cell).
    await area.fill(['1\t2\t3\t4\t5', '\t1\t2\t3\t4', '\t\t1\t2\t3', '\t\t\t1\t２', '\t\t\t\t1'].join('\n'));
    await pot.getByRole('button', { name: 'Use this matrix' }).click();
    await until(async () => /Pasted matrix saved/.test(await pot.getByTestId('paste-message').innerText()), 'no success message');
    expect((await pot.getByTestId('cell-0-4').inputValue()) === '5', 'a_15 is not 5 after the paste');
    const low = await pot.getByTestId('matrix').locator('tbody tr').nth(4).locator('td').nth(0).innerText();
    expect(low.trim() === '1/5', `a_51 is "${low}" after the paste`);
    expect((await pot.getByTestId('cr').innerText()) === '0.015', `potential CR after the paste is ${await pot.getByTestId('cr').innerText()}`);
    await shot('judgments-pasted.png');
    // Pasting a block straight onto a cell of the goal's matrix takes the whole matrix.
    const goal = card(step, 'goal');
    await goal.getByTestId('cell-0-1').evaluate((el) => {
      const dt = new DataTransfer();
      dt.setData('text/plain', '1\t1/3\n3\t1\n');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
    });
    await until(async () => (await goal.getByTestId('cell-0-1').inputValue()) === '1/3', 'a block pasted onto a cell did not set a_12 = 1/3');
    const g = await goal.getByTestId('matrix').locator('tbody tr').nth(1).locator('td').nth(0).innerText();
    expect(g.trim() === '3', `goal a_21 is "${g}" after the paste`);
    await elementShot(page, pot, 'judgments-pasted-card.png');
  },

  async 'a second expert gets a tab, each expert’s CR is shown, and AIJ/AIP switch the group result'({ page, base, shot }) {
    const step = await open(page, base);
    await step.getByRole('button', { name: 'Add expert (all equal)' }).click();
    const tab = step.getByRole('tab', { name: /Expert 2/ });
    await tab.waitFor();
    expect((await tab.getAttribute('aria-selected')) === 'true', 'the new expert is not selected');
    const cur = card(step, 'current');
    expect((await cur.getByTestId('cr').innerText()) === '0.000', 'an all-equal expert does not have CR 0');
    // Rename the new expert.
    const name = step.getByTestId('expert-name');
    await name.fill('Dr Wang');
    await name.press('Enter');
    await step.getByRole('tab', { name: /Dr Wang/ }).waitFor();
    // Each expert's CR, and the group (AIJ).
    const table = cur.getByTestId('expert-crs');
    await table.waitFor({ timeout: 10_000 });
    await until(async () => /Expert 1[\s\S]*0\.015[\s\S]*Dr Wang[\s\S]*0\.000/.test(await table.innerText()), 'expert CRs not listed');
    expect(/Group \(AIJ\)/.test(await table.innerText()), 'group row does not say AIJ');
    // The core's analyseGroup (tested in tests/core) gives deposits 0.3050 by AIJ and 0.3052 by AIP
    // for the sample matrix and an all-1s matrix: the page must show the group result it computed.
    await until(async () => /Average daily deposits 0\.3050/.test(await cur.getByTestId('group-weights').innerText()), 'AIJ group weight is not 0.3050');
    await step.getByTestId('aggregation').selectOption('aip');
    await until(async () => /Group \(AIP\)/.test(await table.innerText()), 'group row does not say AIP');
    await until(async () => /Average daily deposits 0\.3052/.test(await cur.getByTestId('group-weights').innerText()), 'AIP group weight is not 0.3052');
    // Back to the first expert: its own matrix is still there.
    await step.getByRole('tab', { name: /Expert 1/ }).click();
    await until(async () => (await cur.getByTestId('cr').innerText()) === '0.015', 'Expert 1 CR is not 0.015');
    await shot('judgments-experts.png');
    await elementShot(page, step, 'judgments-experts-step.png');
    // Remove Dr Wang again.
    await step.getByRole('tab', { name: /Dr Wang/ }).click();
    await step.getByRole('button', { name: 'Remove Dr Wang' }).click();
    await until(async () => (await step.getByRole('tab').count()) === 1, 'the expert was not removed');
    // A new expert copied from the first starts with the first expert's judgments.
    await step.getByRole('button', { name: 'Add expert (copy of Expert 1)' }).click();
    await step.getByRole('tab', { name: /Expert 2/, selected: true }).waitFor();
    expect((await cur.getByTestId('cr').innerText()) === '0.015', 'the copied expert does not have CR 0.015');
    expect((await cur.getByTestId('cell-0-4').inputValue()) === '5', 'the copied expert lacks a_15 = 5');
  },

  async 'switching the RI table changes RI and CR and names the table and its source'({ page, base, shot }) {
    const step = await open(page, base);
    const cur = card(step, 'current');
    const ri = () => cur.getByTestId('stats').innerText();
    expect(/RI\s*1\.12/.test(await ri()), 'Saaty (1980) RI(5) is not 1.12');
    await step.getByTestId('ri-table').selectOption('saaty2005');
    await until(async () => /RI\s*1\.11/.test(await ri()), 'RI did not become 1.11 (Saaty 2005)');
    await until(async () => /Saaty \(2005\)/.test(await step.getByTestId('total-cr').innerText()), 'total CR does not name Saaty (2005)');
    await step.getByText('Random index (RI) from the Saaty (2005) table — source').click();
    expect(/Theory and Applications of the Analytic Network Process/.test(await step.getByTestId('ri-source').innerText()), 'source not shown');
    await step.getByTestId('ri-table').selectOption('alonso-lamata');
    await until(async () => /RI\s*1\.12/.test(await ri()) && /Alonso/.test(await step.getByTestId('ri-source').innerText()), 'Alonso & Lamata RI not applied');
    // The method is an option too: geometric mean shows GCI.
    await step.getByTestId('ahp-method').selectOption('geometric');
    await until(async () => /GCI/.test(await ri()), 'geometric method does not show GCI');
    await shot('judgments-ri-table.png');
    await elementShot(page, step.locator('.options').locator('..'), 'judgments-ri-table-step.png');
  },

  async 'the judgments step reads in Chinese with the thesis terms'({ page, base, shot }) {
    await page.goto(base);
    await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
    await page.getByLabel(/Language|语言/).selectOption('zh-CN');
    const step = page.locator('#step-judgments');
    await step.getByText('层次总排序一致性比率').waitFor();
    const text = await step.innerText();
    for (const term of ['判断矩阵', '稍微重要', '特征向量法', '通过一致性检验', '单层次排序权重']) {
      expect(text.includes(term), `missing term ${term}`);
    }
    await page.getByRole('figure', { name: '当前价值的单层次排序权重' }).locator('svg').waitFor();
    await shot('judgments-zh.png');
    await elementShot(page, step, 'judgments-zh-step.png');
  },
};
