// The editor page, under the strict Content-Security-Policy: open a valid data file and an
// invalid one, draft one from a pasted report text, and copy the embed code into a host page
// where it shows the report.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { launch, openPage } from './helpers.mjs';

const SAMPLE = readFileSync(new URL('../../data/sample-small.json', import.meta.url), 'utf8');
const TOWN = readFileSync(new URL('../fixtures/town-2022.txt', import.meta.url), 'utf8');
/** A folder of dist/ for the host page and data file the tests publish. */
const PUBLISHED = new URL('../../dist/editor-test/', import.meta.url);

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => {
  await env?.close();
  rmSync(PUBLISHED, { recursive: true, force: true });
});

/** Opens the editor, with motion off in the previews (so they are ready at once). */
async function openEditor() {
  const page = await openPage(env.browser, `${env.url}editor.html`, { width: 1400, height: 1000 });
  await page.waitForSelector('#editor[data-state="ready"]', { timeout: 30_000 });
  await page.selectOption('select[name="motion"]', 'off');
  return page;
}

/** Opens `text` as a data file named `name`, and waits until it is checked. */
async function openFile(page, name, text) {
  await page.setInputFiles('#file', { name, mimeType: 'application/json', buffer: Buffer.from(text) });
  await page.waitForSelector('#editor[data-state="checked"]');
}

/** The data-state and language of the widget in each preview, once each has settled. */
async function previewStates(page) {
  await page.waitForFunction(() => [...document.querySelectorAll('.ed-frames iframe')].every((f) => {
    const state = f.contentDocument?.querySelector('#report')?.dataset.state;
    return state === 'ready' || state === 'error';
  }), null, { timeout: 30_000, polling: 100 });
  return page.evaluate(() => [...document.querySelectorAll('.ed-frames iframe')].map((f) => {
    const root = f.contentDocument.querySelector('#report');
    return { lang: f.dataset.lang, state: root.dataset.state, text: root.textContent, width: f.contentWindow.innerWidth };
  }));
}

