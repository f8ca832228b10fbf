// The three example reports of data/examples/, loaded through `src`: every figure reads exactly
// as written out below, in Chinese and in English, wherever the page shows it (KPI tiles, each
// chart's list of figures and tooltips, the 更多数据 list); sections of text only show as cards with their
// title and summary; a 64-character title shows whole. The expected texts are written by hand
// from the grammar of figures, not computed by the code under test.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { OUTPUT_DIR, fullPageScreenshot, launch, openPage, waitReady } from './helpers.mjs';

/** How each figure must read: [Chinese, English], by figure id. */
const EXPECTED = {
  'city-2024': {
    gdp: ['预计1.23万亿元', 'expected 1.23 trillion yuan'],
    gdp_growth: ['预计增长5.1%', 'expected up 5.1%'],
    budget_revenue: ['986.4亿元', '98.64 billion yuan'],
    budget_revenue_growth: ['下降3.2%', 'down 3.2%'],
    income_per_capita: ['38921元', '38,921 yuan'],
    income_growth: ['增长5.3%', 'up 5.3%'],
    industry_growth: ['增长6.8%', 'up 6.8%'],
    emerging_output: ['4860亿元', '486 billion yuan'],
    hitech_firms: ['1206家', '1,206'],
    digital_share: ['11.2%', '11.2%'],
    digital_share_change: ['提高1.2个百分点', 'up 1.2 percentage points'],
    trade_total: ['3285.6亿元', '328.56 billion yuan'],
    trade_growth: ['增长4.6%', 'up 4.6%'],
    ecommerce_growth: ['增长1.5倍', 'up 1.5-fold'],
    key_projects: ['486个', '486'],
    planned_investment: ['3400亿元', '340 billion yuan'],
    completed_investment: ['3120亿元', '312 billion yuan'],
    projects_completed: ['152个', '152'],
    new_big_projects: ['213个', '213'],
    renewal_subsidy: ['约3.4亿元', 'about 340 million yuan'],
    livelihood_share: ['78.6%', '78.6%'],
    new_jobs: ['16.2万人', '162,000 people'],
    new_schools: ['42所', '42'],
    school_places: ['3.6万个', '36,000'],
    old_compounds: ['612个', '612'],
    households_benefited: ['8.7万户', '87,000 households'],
    care_beds: ['5200张', '5,200'],
    gdp_target: ['增长6%左右', 'up around 6%'],
    revenue_target: ['增长3%左右', 'up around 3%'],
    energy_target: ['下降2.5%左右', 'down around 2.5%'],
    jobs_target: ['15万人以上', 'at least 150,000 people'],
    unemployment_target: ['5.5%左右', 'around 5.5%'],
  },
  'county-2023': {
    gdp: ['286.4亿元', '28.64 billion yuan'],
    gdp_growth: ['增长5.8%', 'up 5.8%'],
    budget_revenue: ['18.7亿元', '1.87 billion yuan'],
    grain_output: ['52.6万吨', '526,000 tonnes'],
    grain_streak: ['连续8年', '8 years in a row'],
    rural_income: ['21386元', '21,386 yuan'],
    rural_income_growth: ['增长7.1%', 'up 7.1%'],
    new_farmland: ['近3.5万亩', 'nearly 35,000 mu'],
    cropland: ['131.5万亩', '1.315 million mu'],
    farmland_built: ['86.2万亩', '862,000 mu'],
    machinery_power: ['96.5万千瓦', '965,000 kW'],
    mechanisation_rate: ['91.3%', '91.3%'],
    mechanisation_change: ['提高1.6个百分点', 'up 1.6 percentage points'],
    farm_businesses: ['312家', '312'],
    afforestation: ['2860公顷', '2,860 hectares'],
    pm25: ['38微克/立方米', '38 μg/m³'],
    pm25_change: ['下降9.5%', 'down 9.5%'],
    good_air_days: ['286天', '286 days'],
    water_sections: ['100%', '100%'],
    cod_cut: ['约1200吨', 'about 1,200 tonnes'],
    straw_use: ['93.5%', '93.5%'],
    sewage_change: ['提高4.2个百分点', 'up 4.2 percentage points'],
    rivers: ['126公里', '126 km'],
    solar: ['8600千瓦', '8,600 kW'],
    rural_roads: ['186公里', '186 km'],
    unsafe_houses: ['1320户', '1,320 households'],
    new_jobs: ['6820人', '6,820 people'],
    returnee_founders: ['1560人', '1,560 people'],
    skills_training: ['1.8万人次', '18,000'],
    elderly_stations: ['46个', '46'],
    port_containers: ['12.6万标准箱', '126,000 TEU'],
    gdp_target: ['增长6.5%左右', 'up around 6.5%'],
    grain_target: ['52万吨以上', 'at least 520,000 tonnes'],
    farmland_target: ['约2万亩', 'about 20,000 mu'],
    pm25_target: ['36微克/立方米以内', 'within 36 μg/m³'],
    unemployment_target: ['4%以内', 'within 4%'],
  },
  'textonly-2022': {
    gdp: ['412.7亿元', '41.27 billion yuan'],
    gdp_growth: ['增长3.9%', 'up 3.9%'],
    business_rank: ['第二', 'No. 2'],
    advanced_streak: ['连续三年', '3 years in a row'],
    old_compounds: ['57个', '57'],
    lifts: ['218部', '218'],
    pocket_parks: ['34个', '34'],
    canteens: ['26个', '26'],
  },
};

