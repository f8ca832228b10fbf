// Accessibility audited by axe-core (WCAG 2.1 A and AA) on the page, the embed page and the demo
// article, in the light and the dark theme, with every chart played: zero violations.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch, openPage, scrollThrough } from './helpers.mjs';

const AXE = readFileSync(new URL('../../node_modules/axe-core/axe.min.js', import.meta.url), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

let env;
// axe is injected as a script, which the strict CSP rightly refuses; the CSP itself is tested
// in embed.test.mjs.
before(async () => { env = await launch({ csp: false }); });
after(async () => { await env?.close(); });

async function audit(path, colorScheme) {
  const page = await openPage(env.browser, env.url + path, { width: 1280, colorScheme });
  await scrollThrough(page, 30);
  await page.waitForFunction(() => !document.querySelector('#report') || ['ready', 'error'].includes(document.querySelector('#report').dataset.state), null, { timeout: 30_000 });
  await page.waitForTimeout(300);
  for (const frame of page.frames()) await frame.evaluate(AXE);
  const result = await page.evaluate((tags) => window.axe.run(document, { runOnly: { type: 'tag', values: tags } }), TAGS);
  await page.closeAll();
  return result.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

for (const colorScheme of ['light', 'dark']) {
  for (const path of ['', 'embed.html', 'demo/article.html']) {
    test(`axe finds no WCAG 2.1 AA violation on /${path} (${colorScheme})`, async () => {
      assert.deepEqual(await audit(path, colorScheme), []);
    });
  }
}
