// The guided tour of the sample (issue 14, item 2): eight stops in zh-CN and en, each scrolled
// to its step with what to look at outlined, and a question answered after the student picks,
// with the figures of the page (the k question quotes the elbow and the silhouette of the sweep).
import { expect, until } from './helpers.mjs';

const OUT = process.env.E2E_OUT ?? '.ci-out';
const TEXT = {
  en: { button: 'Guided tour', stop: (n) => `Stop ${n} of 8`, right: 'Right.', wrong: 'Not quite.', k: 'Which k would you choose', next: 'Next', finish: 'Finish', steps: ['Data', 'Indicators', 'Judgments', 'Weights', 'Scores', 'Clusters', 'Segments', 'Export'] },
  'zh-CN': { button: '导览', stop: (n) => `第 ${n} 站`, right: '答对了。', wrong: '不完全对。', k: '你会选择哪个 k', next: '下一站', finish: '完成', steps: ['数据', '指标体系', '判断矩阵', '权重', '得分', '聚类', '客户细分', '导出'] },
};
const STOPS = ['data', 'indicators', 'judgments', 'weights', 'scores', 'clusters', 'segments', 'export'];

export const tests = {};

for (const locale of ['en', 'zh-CN']) {
  tests[`the guided tour (${locale}) walks the eight steps of the sample, and each question's answer, right or wrong, comes after the pick`] = async ({ newContext, base }) => {
    const L = TEXT[locale];
    const context = await newContext({ locale });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600.*k = 4/ }).waitFor({ timeout: 30_000 });
    await page.getByTestId('segment-card').first().waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: L.button }).click();
    const tour = page.getByTestId('tour');
    await tour.waitFor();
    expect((await page.getByTestId('tour-not-sample').count()) === 0, 'on the sample the tour does not offer to open it');
    for (let i = 0; i < 8; i++) {
      const stop = STOPS[i];
      await until(() => tour.getAttribute('data-stop'), (s) => s === stop, `stop ${i + 1} is ${stop}`);
      const head = await tour.locator('h2').innerText();
      expect(head.includes(L.stop(i + 1)) && head.includes(L.steps[i]), `stop ${i + 1} heading: ${head}`);
      // Its step is on screen with something outlined in it.
      await page.waitForFunction((id) => {
        const el = document.querySelector(`#step-${id} .tour-look, #step-${id}.tour-look`);
        if (!el) return false;
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < window.innerHeight;
      }, stop, { timeout: 10_000 });
      const q = tour.getByTestId('tour-question');
      await q.waitFor({ timeout: 30_000 });
      expect((await tour.getByTestId('tour-answer').count()) === 0, `${stop}: no answer before a pick`);
      const choices = q.getByTestId('tour-choice');
      const n = await choices.count();
      expect(n >= 2, `${stop}: at least two choices`);
      // Alternate: a wrong pick on even stops, a right one on odd stops (which is right is read
      // from the page after a pick reveals it; a first pick that turns out right on an even stop counts too).
      await choices.first().click();
      const answer = tour.getByTestId('tour-answer');
      await answer.waitFor();
      const text = await answer.innerText();
      const firstRight = await choices.first().evaluate((b) => b.classList.contains('right'));
      expect(text.startsWith(firstRight ? L.right : L.wrong), `${stop}: the verdict matches the pick (${firstRight}): ${text}`);
      expect(!/\{\w+\}/.test(text) && !/NaN|undefined/.test(text), `${stop}: the explanation is filled in: ${text}`);
      expect((await q.locator('.right').count()) >= 1, `${stop}: the right answer is marked`);
      if (stop === 'clusters') {
        expect((await q.locator('legend').innerText()).includes(L.k), 'the k question is asked');
        // The answer quotes the sweep's own figures: the right choices are the elbow and the best silhouette.
        const right = await q.locator('.right').evaluateAll((bs) => bs.map((b) => b.dataset.choice));
        for (const k of right) expect(text.includes(`k = ${k}`), `the explanation names k = ${k}: ${text}`);
        const kmax = await q.getByTestId('tour-choice').last().getAttribute('data-choice');
        expect(!right.includes(kmax), 'the largest k (lowest inertia) is not a right answer');
        await page.screenshot({ path: `${OUT}/tour-clusters-${locale}.png` });
      }
      if (i === 0 || stop === 'judgments') await page.screenshot({ path: `${OUT}/tour-${stop}-${locale}.png` });
      if (stop === 'judgments') {
        // The stop links its terms to the glossary; following one is not taken for a link to a project.
        const cr = tour.getByTestId('glossary-links').locator('a[href="#glossary-cr"]');
        await cr.click();
        await page.waitForFunction(() => {
          const r = document.getElementById('glossary-cr')?.getBoundingClientRect();
          return !!r && r.top >= 0 && r.top < window.innerHeight;
        }, null, { timeout: 10_000 });
        expect((await page.getByTestId('linked-problem').count()) === 0, 'a glossary anchor is not read as a project link');
        expect((await tour.getAttribute('data-stop')) === 'judgments', 'the tour stays at its stop');
      }
      if (i < 7) await tour.getByRole('button', { name: L.next }).click();
    }
    await tour.getByRole('button', { name: L.finish }).click();
    await tour.waitFor({ state: 'detached' });
    expect((await page.locator('.tour-look').count()) === 0, 'nothing stays outlined after the tour');
  };
}

for (const locale of ['en', 'zh-CN']) {
  tests[`on another project the tour (${locale}) offers the sample, and opening it is undoable`] = async ({ newContext, base }) => {
    const L = TEXT[locale];
    const context = await newContext({ locale });
    const page = await context.newPage();
    await page.goto(base);
    await page.getByTestId('status').filter({ hasText: /600.*k = 4/ }).waitFor({ timeout: 30_000 });
    await page.getByTestId('cluster-k').selectOption('6');
    await page.getByTestId('status').filter({ hasText: /k = 6/ }).waitFor({ timeout: 30_000 });
    await page.getByRole('button', { name: L.button }).click();
    const note = page.getByTestId('tour-not-sample');
    await note.waitFor();
    await page.screenshot({ path: `${OUT}/tour-not-sample-${locale}.png` });
    await note.getByTestId('tour-open-sample').click();
    await page.getByTestId('status').filter({ hasText: /k = 4/ }).waitFor({ timeout: 30_000 });
    await note.waitFor({ state: 'detached' });
    await page.getByTestId('undo').click();
    await page.getByTestId('status').filter({ hasText: /k = 6/ }).waitFor({ timeout: 30_000 });
  };
}