/** The sections of text only of the text-only example. */
const TEXT_ONLY = ['safety', 'government'];

const read = (name) => JSON.parse(readFileSync(new URL(`../../data/examples/${name}.json`, import.meta.url), 'utf8'));

let env;
before(async () => { env = await launch({ csp: true }); });
after(async () => { await env?.close(); });

/** Every place the page shows a figure as text: the KPI tiles (in order, with what is read out
 *  to screen readers), each chart's list of figures and the 更多数据 lists. */
const figuresShown = (page) => page.evaluate(() => {
  const text = (el, selector) => el.querySelector(selector)?.textContent ?? null;
  const sections = [...document.querySelectorAll('#report [data-section]')];
  return sections.map((section) => ({
    id: section.dataset.section,
    tiles: [...section.querySelectorAll('.ri-tile')].map((tile) => ({
      shown: text(tile, '.ri-counting') ?? text(tile, '.ri-tile-value'),
      read: text(tile, '.ri-visually-hidden'),
      label: text(tile, '.ri-tile-label'),
    })),
    charts: [...section.querySelectorAll('.ri-chart')].map((chart) => ({
      type: chart.dataset.chart,
      figures: [...chart.querySelectorAll('.ri-chart-data [data-figure]')].map((li) => ({
        id: li.dataset.figure, shown: text(li, '.ri-figure-value'), label: text(li, '.ri-figure-label'),
      })),
    })),
    more: [...section.querySelectorAll('.ri-figures [data-figure]')].map((li) => ({
      id: li.dataset.figure, shown: text(li, '.ri-figure-value'), label: text(li, '.ri-figure-label'), quote: li.title,
    })),
  }));
});

for (const name of Object.keys(EXPECTED)) {
  for (const [column, lang] of ['zh', 'en'].entries()) {
    test(`${name} in ${lang}: every figure reads as written`, async () => {
      const report = read(name);
      const expected = EXPECTED[name];
      const figureIds = report.sections.flatMap((s) => s.figures.map((f) => f.id));
      assert.deepEqual(Object.keys(expected).sort(), [...figureIds].sort(), 'the table covers every figure of the report');

      const page = await openPage(env.browser, `${env.url}?src=/data/examples/${name}.json&lang=${lang}&motion=off`, { width: 375 });
      await waitReady(page);
      assert.equal(await page.getAttribute('#report', 'lang'), lang === 'zh' ? 'zh-CN' : 'en');
      const shown = await figuresShown(page);
      assert.deepEqual(shown.map((s) => s.id), report.sections.map((s) => s.id), 'every section, in order');

      const seen = new Set();
      const wrong = [];
      const check = (where, id, text) => {
        seen.add(id);
        if (text !== expected[id][column]) wrong.push(`${where} ${id}: «${text}», expected «${expected[id][column]}»`);
      };
      for (const [si, section] of report.sections.entries()) {
        const onPage = shown[si];
        const labelOf = (id) => section.figures.find((f) => f.id === id).label[lang];
        if (section.kind === 'kpi') {
          assert.equal(onPage.tiles.length, section.figures.length, `${section.id}: a tile per figure`);
          onPage.tiles.forEach((tile, fi) => {
            const { id } = section.figures[fi];
            check('tile', id, tile.shown);
            check('tile (read out)', id, tile.read);
            assert.equal(tile.label, labelOf(id), `${id}: the tile's label whole`);
          });
        } else {
          assert.equal(onPage.tiles.length, 0);
        }
        assert.deepEqual(onPage.charts.map((c) => c.type), (section.charts ?? []).map((c) => c.type), `${section.id}: its charts`);
        (section.charts ?? []).forEach((spec, ci) => {
          const ids = spec.figures ?? (spec.part ? [spec.part, spec.whole] : spec.figure ? [spec.figure] : []);
          const listed = onPage.charts[ci].figures;
          assert.deepEqual(listed.map((f) => f.id), ids, `${section.id} chart ${ci}: its figures listed`);
          for (const f of listed) {
            check(`chart ${section.id}/${ci}`, f.id, f.shown);
            assert.equal(f.label, labelOf(f.id), `${f.id}: the label whole in the chart's text alternative`);
          }
        });
        const charted = new Set((section.charts ?? []).flatMap((c) => c.figures ?? [c.part, c.whole, c.figure]));
        const uncharted = section.kind === 'kpi' ? [] : section.figures.filter((f) => !charted.has(f.id)).map((f) => f.id);
        assert.deepEqual(onPage.more.map((f) => f.id), uncharted, `${section.id}: the figures no chart shows are listed`);
        for (const f of onPage.more) {
          check(`更多数据 ${section.id}`, f.id, f.shown);
          assert.equal(f.label, labelOf(f.id), `${f.id}: the label whole`);
          assert.equal(f.quote, section.figures.find((x) => x.id === f.id).quote, `${f.id}: the report's words`);
        }
      }
      assert.deepEqual(wrong, [], 'figures that read otherwise than written');
      assert.deepEqual(figureIds.filter((id) => !seen.has(id)), [], 'figures shown nowhere as text');

      // Every chart is drawn, each of its figures with a mark.
      const marks = await page.evaluate(() => window.reportWidget.chartMarks());
      const charts = report.sections.flatMap((s) => (s.charts ?? []).map((c) => ({ section: s.id, type: c.type })));
      assert.deepEqual(marks.map((m) => ({ section: m.section, type: m.type })), charts);
      assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= innerWidth), 'no horizontal overflow');
      await fullPageScreenshot(page, `${OUTPUT_DIR}example-${name}-${lang}-375.png`);

      // Each chart's tooltip, stepped through its marks by keyboard, gives each figure the same.
      const canvases = await page.$$('#report canvas');
      const tip = page.locator('#report .ri-tooltip');
      const labels = Object.fromEntries(report.sections.flatMap((s) => s.figures.map((f) => [f.id, f.label[lang]])));
      for (const [ci, chart] of marks.entries()) {
        if (chart.type === 'areas') continue;
        await canvases[ci].focus();
        for (const mark of chart.marks) {
          await tip.waitFor({ state: 'visible' });
          check(`tooltip ${chart.section}/${ci}`, mark.figure_id, await tip.locator('.ri-tip-value').textContent());
          assert.equal(await tip.locator('.ri-tip-label').textContent(), labels[mark.figure_id], `${mark.figure_id}: the tooltip's label`);
          await page.keyboard.press('ArrowRight');
        }
        await page.keyboard.press('Escape');
      }
      assert.deepEqual(wrong, [], 'figures whose tooltip reads otherwise than written');
      assert.deepEqual(page.problems, []);
      await page.closeAll();
    });
  }
}

