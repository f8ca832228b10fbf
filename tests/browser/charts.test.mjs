// Charts in the browser: drawn crisp at every pixel ratio, proportional, redrawn on resize,
// animated when scrolled into view and only then, interactive by pointer and keyboard.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { OUTPUT_DIR, REPORT, displayText, launch, openPage, renderAllPlots, scrollThrough, waitReady } from './helpers.mjs';

let env;
before(async () => { env = await launch(); });
after(async () => { await env?.close(); });

/** Every canvas's backing store, CSS size and number of drawn pixels. */
const canvasesOf = (page) => page.$$eval('.ri canvas', (els) => els.map((c) => {
  const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
  let inked = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked += 1;
  const box = c.getBoundingClientRect();
  const container = c.closest('.ri-chart').clientWidth;
  return { width: c.width, height: c.height, cssWidth: box.width, cssHeight: box.height, container, inked };
}));

test('the final frame is drawn crisp at pixel ratios 1, 1.5, 2, 2.75 and 3', async () => {
  for (const dpr of [1, 1.5, 2, 2.75, 3]) {
    const page = await openPage(env.browser, `${env.url}?motion=off`, { width: 375, dpr });
    await waitReady(page);
    await renderAllPlots(page);
    for (const c of await canvasesOf(page)) {
      assert.equal(c.width, Math.round(c.cssWidth * dpr), `backing store width at ${dpr}`);
      assert.equal(c.height, Math.round(c.cssHeight * dpr), `backing store height at ${dpr}`);
      assert.ok(c.inked > 300 * dpr, `drawn at ${dpr}`);
    }
    assert.deepEqual(page.problems, []);
    await page.closeAll();
  }
});

test('bar lengths are proportional to their values', async () => {
  const page = await openPage(env.browser, `${env.url}?motion=off`, { width: 1280 });
  await waitReady(page);
  const charts = await page.evaluate(() => window.reportWidget.chartMarks());
  const bars = charts.filter((c) => c.type === 'bars');
  assert.ok(bars.length >= 6, `${bars.length} bar charts`);
  const magnitude = (unit) => (unit.startsWith('亿') ? 1e8 : unit.startsWith('万') ? 1e4 : 1);
  for (const chart of bars) {
    const section = REPORT.sections.find((s) => s.id === chart.section);
    const values = chart.marks.map((m) => {
      const f = section.figures.find((x) => x.id === m.figure_id);
      return Number(f.value) * magnitude(f.unit);
    });
    const longest = Math.max(...chart.marks.map((m) => m.rect[2]));
    const largest = Math.max(...values);
    chart.marks.forEach((m, i) => {
      const expected = (values[i] / largest) * longest;
      // A tiny value is drawn at least one bar thick (14 px) so it never reads as zero.
      assert.ok(Math.abs(m.rect[2] - expected) < 1 || (expected < 14 && m.rect[2] === 14),
        `${chart.section} ${m.figure_id}: ${m.rect[2]} px, expected ${expected}`);
    });
  }
  await page.closeAll();
});

test('bars and rings fill their marks to the edge, with round ends and a hole', async () => {
  const page = await openPage(env.browser, `${env.url}?motion=off`, { width: 375, dpr: 2 });
  await waitReady(page);
  await renderAllPlots(page);
  const charts = await page.evaluate(() => window.reportWidget.chartMarks());
  // The alpha of the pixel at CSS (x, y) of chart i's canvas.
  const alphaAt = (i, points) => page.$$eval('.ri canvas', (els, [i, points]) => {
    const c = els[i];
    const k = c.width / c.getBoundingClientRect().width;
    const ctx = c.getContext('2d');
    return points.map(([x, y]) => ctx.getImageData(Math.floor(x * k), Math.floor(y * k), 1, 1).data[3]);
  }, [i, points]);
  let bars = 0;
  let rings = 0;
  for (const [i, chart] of charts.entries()) {
    if (chart.type === 'bars') {
      for (const { rect: [x, y, w, h], figure_id: id } of chart.marks.filter((m) => m.rect[2] >= 20)) {
        const [middle, end, past, corner] = await alphaAt(i, [[x + w / 2, y + h / 2], [x + w - 1.5, y + h / 2], [x + w + 2, y + h / 2], [x + 1, y + 1]]);
        assert.ok(middle === 255 && end > 0, `${id}: filled to its end (${middle}, ${end})`);
        assert.ok(past === 0, `${id}: nothing past its end (${past})`);
        assert.ok(corner < 100, `${id}: a round end (${corner})`);
        bars += 1;
      }
    } else if (chart.type === 'ring' || chart.type === 'ratio') {
      const [x, y, w] = chart.marks[0].rect;
      const [band, corner, hole] = await alphaAt(i, [[x + w / 2, y + 8], [x + 4, y + 4], [x + w / 2, y + 22]]);
      assert.ok(band === 255, `${chart.section}: the band at twelve o'clock (${band})`);
      assert.ok(corner === 0 && hole === 0, `${chart.section}: round, with a hole (${corner}, ${hole})`);
      rings += 1;
    }
  }
  assert.ok(bars >= 20 && rings >= 4, `${bars} bars, ${rings} rings`);
  await page.closeAll();
});

