// The English version: labels, titles and figures in English conventions, the right lang
// attribute, and a language switch that keeps the page's other options.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT_DIR, REPORT, fullPageScreenshot, launch, openPage, scrollThrough, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => { await env?.close(); });

test('lang=en reads in English with English number conventions', async () => {
  for (const width of [375, 1280]) {
    const page = await openPage(env.browser, `${env.url}?lang=en&motion=off`, { width });
    await waitReady(page);
    assert.equal(await page.getAttribute('#report', 'lang'), 'en');
    assert.equal(await page.evaluate(() => document.documentElement.lang), 'en');
    const tiles = await page.$$eval('.ri-kpi .ri-counting', (els) => els.map((e) => e.textContent));
    assert.deepEqual(tiles, [
      'expected 77.3 billion yuan', 'expected up 1.2%', 'up 11.1%', 'up 4.7%', '5.52 billion yuan', '48 billion yuan', '4 years in a row',
    ]);
    const text = await page.evaluate(() => document.body.innerText);
    for (const shown of ['55,800 people', 'more than 20,000 people', 'more than 600', 'nearly 200', 'more than 1.2 million', '47 (pending)', 'No. 1', '14,830', '822,500 m²', '99.62%']) {
      assert.ok(text.includes(shown), shown);
    }
    const titles = await page.$$eval('.ri-section-title', (els) => els.map((e) => e.textContent));
    assert.deepEqual(titles, REPORT.sections.map((s) => s.title.en));
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal overflow');
    await fullPageScreenshot(page, `${OUTPUT_DIR}english-${width}.png`);
    assert.deepEqual(page.problems, []);
    await page.closeAll();
  }
});

test('the language switch keeps the other options', async () => {
  const page = await openPage(env.browser, `${env.url}?sections=kpi&motion=off`, { width: 375 });
  await waitReady(page);
  assert.equal(await page.getAttribute('.lang-switch [data-lang="zh"]', 'aria-current'), 'page');
  await page.click('.lang-switch [data-lang="en"]');
  await page.waitForURL(/lang=en/);
  await waitReady(page);
  assert.match(page.url(), /sections=kpi/);
  assert.deepEqual(await page.$$eval('[data-section]', (els) => els.map((e) => e.dataset.section)), ['kpi']);
  assert.equal(await page.textContent('.ri-section-title'), REPORT.sections[0].title.en);
  await page.closeAll();
});