test('sections of text only show as cards with their title and summary, and a long title whole', async () => {
  const name = 'textonly-2022';
  const report = read(name);
  assert.equal([...report.meta.title.zh].length, 64);
  for (const lang of ['zh', 'en']) {
    for (const width of [320, 375]) {
      const page = await openPage(env.browser, `${env.url}?src=/data/examples/${name}.json&lang=${lang}&motion=off`, { width });
      await waitReady(page);
      const title = await page.$eval('#report .ri-title', (el) => {
        // Every line of the title's text lies inside the header, which is inside the page.
        const header = el.closest('header').getBoundingClientRect();
        const range = document.createRange();
        range.selectNodeContents(el);
        const outside = [...range.getClientRects()].filter((line) => line.left < header.left || line.right > header.right
          || line.top < header.top || line.bottom > header.bottom);
        const style = getComputedStyle(el);
        return {
          text: el.textContent,
          outside: outside.length,
          inPage: header.left >= 0 && header.right <= innerWidth,
          overflows: el.scrollWidth > el.clientWidth,
          cut: style.textOverflow === 'ellipsis' || style.webkitLineClamp !== 'none',
        };
      });
      assert.equal(title.text, report.meta.title[lang], `${lang} ${width}: the whole title`);
      assert.deepEqual({ ...title, text: undefined }, { text: undefined, outside: 0, inPage: true, overflows: false, cut: false }, `${lang} ${width}: the title is not cut`);
      for (const id of TEXT_ONLY) {
        const section = report.sections.find((s) => s.id === id);
        const card = await page.$eval(`#report [data-section="${id}"]`, (el) => ({
          card: el.classList.contains('ri-card'),
          hidden: el.hidden || el.getBoundingClientRect().height === 0,
          title: el.querySelector('.ri-section-title')?.textContent,
          summary: el.querySelector('.ri-summary')?.textContent,
          summaryShown: (el.querySelector('.ri-summary')?.getBoundingClientRect().height ?? 0) > 0,
          others: el.querySelectorAll('canvas, .ri-chart, .ri-figure, .ri-areas, .ri-tile').length,
          fits: el.scrollWidth <= el.clientWidth,
        }));
        assert.deepEqual(card, {
          card: true, hidden: false, title: section.title[lang], summary: section.summary[lang], summaryShown: true, others: 0, fits: true,
        }, `${lang} ${width}: ${id}`);
      }
      assert.deepEqual(page.problems, []);
      await page.closeAll();
    }
  }
});
