// The JSON Schema in data/ (generated from the model's types by tests/schema.rs) and the
// widget's own checks agree: every data file, the examples included, passes both, and every broken file below fails both,
// each where the validator says. Rules that span fields are the validator's alone: the schema
// accepts those files, and the validator rejects them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';

const ROOT = new URL('../../', import.meta.url);
const read = (name) => JSON.parse(readFileSync(new URL(`data/${name}`, ROOT), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
// The format schemars gives Rust's u32.
ajv.addFormat('uint32', { type: 'number', validate: (n) => Number.isInteger(n) && n >= 0 && n <= 0xffffffff });
const validate = ajv.compile(read('report.schema.json'));

/** The widget's checks, run natively on each report: its problems as `path: message` lines. */
function check(reports) {
  const dir = mkdtempSync(join(tmpdir(), 'report-check-'));
  const files = reports.map((report, i) => {
    const file = join(dir, `${i}.json`);
    writeFileSync(file, typeof report === 'string' ? report : JSON.stringify(report));
    return file;
  });
  let out;
  try {
    out = execFileSync('cargo', ['run', '--quiet', '--bin', 'check-report', '--', ...files], { cwd: ROOT, encoding: 'utf8' });
  } catch (error) {
    out = error.stdout;
  }
  return files.map((file) => out.split('\n').filter((line) => line.startsWith(`${file}: `)).map((line) => line.slice(file.length + 2)));
}

test('every data file passes the schema and the validator', () => {
  const names = ['erqi-2020.json', 'sample-small.json', 'examples/city-2024.json', 'examples/county-2023.json', 'examples/textonly-2022.json'];
  for (const name of names) assert.ok(validate(read(name)), `${name}: ${ajv.errorsText(validate.errors)}`);
  assert.deepEqual(check(names.map(read)), names.map(() => ['ok']));
});

test('broken files fail the schema and the validator, at the same field', () => {
  // Each mutation, and the path (as the validator writes it) both must name.
  const broken = [
    [(r) => { r.format = 2; }, 'format'],
    [(r) => { r.sections[0].figures[0].unit = 5; }, 'sections[0].figures[0].unit'],
    [(r) => { delete r.sections[0].figures[0].value; }, 'sections[0].figures[0]'],
    [(r) => { r.sections[0].figures[0].hedge = '大约'; }, 'sections[0].figures[0].hedge'],
    [(r) => { r.sections[0].figures[0].hedge = ['预计', 3]; }, 'sections[0].figures[0].hedge[1]'],
    [(r) => { r.sections[0].figures[0].kind = 'money'; }, 'sections[0].figures[0].kind'],
    [(r) => { r.sections[0].figures[0].value = '七百七十三点五'; }, 'sections[0].figures[0].value'],
    [(r) => { r.sections[0].figures[0].colour = 'red'; }, 'sections[0].figures[0].colour'],
    [(r) => { r.sections[0].figures[0].id = 'GDP'; }, 'sections[0].figures[0].id'],
    [(r) => { r.sections[0].title.en = ' '; }, 'sections[0].title.en'],
    [(r) => { r.sections[0].kind = 'card'; }, 'sections[0].kind'],
    [(r) => { r.meta.meeting_date = '2021/01/15'; }, 'meta.meeting_date'],
    [(r) => { r.meta.year = 1800; }, 'meta.year'],
    [(r) => { r.meta.source.reporter_en = ''; }, 'meta.source.reporter_en'],
    [(r) => { r.sections = []; }, 'sections'],
    [(r) => { r.sections[1].charts[0].type = 'pie'; }, 'sections[1].charts[0].type'],
    [(r) => { r.sections[1].charts[0].figures = []; }, 'sections[1].charts[0].figures'],
    [(r) => { r.sections[1].charts[0].colour = 'red'; }, 'sections[1].charts[0].colour'],
  ];
  const reports = broken.map(([breakIt]) => { const r = read('erqi-2020.json'); breakIt(r); return r; });
  const problems = check(reports);
  for (const [i, [breakIt, path]] of broken.entries()) {
    assert.equal(validate(reports[i]), false, `${breakIt}: passed the schema`);
    const pointer = `/${path.replace(/\[(\d+)\]/g, '.$1').split('.').join('/')}`;
    assert.ok(validate.errors.some((e) => `${e.instancePath}/${e.params?.additionalProperty ?? ''}`.startsWith(pointer) || e.instancePath === pointer.split('/').slice(0, -1).join('/')),
      `${breakIt}: the schema's errors do not name ${pointer}: ${ajv.errorsText(validate.errors)}`);
    assert.ok(problems[i].some((p) => p.startsWith(`${path}: `) || p.startsWith(`${path}`)), `${breakIt}: the validator says ${problems[i].join(' | ')}`);
  }
});

test('rules that span fields are the validator\'s alone', () => {
  const crossField = [
    (r) => { r.sections[2].figures[0].id = r.sections[1].figures[0].id; },
    (r) => { r.sections[0].figures[4].value = '55.3'; },
    (r) => { r.sections[1].charts[0].figures[0] = 'no_such_figure'; },
  ];
  const reports = crossField.map((breakIt) => { const r = read('erqi-2020.json'); breakIt(r); return r; });
  const problems = check(reports);
  for (const [i, breakIt] of crossField.entries()) {
    assert.ok(validate(reports[i]), `${breakIt}: ${ajv.errorsText(validate.errors)}`);
    assert.notDeepEqual(problems[i], ['ok'], `${breakIt}: passed the validator`);
  }
});
