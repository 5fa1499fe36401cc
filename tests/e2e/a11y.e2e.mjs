// Accessible and keyboard operable (issue 3, point 12): every control has a name that assistive
// technology reads (Chromium's own accessibility tree, not our markup), every chart is a
// labelled figure with a caption, and the Tab key alone reaches every step of the notebook.
import { expect } from './helpers.mjs';

const INTERACTIVE = new Set(['button', 'textbox', 'combobox', 'listbox', 'slider', 'spinbutton', 'checkbox', 'radio', 'switch', 'searchbox', 'link', 'tab', 'menuitem', 'option']);
const STEPS = ['data', 'indicators', 'judgments', 'weights', 'scores', 'clusters', 'segments', 'export'];

async function open(page, base) {
  await page.goto(base);
  await page.getByTestId('status').filter({ hasText: /600/ }).waitFor({ timeout: 30_000 });
  await page.getByTestId('segment-card').first().waitFor();
  // Steps drawn when they come into view are drawn: scroll through the whole page once.
  const height = await page.evaluate(() => document.documentElement.scrollHeight);
  for (let y = 0; y <= height; y += 700) {
    await page.evaluate((top) => window.scrollTo(0, top), y);
    await page.waitForTimeout(30);
  }
  await page.evaluate(() => window.scrollTo(0, 0));
}

/** Interactive nodes of Chromium's accessibility tree whose computed name is empty. */
async function unnamedControls(page, context) {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Accessibility.enable');
  const { nodes } = await cdp.send('Accessibility.getFullAXTree');
  const bad = [];
  let checked = 0;
  for (const n of nodes) {
    const role = n.role?.value;
    if (n.ignored || !INTERACTIVE.has(role)) continue;
    checked++;
    const name = String(n.name?.value ?? '').trim();
    if (name) continue;
    let html = '';
    if (n.backendDOMNodeId) {
      const { outerHTML } = await cdp.send('DOM.getOuterHTML', { backendNodeId: n.backendDOMNodeId }).catch(() => ({ outerHTML: '?' }));
      html = outerHTML.slice(0, 160);
    }
    bad.push(`${role}: ${html}`);
  }
  await cdp.detach();
  return { bad, checked };
}

export const tests = {
  async 'every control has an accessible name in English and in Chinese, and every chart is a figure with an aria-label and a caption'({ page, base, context }) {
    await open(page, base);
    for (const lang of ['en', 'zh']) {
      if (lang === 'zh') {
        await page.getByRole('combobox', { name: /Language|语言/ }).selectOption('zh-CN');
        await page.getByTestId('status').filter({ hasText: /600 个客户/ }).waitFor({ timeout: 10_000 });
      }
      const { bad, checked } = await unnamedControls(page, context);
      expect(checked > 100, `only ${checked} controls found in the accessibility tree (${lang})`);
      expect(bad.length === 0, `${bad.length} control(s) without an accessible name (${lang}):\n${bad.slice(0, 15).join('\n')}`);
      const figures = await page.locator('figure').evaluateAll((els) =>
        // Observable Plot wraps a chart and its legend in a <figure> of its own, inside ours.
        els.filter((f) => f.offsetParent !== null && !f.parentElement?.closest('figure[aria-label]')).map((f) => ({ label: f.getAttribute('aria-label') ?? '', caption: f.querySelector('figcaption')?.textContent?.trim() ?? '' })),
      );
      expect(figures.length >= 6, `only ${figures.length} figures shown (${lang})`);
      const unlabelled = figures.filter((f) => !f.label || !f.caption);
      expect(unlabelled.length === 0, `figures without aria-label or caption (${lang}): ${JSON.stringify(unlabelled)}`);
    }
    const names = await page.locator('figure[aria-label]').evaluateAll((els) => els.map((f) => f.getAttribute('aria-label')));
    for (const zh of ['肘部法则图', '轮廓系数图']) expect(names.some((n) => n.includes(zh)), `no figure named ${zh} in Chinese: ${names.join(', ')}`);
  },

  async 'the Tab key alone reaches every step of the notebook, and the focused control is visibly marked'({ page, base }) {
    await open(page, base);
    await page.locator('body').click({ position: { x: 1, y: 1 } });
    const seen = new Set();
    const unmarked = [];
    let last = '';
    let stuck = 0;
    for (let i = 0; i < 3000 && seen.size < STEPS.length; i++) {
      await page.keyboard.press('Tab');
      const f = await page.evaluate(() => {
        const el = document.activeElement;
        if (!el || el === document.body) return null;
        const step = el.closest('section[data-step]')?.getAttribute('data-step') ?? null;
        const cs = getComputedStyle(el);
        const marked = (cs.outlineStyle !== 'none' && parseFloat(cs.outlineWidth) > 0) || cs.boxShadow !== 'none';
        // Each element met gets a number, so two controls with the same label are told apart.
        const w = /** @type {any} */ (window);
        el.dataset.tabSeen ??= String((w.__tabSeen = (w.__tabSeen ?? 0) + 1));
        const id = `${el.tagName}#${el.dataset.tabSeen}@${step}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').slice(0, 40)}`;
        return { step, marked, id, tag: el.tagName };
      });
      if (!f) continue;
      if (f.step) seen.add(f.step);
      if (!f.marked && unmarked.length < 10) unmarked.push(f.id);
      stuck = f.id === last ? stuck + 1 : 0;
      expect(stuck < 3, `focus is stuck on ${f.id}`);
      last = f.id;
    }
    const missing = STEPS.filter((s) => !seen.has(s));
    expect(missing.length === 0, `Tab never reached the step(s) ${missing.join(', ')}`);
    expect(unmarked.length === 0, `focused controls without a visible focus mark: ${unmarked.join(' | ')}`);
  },
};
