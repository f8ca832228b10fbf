// Any report, any input: another report through `src`, every kind of failure explained in the
// widget and the console, hostile content kept inert, and a panic shown instead of a frozen page.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUTPUT_DIR, REPORT, displayText, fullPageScreenshot, launch, openPage, waitMounted, waitReady } from './helpers.mjs';

const SAMPLE = JSON.parse(readFileSync(new URL('../../data/sample-small.json', import.meta.url), 'utf8'));
const clone = (value) => JSON.parse(JSON.stringify(value));

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => { await env?.close(); });

/** Opens the page with `?src=/test-data/report.json`, served by `respond(route)`. */
async function openWithData(respond, { query = '&motion=off', width = 375 } = {}) {
  const page = await openPage(env.browser, 'about:blank', { width });
  await page.route((url) => url.pathname.startsWith('/test-data/'), respond);
  await page.goto(`${env.url}?src=/test-data/report.json${query}`);
  await page.waitForSelector('#report[data-state="ready"], #report[data-state="error"]', { timeout: 30_000 });
  return page;
}
const json = (body) => (route) => route.fulfill({ status: 200, contentType: 'application/json', body: typeof body === 'string' ? body : JSON.stringify(body) });

test('another report of the same shape renders through src', async () => {
  const page = await openWithData(json(SAMPLE));
  await waitReady(page);
  assert.deepEqual(await page.$$eval('[data-section]', (els) => els.map((e) => e.dataset.section)), ['overview', 'services']);
  assert.equal(await page.textContent('.ri-title'), SAMPLE.meta.title.zh);
  const text = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ''));
  for (const figure of SAMPLE.sections.flatMap((s) => s.figures)) assert.ok(text.includes(displayText(figure)), displayText(figure));
  assert.equal(await page.$$eval('canvas', (els) => els.length), 3);
  await fullPageScreenshot(page, `${OUTPUT_DIR}sample-report-375.png`);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('every failure is explained in the widget and the console', async () => {
  const broken = (mutate, edit = (text) => text) => { const r = clone(REPORT); mutate(r); return json(edit(JSON.stringify(r))); };
  const cases = [
    ['a missing file', (route) => route.fulfill({ status: 404, body: 'not found' }), /HTTP 404/],
    ['a network error', (route) => route.abort('failed'), /could not fetch \/test-data\/report\.json/],
    ['not JSON', json('<html><body>Oops</body></html>'), /the data file is not JSON: .*Unexpected token/],
    ['a wrong type', broken((r) => { r.sections[3].figures[2].unit = 5; }), /sections\[3\]\.figures\[2\]\.unit: invalid type: integer `5`, expected a string/],
    ['a missing field', broken((r) => { delete r.sections[1].figures[0].quote; }), /sections\[1\]\.figures\[0\]: missing field `quote`/],
    ['a part larger than its whole', broken((r) => {
      const f = r.sections[3].figures.find((x) => x.id === 'key_projects_investment');
      f.value = '398'; f.quote = '完成投资398亿元';
    }), /part_of: the part 398亿元 is larger than its whole 388\.1亿元/],
    ['a share over 100%', broken((r) => {
      const f = r.sections[6].figures.find((x) => x.id === 'satisfaction_rate');
      f.value = '199.62'; f.quote = '群众满意率达199.62%';
    }), /a share must lie between 0% and 100%/],
    ['an empty KPI block', broken((r) => { r.sections[0].figures = []; r.sections[0].charts = []; }), /sections\[0\]\.figures: is empty; the KPI block shows its figures as tiles/],
    ['a unit with no English form', broken((r) => { r.sections[1].figures[0].unit = '标准箱'; r.sections[1].figures[0].quote = '组织“第一议题”学习26标准箱'; }), /sections\[1\]\.figures\[0\]\.unit: unit `标准箱` has no English form; add `unit_en`/],
    // Cases new with the browser's JSON.parse and serde-wasm-bindgen.
    ['truncated JSON', json(JSON.stringify(REPORT).slice(0, 5000)), /the data file is not JSON: /],
    ['text after the report', json(`${JSON.stringify(REPORT)} x`), /the data file is not JSON: /],
    ['deep nesting', json(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), /invalid type: sequence, expected struct Report/],
    ['deep nesting in a field', broken((r) => { r.sections[0].figures[0].label = 'DEEP'; }, (text) => text.replace('"DEEP"', `${'['.repeat(5000)}${']'.repeat(5000)}`)), /sections\[0\]\.figures\[0\]\.label: invalid type: sequence, expected struct Text/],
    ['null for a part of the report', broken((r) => { r.meta = null; }), /meta: invalid type: null, expected struct Meta/],
    // A report is read in parts, its sections apart: without a list of them it is read whole.
    ['sections that are not a list', broken((r) => { r.sections = { kpi: r.sections[0] }; }), /sections: invalid type: map, expected a sequence/],
    ['no sections', broken((r) => { delete r.sections; }), /missing field `sections`/],
    ['a wrong type in the last section', broken((r) => { r.sections[8].title.en = 8; }), /sections\[8\]\.title\.en: invalid type: integer `8`, expected a string/],
    ['a year below zero', broken((r) => { r.meta.year = -1; }), /meta\.year: invalid value: integer `-1`, expected at least 1900/],
    ['a year with a fraction', broken((r) => { r.meta.year = 2020.5; }), /meta\.year: invalid type: floating point `2020\.5`, expected an integer/],
    ['an unknown field', broken((r) => { r.sections[1].figures[0].colour = 'red'; }), /sections\[1\]\.figures\[0\]\.colour: unknown field `colour`, expected one of `/],
    ['an unknown chart type', broken((r) => { r.sections[1].charts[0].type = 'pie'; }), /sections\[1\]\.charts\[0\]\.type: unknown variant `pie`, expected one of `bars`/],
    ['a chart without its fields', broken((r) => { delete r.sections[1].charts[0].figures; }), /sections\[1\]\.charts\[0\]: a bars chart needs `figures`/],
    ['a wrong hedge in a list', broken((r) => { r.sections[0].figures[0].hedge = ['预计', 3]; }), /sections\[0\]\.figures\[0\]\.hedge\[1\]: invalid type: integer `3`/],
    ['a huge file', json(`{"format": 1, "x": "${'长'.repeat(1_000_000)}"}`), /the data file is \d+ bytes; at most 2097152 are accepted/],
    ['a hostile value in a message', broken((r) => { r.sections[0].figures[0].kind = '<img src=x onerror="document.title=1">'.repeat(1000); }), /sections\[0\]\.figures\[0\]\.kind: unknown variant `<img src=x onerror="document\.title=1"><i…`, expected one of `amount`/],
    ['duplicate ids', broken((r) => { r.sections[2].figures[0].id = r.sections[1].figures[0].id; }), /used twice/],
    ['a negative count', broken((r) => { r.sections[1].figures[0].value = '-26'; r.sections[1].figures[0].quote = '组织“第一议题”学习-26次'; }), /cannot be negative/],
  ];
  for (const [name, respond, message] of cases) {
    const page = await openWithData(respond);
    assert.equal(await page.getAttribute('#report', 'data-state'), 'error', name);
    const shown = await page.textContent('#report .ri-error');
    assert.match(shown, message, `${name}: shown in the widget`);
    assert.ok(page.problems.some((p) => message.test(p)), `${name}: logged to the console: ${page.problems.join(' | ')}`);
    if (name === 'a part larger than its whole') await page.screenshot({ path: `${OUTPUT_DIR}error-375.png` });
    assert.equal(await page.$$eval('#report img', (els) => els.length), 0, `${name}: nothing from the file became markup`);
    assert.ok(shown.length < 2000, `${name}: the message is short (${shown.length} characters)`);
    await page.closeAll();
  }
});

test('an option of the wrong type is named in the widget and the error', async () => {
  const page = await openPage(env.browser, `${env.url}demo/clean.html`, { width: 375 });
  const result = await page.evaluate(async () => {
    const { mountWidget } = await import('/widget.js');
    const root = document.createElement('div');
    document.body.append(root);
    try {
      await mountWidget(root, { theme: 'dark', lang: 5 });
      return { thrown: null };
    } catch (error) {
      return { thrown: String(error.message ?? error), shown: root.textContent };
    }
  });
  assert.match(result.thrown ?? '', /options\.lang: invalid type: floating point `5(\.0)?`, expected a string/);
  assert.match(result.shown, /options\.lang: invalid type/);
  await page.closeAll();
});

test('a broken instance leaves the host page and the other instances working', async () => {
  const page = await openPage(env.browser, `${env.url}demo/clean.html`, { width: 1280 });
  await page.route((url) => url.pathname.startsWith('/test-data/'), (route) => route.fulfill({ status: 500, body: 'boom' }));
  await page.evaluate(() => {
    const bad = Object.assign(document.createElement('report-infographic'), { id: 'bad' });
    bad.setAttribute('src', '/test-data/missing.json');
    const good = Object.assign(document.createElement('report-infographic'), { id: 'good' });
    good.setAttribute('sections', 'reform');
    good.setAttribute('motion', 'off');
    document.body.append(bad, good);
  });
  const state = (id) => page.evaluate((id) => document.getElementById(id).shadowRoot?.querySelector('.report-infographic')?.dataset.state, id);
  await page.waitForFunction(() => ['bad', 'good'].every((id) => ['ready', 'error'].includes(document.getElementById(id).shadowRoot?.querySelector('.report-infographic')?.dataset.state)));
  assert.equal(await state('bad'), 'error');
  assert.equal(await state('good'), 'ready');
  assert.match(await page.evaluate(() => document.getElementById('bad').shadowRoot.textContent), /HTTP 500/);
  await page.closeAll();
});

test('hostile and extreme content is inert and laid out sensibly', async () => {
  const report = clone(SAMPLE);
  const evil = '<img src=x onerror="document.title=\'owned\'"><script>document.title="owned"</script>';
  const services = report.sections[1];
  services.title.zh = `${evil} 标题`;
  services.summary.zh = evil;
  services.figures[0].label.zh = `${evil}${'很长的标签'.repeat(60)}`;
  services.figures[1].label.zh = 'W'.repeat(500);
  // Huge, tiny and zero values, and a falling growth rate.
  services.figures[0].value = '999999999999'; services.figures[0].quote = '网上可办事项999999999999个';
  services.figures[1].value = '0'; services.figures[1].quote = '即办事项0个';
  report.sections[0].figures[1].value = '-0.3'; report.sections[0].figures[1].quote = '同比增长-0.3%，即下降0.3%';
  report.sections[0].figures[0].value = '0.0001'; report.sections[0].figures[0].quote = '地区生产总值预计完成0.0001亿元';
  // Hundreds of figures in one section.
  const many = { id: 'many', kind: 'work', title: { zh: '三百个数字', en: 'Three hundred figures' }, summary: { zh: '压力测试', en: 'Stress' }, figures: [], charts: [] };
  for (let i = 0; i < 300; i += 1) many.figures.push({ id: `f${i}`, label: { zh: `第${i}项`, en: `Item ${i}` }, value: String(i), unit: '个', kind: 'count', quote: `完成${i}个` });
  many.charts.push({ type: 'bars', title: { zh: '前十二项', en: 'First twelve' }, figures: many.figures.slice(0, 12).map((f) => f.id) });
  report.sections.push(many);
  for (const width of [320, 1280]) {
    const page = await openWithData(json(report), { width });
    await waitReady(page);
    assert.equal(await page.title() === 'owned', false, 'no script ran');
    assert.equal(await page.$$eval('#report img, #report script', (els) => els.length), 0, 'no element was injected');
    assert.ok((await page.textContent('.ri-card .ri-section-title')).startsWith('<img src=x'), 'the markup is shown as text');
    const { scrollWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth }));
    assert.ok(scrollWidth <= width, `no horizontal overflow at ${width}: ${scrollWidth}`);
    const text = await page.evaluate(() => document.body.innerText);
    for (const shown of ['999999999999个', '0个', '下降0.3%', '预计0.0001亿元', '299个']) assert.ok(text.includes(shown), shown);
    await page.screenshot({ path: `${OUTPUT_DIR}hostile-${width}.png` });
    assert.deepEqual(page.problems, []);
    await page.closeAll();
  }
});

test('a panic shows an error in the widget and stops the animation loop', async () => {
  const init = () => {
    window.pendingFrames = new Set();
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => {
      const id = request((t) => { window.pendingFrames.delete(id); callback(t); });
      window.pendingFrames.add(id);
      return id;
    };
  };
  const page = await openPage(env.browser, env.url, { width: 375, init });
  await waitMounted(page);
  await page.evaluate(() => window.scrollBy(0, 400));
  const thrown = await page.evaluate(async () => {
    const module = await import('/pkg/report_infographic.js');
    try { module.__simulatePanic(); return 'returned'; } catch (error) { return String(error); }
  });
  assert.match(thrown, /unreachable|RuntimeError/);
  assert.equal(await page.getAttribute('#report', 'data-state'), 'error');
  assert.match(await page.textContent('#report .ri-error'), /internal error/);
  assert.ok(page.problems.some((p) => p.includes('a panic simulated by a test')), page.problems.join(' | '));
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.pendingFrames.size), 0, 'no frame is requested after the panic');
  await page.closeAll();
});

test('a report is read a few milliseconds at a time on a slow phone, into the same widget', async () => {
  const page = await openPage(env.browser, env.url, { width: 375 });
  await waitMounted(page);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 20 });
  const text = JSON.stringify(REPORT);
  const read = await page.evaluate(async (json) => {
    const { prepare } = await import('/pkg/report_infographic.js');
    const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));
    const root = document.createElement('div');
    document.body.append(root);
    const mounting = prepare(root, { motion: 'off', sections: 'kpi,party' });
    let notStarted = '';
    try { mounting.readOn(); } catch (error) { notStarted = String(error.message); }
    mounting.read(json);
    let calls = 0;
    do { await nextTask(); calls += 1; } while (!mounting.readOn());
    for (const step of ['check', 'compose', 'parse', 'place']) mounting[step]();
    const widget = mounting.build();
    const sections = [...root.querySelectorAll('[data-section]')].map((s) => s.dataset.section);
    widget.destroy();
    return { calls, sections, notStarted };
  }, text);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // The head, then each section: at least one part a call, and (the CPU 20× slower, reading
  // takes well over 100 ms) more than one call.
  assert.ok(read.calls > 1 && read.calls <= 1 + REPORT.sections.length, `read in ${read.calls} calls`);
  assert.deepEqual(read.sections, ['kpi', 'party']);
  assert.match(read.notStarted, /no report was read/);
  await page.closeAll();
});