test('charts redraw at the new width when the window is resized', async () => {
  const page = await openPage(env.browser, `${env.url}?motion=off`, { width: 1280 });
  await waitReady(page);
  await renderAllPlots(page);
  const wide = await canvasesOf(page);
  await page.setViewportSize({ width: 375, height: 800 });
  await page.waitForFunction(() => [...document.querySelectorAll('.ri canvas')].every((c) => Math.abs(c.getBoundingClientRect().width - c.closest('.ri-chart').clientWidth) < 1));
  // Charts out of view are redrawn over a few frames (a frame draws within a budget), each
  // keeping its last drawing until then: wait for the last to get its new backing store.
  const redrawn = (c) => c.width === Math.round(c.cssWidth) && c.inked > 300;
  for (const end = Date.now() + 10_000; Date.now() < end && !(await canvasesOf(page)).every(redrawn);) {
    await page.waitForTimeout(50);
  }
  await page.waitForTimeout(100);
  const narrow = await canvasesOf(page);
  assert.equal(narrow.length, wide.length);
  narrow.forEach((c, i) => {
    assert.ok(c.cssWidth < wide[i].cssWidth, `canvas ${i} narrower`);
    assert.equal(c.cssWidth, c.container, `canvas ${i} fills its container`);
    assert.ok(c.inked > 300, `canvas ${i} redrawn`);
  });
  const marks = await page.evaluate(() => window.reportWidget.chartMarks());
  marks.forEach((m, i) => assert.equal(m.widthCss, narrow[i].container, `scene ${i} built at the new width`));
  // No growth loop: sizes settle and stay.
  await page.waitForTimeout(300);
  assert.deepEqual((await canvasesOf(page)).map((c) => c.cssHeight), narrow.map((c) => c.cssHeight));
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('a resize never paints a chart in view blank or stretched', async () => {
  // A phone turned on its side: the charts in view are drawn at their new size before the
  // browser paints it. A resize observer made after the widget's runs after it, before paint.
  const page = await openPage(env.browser, `${env.url}?motion=off`, { width: 375, dpr: 2 });
  await waitReady(page);
  await page.evaluate(() => document.querySelector('[data-section="party"] canvas').scrollIntoView());
  await page.evaluate(() => {
    window.afterResize = new Promise((resolve) => {
      let first = true;
      new ResizeObserver(() => {
        if (first) { first = false; return; } // Called once on observing.
        resolve([...document.querySelectorAll('.ri canvas')].flatMap((c) => {
          const box = c.getBoundingClientRect();
          if (box.bottom <= 0 || box.top >= innerHeight) return [];
          const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
          let inked = 0;
          for (let i = 3; i < data.length; i += 4) if (data[i] > 0) inked += 1;
          return [{ backing: c.width, expected: Math.round(box.width * devicePixelRatio), inked }];
        }));
      }).observe(document.querySelector('#report'));
    });
  });
  await page.setViewportSize({ width: 667, height: 375 });
  const inView = await page.evaluate(() => window.afterResize);
  assert.ok(inView.length >= 1, 'a chart in view');
  for (const c of inView) {
    assert.equal(c.backing, c.expected, 'drawn at the new size, not stretched');
    assert.ok(c.inked > 300, 'drawn, not blank');
  }
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('charts wait until they scroll into view, then animate once and the loop stops', async () => {
  const context = await env.browser.newContext({ viewport: { width: 375, height: 700 } });
  await context.addInitScript(() => {
    window.frameRequests = 0;
    const request = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) => { window.frameRequests += 1; return request(callback); };
  });
  const page = await context.newPage();
  await page.goto(env.url);
  await page.waitForTimeout(2500);
  assert.equal(await page.getAttribute('#report', 'data-state'), 'loading', 'charts below the fold have not played');
  const unseen = await page.evaluate(() => window.reportWidget.chartMarks().at(-1));
  assert.equal(unseen.section, 'livelihood');
  await scrollThrough(page);
  await waitReady(page);
  await page.waitForTimeout(200);
  const settled = await page.evaluate(() => window.frameRequests);
  await page.waitForTimeout(1000);
  assert.equal(await page.evaluate(() => window.frameRequests), settled, 'no frames requested when nothing moves');
  await context.close();
});

/** Logs the page's animation frames, each canvas's first drawing, each part shown (a section,
 *  or a section's charts) and each text measured, and whether a first drawing happened inside a
 *  frame's callback. The widget asks for a frame after each step, so each new thing is shown in
 *  the next frame logged (a frame loop of the test's own would change when the browser runs idle
 *  callbacks). */
function logNewThings() {
  window.renderLog = [];
  const log = (what) => window.renderLog.push([what, performance.now()]);
  const request = window.requestAnimationFrame.bind(window);
  let inFrame = false;
  window.requestAnimationFrame = (callback) => request((t) => {
    log('frame');
    inFrame = true;
    try { callback(t); } finally { inFrame = false; }
  });
  const seen = new WeakSet();
  const context = CanvasRenderingContext2D.prototype;
  const measure = context.measureText;
  context.measureText = function (...args) { log('text'); return measure.apply(this, args); };
  for (const name of ['fillText', 'fill', 'fillRect', 'stroke', 'strokeRect', 'drawImage']) {
    const draw = context[name];
    context[name] = function (...args) {
      if (!seen.has(this.canvas)) { seen.add(this.canvas); log(inFrame ? 'canvas in a frame' : 'canvas'); }
      return draw.apply(this, args);
    };
  }
  new MutationObserver((records) => {
    for (const r of records) if (r.oldValue !== null && !r.target.hidden && r.target.matches('section, .ri-charts')) log('part');
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['hidden'], attributeOldValue: true });
}

test('after a part is shown or a chart first drawn, nothing more is done until the next frame', async () => {
  // The frame after a part is shown paints it, and the frame after a canvas's first drawing
  // copies its pixels for the compositor. Work put before that frame (another part, another
  // chart, or the next chart's texts, which give its canvas a context) made it a long task at
  // 4× slowdown. First drawings are never in a frame's callback.
  for (const [query, play] of [['?motion=off', false], ['', true]]) {
    const page = await openPage(env.browser, `${env.url}${query}`, { width: 375, dpr: 2, init: logNewThings });
    if (play) await scrollThrough(page);
    await waitReady(page);
    const log = await page.evaluate(() => window.renderLog);
    const crowded = [];
    let since = [];
    for (const [what, ms] of log) {
      if (what === 'frame') {
        const shown = since.findIndex((w) => w.startsWith('part') || w.startsWith('canvas'));
        if (shown >= 0 && shown < since.length - 1) crowded.push(since.join(' '));
        since = [];
      } else if (what === 'canvas in a frame') {
        crowded.push(`${what}@${ms.toFixed(0)}`);
      } else if (what !== 'text' || since.at(-1)?.startsWith('text') !== true) {
        since.push(`${what}@${ms.toFixed(0)}`);
      }
    }
    const counts = (what) => log.filter(([w]) => w.startsWith(what)).length;
    assert.equal(counts('canvas'), REPORT.sections.reduce((n, s) => n + s.charts.length, 0), `every chart drawn (${query})`);
    assert.ok(counts('part') > 5, `parts shown one by one (${query})`);
    assert.deepEqual(crowded, [], `work after a part shown or a first drawing, before the next frame (${query})`);
    assert.deepEqual(page.problems, []);
    await page.closeAll();
  }
});

test('mid-animation frames show growing marks', async () => {
  const page = await openPage(env.browser, env.url, { width: 375, dpr: 2 });
  await page.waitForSelector('[data-section="reform"] canvas');
  // In every frame for 1.5 s after the chart scrolls into view, count the bars' pixels in the
  // accent colour (#b71c1c): they grow from few to all, and never shrink.
  const counts = await page.evaluate(() => new Promise((resolve) => {
    const canvas = document.querySelector('[data-section="reform"] canvas');
    const accentPixels = () => {
      if (canvas.width === 0) return 0;
      const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
      let count = 0;
      for (let i = 0; i < data.length; i += 4) {
        if (data[i + 3] > 250 && Math.abs(data[i] - 0xb7) < 8 && Math.abs(data[i + 1] - 0x1c) < 8 && Math.abs(data[i + 2] - 0x1c) < 8) count += 1;
      }
      return count;
    };
    canvas.scrollIntoView({ block: 'start' });
    const seen = [];
    const start = performance.now();
    const frame = (now) => {
      seen.push(accentPixels());
      if (now - start < 1500) requestAnimationFrame(frame); else resolve(seen);
    };
    requestAnimationFrame(frame);
  }));
  const card = await page.$('[data-section="reform"]');
  await card.screenshot({ path: `${OUTPUT_DIR}final-reform-375.png` });
  const grown = Math.max(...counts);
  assert.ok(grown > 1000, `the final bars have ${grown} accent pixels`);
  assert.equal(counts.at(-1), grown, 'the last frame shows the bars grown whole');
  const midway = counts.filter((c) => c > grown * 0.1 && c < grown * 0.9);
  assert.ok(midway.length >= 3, `frames with bars partly grown: ${counts.join(', ')}`);
  counts.forEach((c, i) => assert.ok(i === 0 || c >= counts[i - 1] - 20, `frame ${i} shrank: ${counts.join(', ')}`));
  await page.closeAll();
});

test('once played, every chart shows exactly the pixels of its final frame drawn at once', async () => {
  // `ready` must mean the last frame is on every canvas: a frame the budget put off, a piece
  // of an earlier frame left behind (a bar's old end, an old digit) or an edge drawn twice
  // would differ here.
  const pixelsOf = (page) => page.$$eval('.ri canvas', (els) => els.map((c) => {
    const data = c.getContext('2d').getImageData(0, 0, c.width, c.height).data;
    let binary = '';
    for (let i = 0; i < data.length; i += 0x8000) binary += String.fromCharCode(...data.subarray(i, i + 0x8000));
    return { width: c.width, pixels: btoa(binary) };
  }));
  for (const { query, width, dpr } of [{ query: '', width: 375, dpr: 2 }, { query: 'lang=en', width: 1280, dpr: 1 }]) {
    const animated = await openPage(env.browser, `${env.url}?${query}`, { width, dpr });
    await scrollThrough(animated);
    await waitReady(animated);
    const played = await pixelsOf(animated);
    const still = await openPage(env.browser, `${env.url}?${query}&motion=off`, { width, dpr });
    await waitReady(still);
    const drawn = await pixelsOf(still);
    assert.equal(played.length, drawn.length);
    const differing = played.map((p, k) => {
      const [a, b] = [Buffer.from(p.pixels, 'base64'), Buffer.from(drawn[k].pixels, 'base64')];
      assert.equal(a.length, b.length, `canvas ${k} size`);
      let count = 0;
      let first = -1;
      for (let i = 0; i < a.length; i += 1) {
        if (a[i] !== b[i]) {
          if (first < 0) first = i >> 2;
          count += 1;
        }
      }
      return count ? { k, text: `canvas ${k}: ${count} bytes, first at ${first % p.width},${Math.floor(first / p.width)}` } : null;
    }).filter(Boolean);
    for (const { k } of differing) {
      await (await animated.$$('.ri canvas'))[k].screenshot({ path: `${OUTPUT_DIR}redrawn-${width}-${k}-played.png` });
      await (await still.$$('.ri canvas'))[k].screenshot({ path: `${OUTPUT_DIR}redrawn-${width}-${k}-drawn.png` });
    }
    assert.deepEqual(differing.map((d) => d.text), [], `canvases at ${width} px ${query} whose last frame differs from a drawing at once`);
    assert.deepEqual([...animated.problems, ...still.problems], []);
    await animated.closeAll();
    await still.closeAll();
  }
});

test('a tooltip gives the figure, its unit and hedge and the report\'s words, by pointer and keyboard', async () => {
  const page = await openPage(env.browser, `${env.url}?motion=off`, { width: 1280 });
  await waitReady(page);
  const charts = await page.evaluate(() => window.reportWidget.chartMarks());
  const index = charts.findIndex((c) => c.section === 'kpi' && c.type === 'bars' && c.marks.some((m) => m.figure_id === 'gdp'));
  const gdp = REPORT.sections[0].figures.find((f) => f.id === 'gdp');
  const canvas = (await page.$$('.ri canvas'))[index];
  const box = await canvas.boundingBox();
  const mark = charts[index].marks.find((m) => m.figure_id === 'gdp');
  await page.mouse.move(box.x + mark.rect[0] + 20, box.y + mark.rect[1] + mark.rect[3] / 2);
  const tip = page.locator('.ri-tooltip');
  await tip.waitFor({ state: 'visible' });
  assert.equal(await tip.locator('.ri-tip-value').textContent(), displayText(gdp));
  assert.equal(await tip.locator('.ri-tip-label').textContent(), gdp.label.zh);
  assert.ok((await tip.locator('.ri-tip-quote').textContent()).includes(gdp.quote));
  await page.mouse.move(5, 5);
  await tip.waitFor({ state: 'hidden' });

  // Keyboard: focus the chart, step to the next figure with the arrow key.
  await canvas.focus();
  await tip.waitFor({ state: 'visible' });
  const first = await tip.locator('.ri-tip-value').textContent();
  await page.keyboard.press('ArrowRight');
  const second = await tip.locator('.ri-tip-value').textContent();
  const figures = charts[index].marks.map((m) => displayText(REPORT.sections[0].figures.find((f) => f.id === m.figure_id)));
  assert.deepEqual([first, second], figures.slice(0, 2));
  await page.keyboard.press('Escape');
  await tip.waitFor({ state: 'hidden' });
  // Every chart is reachable with Tab.
  const focusable = await page.$$eval('.ri canvas', (els) => els.every((c) => c.tabIndex === 0));
  assert.ok(focusable);
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('the replay control plays a card again', async () => {
  const page = await openPage(env.browser, env.url, { width: 375 });
  await scrollThrough(page);
  await waitReady(page);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.click('[data-section="kpi"] .ri-replay');
  await page.waitForTimeout(150);
  const during = Number(await page.textContent('.ri-tile .ri-number'));
  assert.ok(during < 773, `counting again: ${during}`);
  await page.waitForFunction(() => document.querySelector('.ri-tile .ri-number').textContent === '773');
  assert.deepEqual(page.problems, []);
  await page.closeAll();
});

test('no replay controls when motion is off', async () => {
  const page = await openPage(env.browser, `${env.url}?motion=off`, { width: 375 });
  await waitReady(page);
  assert.equal(await page.$('.ri-replay'), null);
  await page.closeAll();
});

test('layouts from 320 px to 1440 px fit their width', async () => {
  for (const width of [320, 768, 1440]) {
    const page = await openPage(env.browser, `${env.url}?motion=off`, { width });
    await waitReady(page);
    await renderAllPlots(page);
    const { scrollWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth }));
    assert.ok(scrollWidth <= width, `${width}: page is ${scrollWidth} px wide`);
    for (const c of await canvasesOf(page)) {
      assert.equal(c.cssWidth, c.container, `${width}: canvas fills its container`);
      assert.ok(c.inked > 300, `${width}: canvas drawn`);
    }
    await page.screenshot({ path: `${OUTPUT_DIR}page-${width}-top.png` });
    assert.deepEqual(page.problems, []);
    await page.closeAll();
  }
});
