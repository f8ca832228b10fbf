// The JSON Schema in data/ describes the data files: every report, the examples included,
// passes it, and broken files fail it where the widget's own validator also rejects them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020.js';

const read = (name) => JSON.parse(readFileSync(new URL(`../../data/${name}`, import.meta.url), 'utf8'));
const ajv = new Ajv2020({ allErrors: true, strict: true, allowUnionTypes: true });
const validate = ajv.compile(read('report.schema.json'));

test('every data file follows the schema', () => {
  for (const name of ['erqi-2020.json', 'sample-small.json', 'examples/city-2024.json', 'examples/county-2023.json', 'examples/textonly-2022.json']) {
    assert.ok(validate(read(name)), `${name}: ${ajv.errorsText(validate.errors)}`);
  }
});

test('broken files fail the schema', () => {
  const broken = [
    (r) => { r.format = 2; },
    (r) => { r.sections[0].figures[0].unit = 5; },
    (r) => { delete r.sections[0].figures[0].value; },
    (r) => { r.sections[0].figures[0].hedge = '大约'; },
    (r) => { r.sections[0].figures[0].kind = 'money'; },
    (r) => { r.sections[0].figures[0].value = '七百七十三点五'; },
    (r) => { r.sections[0].figures[0].colour = 'red'; },
    (r) => { r.meta.meeting_date = '2021/01/15'; },
    (r) => { r.sections = []; },
    (r) => { r.sections[1].charts[0].type = 'pie'; },
  ];
  for (const [i, breakIt] of broken.entries()) {
    const report = read('erqi-2020.json');
    breakIt(report);
    assert.equal(validate(report), false, `mutation ${i} passed the schema`);
  }
});
