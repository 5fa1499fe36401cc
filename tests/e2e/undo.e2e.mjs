// Undo that people understand (issue 8): keyboard undo/redo of the project outside text fields,
// a tooltip naming what Undo undoes, and a text field's own undo that never duplicates text.
import { expect, until } from './helpers.mjs';

async function open(page, base) {
  await page.goto(base);
  await page.getByRole('status').filter({ hasText: /600/ }).waitFor({ timeout: 20_000 });
  await page.getByTestId('segment-card').first().waitFor();
  await page.addStyleTag({ content: 'header.top { position: static !important; }' });
}

const saved = (page) => page.evaluate(() => JSON.parse(localStorage.getItem('valueseg.project') ?? 'null'));

export const tests = {
  async 'typing a strategy, blurring, Undo then Redo in the header, then Ctrl+Z and Ctrl+Shift+Z in the field leaves the text as typed, also after a reload'({ page, base }) {
    await open(page, base);
    const area = page.locator('[data-testid="segment-card"][data-cluster="3"]').getByTestId('segment-strategy');
    await area.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.press('Delete');
    await page.keyboard.type('My strategy.');
    await area.blur();
    await until(() => saved(page).then((p) => p?.segments?.[0]?.strategy), (v) => v === 'My strategy.', 'the typed text saved');
    await page.getByTestId('undo').click();
    await until(() => area.inputValue(), (v) => v !== 'My strategy.', 'undo brings the template back');
    await page.getByTestId('redo').click();
    await until(() => area.inputValue(), (v) => v === 'My strategy.', 'redo brings the text back');
    const undoTitle = await page.getByTestId('undo').getAttribute('title');
    await area.focus();
    await page.keyboard.press('Control+Z');
    await page.waitForTimeout(300);
    // In the field Ctrl+Z is the field's own: nothing was typed since it was focused, so the text
    // stays, and the project's history is untouched (a project undo would bring the template back).
    expect((await area.inputValue()) === 'My strategy.', `after Ctrl+Z in the field: "${await area.inputValue()}"`);
    expect((await page.getByTestId('undo').getAttribute('title')) === undoTitle, 'Ctrl+Z in the field undid the project');
    await page.keyboard.press('Control+Shift+Z');
    await area.blur();
    expect((await area.inputValue()) === 'My strategy.', `the field holds "${await area.inputValue()}"`);
    await page.waitForTimeout(300);
    expect((await saved(page))?.segments?.[0]?.strategy === 'My strategy.', `saved: ${JSON.stringify((await saved(page))?.segments)}`);
    await page.reload();
    await page.getByTestId('segment-card').first().waitFor({ timeout: 20_000 });
    const after = await page.locator('[data-testid="segment-card"][data-cluster="3"]').getByTestId('segment-strategy').inputValue();
    expect(after === 'My strategy.', `after a reload: "${after}"`);
  },

  async 'Ctrl+Z undoes a judgment edit and Ctrl+Shift+Z redoes it, and the Undo tooltip names the judgment'({ page, base }) {
    await open(page, base);
    const cur = page.locator('#step-judgments').getByTestId('judgments-node-current');
    const slider = cur.getByRole('slider', { name: 'Average daily deposits versus Loan balance' });
    await slider.focus();
    await page.keyboard.press('ArrowRight'); // 2 → 1
    await until(() => cur.getByTestId('cell-0-1').inputValue(), (v) => v === '1', 'the slider changed the judgment');
    await until(() => page.getByTestId('undo').getAttribute('title'), (v) => v === 'Undo: change judgment Average daily deposits vs Loan balance', 'the Undo tooltip');
    await page.locator('#step-judgments h2').click(); // focus out of the slider
    await page.keyboard.press('Control+Z');
    await until(() => cur.getByTestId('cell-0-1').inputValue(), (v) => v === '2', 'Ctrl+Z undid the judgment');
    await page.keyboard.press('Control+Shift+Z');
    await until(() => cur.getByTestId('cell-0-1').inputValue(), (v) => v === '1', 'Ctrl+Shift+Z redid it');
    // In a text field Ctrl+Z is the field's own: the project stays.
    const name = page.getByTestId('project-name');
    await name.click();
    await page.keyboard.press('Control+Z');
    expect((await cur.getByTestId('cell-0-1').inputValue()) === '1', 'Ctrl+Z in a text field did not undo the project');
  },

  async 'in Chinese, Ctrl+Z undoes a judgment edit, Ctrl+Shift+Z redoes it, and the Undo tooltip names it: 撤销：修改判断 存款日均余额 vs 贷款余额'({ newContext, base }) {
    const context = await newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await open(page, base);
    const cur = page.locator('#step-judgments').getByTestId('judgments-node-current');
    const slider = cur.getByRole('slider', { name: '存款日均余额 与 贷款余额 相比' });
    await slider.focus();
    await page.keyboard.press('ArrowRight'); // 2 → 1
    await until(() => cur.getByTestId('cell-0-1').inputValue(), (v) => v === '1', 'the slider changed the judgment');
    await until(() => page.getByTestId('undo').getAttribute('title'), (v) => v === '撤销：修改判断 存款日均余额 vs 贷款余额', 'the Chinese Undo tooltip');
    await page.locator('#step-judgments h2').click();
    await page.keyboard.press('Control+Z');
    await until(() => cur.getByTestId('cell-0-1').inputValue(), (v) => v === '2', 'Ctrl+Z undid the judgment');
    await until(() => page.getByTestId('redo').getAttribute('title'), (v) => v === '重做：修改判断 存款日均余额 vs 贷款余额', 'the Chinese Redo tooltip');
    await page.keyboard.press('Control+Shift+Z');
    await until(() => cur.getByTestId('cell-0-1').inputValue(), (v) => v === '1', 'Ctrl+Shift+Z redid it');
  },
};