test('a valid data file has no problems and shows at phone and desktop widths in both languages', async () => {
  const page = await openEditor();
  await openFile(page, 'sample-small.json', SAMPLE);
  assert.equal(await page.getAttribute('#editor', 'data-errors'), '0');
  assert.equal(await page.getAttribute('#editor', 'data-todos'), '0');
  assert.match(await page.textContent('#problems'), /No problems/);
  const previews = await previewStates(page);
  assert.deepEqual(previews.map((p) => [p.lang, p.state, p.width]), [
    ['zh', 'ready', 375], ['en', 'ready', 375], ['zh', 'ready', 1024], ['en', 'ready', 1024],
  ]);
  assert.match(previews[0].text, /示例区2023年工作报告/);
  assert.match(previews[1].text, /Sample District 2023 Work Report/);
  // The section choices follow the file.
  assert.deepEqual(await page.$$eval('input[name="section"]', (boxes) => boxes.map((b) => b.value)), ['overview', 'services']);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('an invalid file lists every problem with its path, and a problem\'s button selects its line', async () => {
  const page = await openEditor();
  const broken = SAMPLE
    .replace('"id": "new_jobs"', '"id": "New Jobs"')
    .replace('"unit": "亿元", "hedge": "预计"', '"unit": "亿元", "hedge": "大约"');
  await openFile(page, 'broken.json', broken);
  // Reading stops at the first field of the wrong shape: the hedge.
  assert.equal(await page.getAttribute('#editor', 'data-errors'), '1');
  const first = await page.textContent('#problems li');
  assert.match(first, /sections\[0\]\.figures\[0\]\.hedge/);
  // Fixed in place, the file has its other problem listed.
  await page.evaluate(() => {
    const box = document.getElementById('json');
    box.value = box.value.replace('"大约"', '"预计"');
    box.dispatchEvent(new Event('input'));
  });
  await page.waitForSelector('#editor[data-state="checked"]');
  assert.equal(await page.getAttribute('#editor', 'data-errors'), '1');
  assert.match(await page.textContent('#problems li'), /sections\[0\]\.figures\[2\]\.id: ?"New Jobs" is not a valid id|sections\[0\]\.figures\[2\]\.id.*not a valid id/);
  await page.click('#problems li .ed-jump');
  const selected = await page.evaluate(() => {
    const box = document.getElementById('json');
    return box.value.slice(box.selectionStart, box.selectionEnd);
  });
  assert.match(selected, /"id": "New Jobs"/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'json');
  // The previews show the widget's own explanation.
  const previews = await previewStates(page);
  assert.ok(previews.every((p) => p.state === 'error' && /New Jobs/.test(p.text)), JSON.stringify(previews.map((p) => p.state)));
  // Not JSON at all: the place of the syntax error.
  await page.evaluate(() => {
    const box = document.getElementById('json');
    box.value = '{\n  "format": 1,\n  oops\n}';
    box.dispatchEvent(new Event('input'));
  });
  await page.waitForSelector('#editor[data-state="checked"]');
  assert.match(await page.textContent('#problems li .ed-jump'), /^3:3$/);
  await page.closeAll();
});

test('a pasted report text is drafted into a valid file with its placeholders listed', async () => {
  const page = await openEditor();
  await page.fill('#article', TOWN);
  await page.click('#draft');
  await page.waitForSelector('#editor[data-state="checked"]');
  assert.equal(await page.getAttribute('#editor', 'data-errors'), '0');
  assert.ok(Number(await page.getAttribute('#editor', 'data-todos')) > 20);
  assert.match(await page.textContent('#draft-status'), /33/);
  const json = JSON.parse(await page.inputValue('#json'));
  assert.equal(json.meta.district.zh, '青石镇');
  assert.equal(json.sections.length, 5);
  const previews = await previewStates(page);
  assert.ok(previews.every((p) => p.state === 'ready'), JSON.stringify(previews.map((p) => p.state)));
  assert.match(previews[0].text, /58\.3亿元/);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('a report text dropped on its box is drafted, a data file dropped on the editor is opened', async () => {
  const page = await openEditor();
  const drop = (selector, name, type, text) => page.evaluate(([selector, name, type, text]) => {
    const data = new DataTransfer();
    data.items.add(new File([text], name, { type }));
    document.querySelector(selector).dispatchEvent(new DragEvent('drop', { dataTransfer: data, bubbles: true, cancelable: true }));
  }, [selector, name, type, text]);
  await drop('#article', 'town-2022.txt', 'text/plain', TOWN);
  await page.waitForSelector('#editor[data-state="checked"]');
  assert.equal(await page.inputValue('#article'), TOWN);
  assert.equal(JSON.parse(await page.inputValue('#json')).meta.district.zh, '青石镇');
  await page.evaluate(() => { document.getElementById('editor').dataset.state = 'ready'; });
  await drop('#json', 'sample-small.json', 'application/json', SAMPLE);
  await page.waitForSelector('#editor[data-state="checked"]');
  assert.equal(await page.inputValue('#json'), SAMPLE);
  assert.equal(await page.getAttribute('#editor', 'data-errors'), '0');
  await page.closeAll();
});

test('the editor keeps the work in this browser: a reload brings back the text and the data file', async () => {
  const page = await openEditor();
  await page.fill('#article', TOWN);
  await openFile(page, 'sample-small.json', SAMPLE);
  // The text typed last is kept a moment after the last keystroke.
  await page.fill('#article', `${TOWN}\n补记。`);
  await page.waitForFunction(() => JSON.parse(localStorage.getItem('report-infographic:editor') ?? '{}').article?.endsWith('补记。'));
  await page.reload();
  await page.waitForSelector('#editor[data-state="checked"]');
  assert.equal(await page.inputValue('#article'), `${TOWN}\n补记。`);
  assert.equal(await page.inputValue('#json'), SAMPLE);
  assert.match(await page.textContent('#kept-status'), /Restored your last work/);
  assert.match(await page.textContent('#problems'), /No problems/);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
  // Where the browser refuses to keep anything, the editor works as before.
  const refused = await openPage(env.browser, 'about:blank', {
    width: 1400, height: 1000, init: () => { Storage.prototype.setItem = () => { throw new DOMException('full', 'QuotaExceededError'); }; },
  });
  await refused.goto(`${env.url}editor.html`);
  await refused.waitForSelector('#editor[data-state="ready"]', { timeout: 30_000 });
  await openFile(refused, 'sample-small.json', SAMPLE);
  assert.match(await refused.textContent('#problems'), /No problems/);
  assert.equal(await refused.textContent('#kept-status'), '');
  assert.deepEqual(refused.problems, []);
  await refused.closeAll();
});

for (const form of ['iframe', 'element']) {
  test(`the copied embed code (${form}) shows the report in a host page with the options chosen`, async () => {
    const page = await openEditor();
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await openFile(page, 'sample-small.json', SAMPLE);
    await page.check(`input[name="form"][value="${form}"]`);
    await page.selectOption('select[name="lang"]', 'en');
    await page.selectOption('select[name="text"]', 'large');
    await page.fill('input[name="src"]', `editor-test/${form}.json`);
    await page.uncheck('input[name="section"][value="services"]');
    await page.click('#copy');
    await page.waitForSelector('#copy-status:has-text("Copied")');
    const code = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(code, await page.inputValue('#embed-code'));
    assert.match(code, form === 'iframe' ? /<iframe data-report-infographic\s+src="[^"]*\/embed-src\.html\?src=/ : /<report-infographic /);
    await page.closeAll();

    mkdirSync(PUBLISHED, { recursive: true });
    writeFileSync(new URL(`${form}.json`, PUBLISHED), SAMPLE);
    writeFileSync(new URL(`${form}.html`, PUBLISHED), `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,"><title>Host</title></head>\n<body><h1>A news article</h1>\n${code}</body></html>\n`);
    const host = await openPage(env.browser, `${env.url}editor-test/${form}.html`, { width: 375 });
    // Playwright evaluates functions, not strings (the CSP forbids eval): each finds the root.
    await host.waitForFunction((form) => {
      const root = form === 'iframe'
        ? document.querySelector('iframe')?.contentDocument?.querySelector('#report')
        : document.querySelector('report-infographic')?.shadowRoot?.querySelector('.report-infographic');
      return root?.dataset.state === 'ready';
    }, form, { timeout: 30_000, polling: 100 });
    const shown = await host.evaluate((form) => {
      const root = form === 'iframe'
        ? document.querySelector('iframe').contentDocument.querySelector('#report')
        : document.querySelector('report-infographic').shadowRoot.querySelector('.report-infographic');
      const fallback = form === 'element' ? document.querySelector('report-infographic a') : null;
      return {
        text: root.textContent,
        large: root.dataset.text === 'large' || root.classList.contains('ri-large'),
        sections: [...root.querySelectorAll('[data-section]')].map((s) => s.dataset.section),
        fallback: fallback && { shown: fallback.checkVisibility(), href: fallback.getAttribute('href') },
      };
    }, form);
    if (form === 'element') {
      // Inside the element, a link to the page of the same report and options, shown only where
      // the widget cannot be.
      assert.equal(shown.fallback.shown, false);
      const link = new URL(shown.fallback.href);
      assert.equal(link.pathname, '/');
      assert.deepEqual(Object.fromEntries(link.searchParams), { src: `${env.url}editor-test/${form}.json`, sections: 'overview', lang: 'en', motion: 'off', text: 'large' });
    }
    assert.deepEqual(shown.sections, ['overview']);
    assert.ok(shown.large, 'the large text option is kept');
    assert.match(shown.text, /12\.05 billion yuan/);
    assert.deepEqual(host.problems, []);
    await host.closeAll();
  });
}
