// What a reader downloads: the page fetches exactly the files the size budget counts, and their
// total (gzip) does not grow. Sizes are deterministic for a build; timings live in scripts/bench.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { launch, waitReady } from './helpers.mjs';
import { BUDGET_GZIP_KB, PAGE_FILES, sizes } from '../../scripts/sizes.mjs';

/** The most the page may weigh until the budget is met: a guard against growth, lowered as the
 *  page shrinks. The budget itself is BUDGET_GZIP_KB; scripts/bench prints both. */
const CEILING_GZIP_KB = 130;

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => { await env?.close(); });

test('the page downloads exactly the files the size budget counts', async () => {
  const fetched = new Set();
  const context = await env.browser.newContext({ viewport: { width: 375, height: 800 } });
  const page = await context.newPage();
  page.on('request', (r) => { if (r.url().startsWith(env.url)) fetched.add(new URL(r.url()).pathname.slice(1) || 'index.html'); });
  await page.goto(`${env.url}?motion=off`);
  await waitReady(page);
  await context.close();
  assert.deepEqual([...fetched].sort(), [...PAGE_FILES].sort());
});

test('what a reader downloads stays within its ceiling', () => {
  const { rows, total } = sizes();
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  for (const r of rows) console.log(`size: ${r.file} ${kb(r.raw)} KB raw, ${kb(r.gzip)} KB gzip`);
  console.log(`size: total ${kb(total.gzip)} KB gzip (budget ${BUDGET_GZIP_KB} KB, ceiling ${CEILING_GZIP_KB} KB)`);
  assert.ok(total.gzip / 1024 <= CEILING_GZIP_KB, `${kb(total.gzip)} KB gzip is above the ${CEILING_GZIP_KB} KB ceiling`);
});
