// Export and print: any chart and the whole report (长图) download as PNG; printing shows every
// section at its final values without controls.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUTPUT_DIR, launch, openPage, waitReady, waitMounted } from './helpers.mjs';

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => { await env?.close(); });

/** Width and height of a PNG file, read from its header. */
function pngSize(bytes) {
  assert.equal(bytes.subarray(1, 4).toString('latin1'), 'PNG');
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

async function download(page, selector, name) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = `${OUTPUT_DIR}${name}`;
  await file.saveAs(path);
  return { name: file.suggestedFilename(), ...pngSize(readFileSync(path)) };
}

test('a chart and the whole report download as PNG images', async () => {
  const page = await openPage(env.browser, `${env.url}?motion=off`, { width: 1280 });
  await waitReady(page);
  const chart = await download(page, '[data-section="reform"] .ri-chart .ri-download', 'export-chart.png');
  assert.equal(chart.name, 'erqi-2020-reform-1.png');
  assert.ok(chart.width >= 750 && chart.height > 200, JSON.stringify(chart));
  const all = await download(page, '.ri-download-all', 'export-long-image.png');
  assert.equal(all.name, 'erqi-2020.png');
  assert.equal(all.width, 750, 'a phone-wide image at twice the pixels');
  assert.ok(all.height > 8000, `a tall image: ${all.height}`);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('printing shows every section at its final values, without controls', async () => {
  const page = await openPage(env.browser, env.url, { width: 800 });
  await waitMounted(page);
  assert.equal(await page.getAttribute('#report', 'data-state'), 'loading', 'charts below the fold wait');
  await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
  assert.equal(await page.getAttribute('#report', 'data-state'), 'ready', 'everything final before printing');
  await page.emulateMedia({ media: 'print' });
  assert.equal(await page.$eval('.ri-replay', (e) => getComputedStyle(e).display), 'none');
  assert.equal(await page.$eval('.ri-download', (e) => getComputedStyle(e).display), 'none');
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  assert.ok(pdf.length > 50_000, `a PDF of ${pdf.length} bytes`);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});
