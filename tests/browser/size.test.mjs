// What a reader downloads: the page fetches exactly the files the size budget counts, and the
// server sends them compressed as built. The budget itself is a benchmark figure: scripts/bench
// prints the total against it, PASS or FAIL, with the timings.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { launch, waitReady } from './helpers.mjs';
import { BUDGET_GZIP_KB, PAGE_FILES, sizes } from '../../scripts/sizes.mjs';

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => { await env?.close(); });

/** The response to a GET of `url` with these headers: its headers and its body as sent. */
function get(url, headers) {
  return new Promise((done, fail) => {
    request(url, { headers }, (res) => {
      const chunks = [];
      res.on('data', (c) => chunks.push(c));
      res.on('end', () => done({ headers: res.headers, body: Buffer.concat(chunks) }));
    }).on('error', fail).end();
  });
}

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

test('what a reader downloads is sent as the compressed copies of this build', async () => {
  const { rows, total } = sizes();
  const kb = (bytes) => (bytes / 1024).toFixed(1);
  let sent = 0;
  for (const r of rows) {
    // What the server sends a browser that reads gzip (every browser) is the size counted.
    const { headers, body } = await get(new URL(r.file, env.url), { 'Accept-Encoding': 'gzip' });
    assert.equal(headers['content-encoding'], 'gzip', r.file);
    assert.equal(body.length, r.gzip, r.file);
    assert.ok(gunzipSync(body).equals(readFileSync(new URL(`../../dist/${r.file}`, import.meta.url))), `${r.file}: the copy is of this build`);
    sent += body.length;
    console.log(`size: ${r.file} ${kb(r.raw)} KB raw, ${kb(r.gzip)} KB gzip, ${kb(r.brotli)} KB brotli`);
  }
  console.log(`size: total ${kb(total.gzip)} KB gzip, ${kb(total.brotli)} KB brotli (budget ${BUDGET_GZIP_KB} KB gzip, judged by scripts/bench)`);
  assert.equal(sent, total.gzip);
});
