// Shortens the names the WebAssembly module and its generated JS glue know each other by.
//
// wasm-bindgen names each import after the JS function and a 16-digit hash
// (`__wbg_setAttribute_f75317b2b5cabfb4`), and every name is written twice, in the module and
// in the glue. Hashes do not compress: the names cost about 4 KB gzip of every download.
// wasm-opt renames them in the module (`a`, `b`, …) and prints the mapping; this script applies
// it to the glue, and fails if any old name is left.
//
// Usage: node scripts/short-names.mjs <module.wasm> <glue.js>   (run before minifying the glue)
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';

const [wasmPath, gluePath] = process.argv.slice(2);
if (!wasmPath || !gluePath) {
  console.error('usage: node scripts/short-names.mjs <module.wasm> <glue.js>');
  process.exit(2);
}

const printed = execFileSync('wasm-opt', ['--minify-imports-and-exports-and-modules', wasmPath, '-o', wasmPath], { encoding: 'utf8' });
const mapping = JSON.parse(printed.slice(printed.indexOf('{')));
const modules = new Set(WebAssembly.Module.imports(new WebAssembly.Module(readFileSync(wasmPath))).map((i) => i.module));
if (modules.size !== 1) throw new Error(`expected the module to import from one module, not ${[...modules]}`);
const [newModule] = modules;

const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
let glue = readFileSync(gluePath, 'utf8');
const oldModules = new Set(mapping.imports.map(([module]) => module));
for (const module of oldModules) {
  glue = glue.replaceAll(JSON.stringify(module), JSON.stringify(newModule));
}
// Imports are the keys of the object of functions the glue gives the module.
for (const [, from, to] of mapping.imports) {
  glue = glue.replace(new RegExp(`(?<![\\w$])${escapeRegExp(from)}(?=\\s*:)`, 'g'), JSON.stringify(to));
}
// Exports are read from the instance's exports, `wasm`.
for (const [from, to] of mapping.exports) {
  glue = glue.replace(new RegExp(`\\bwasm\\.${escapeRegExp(from)}(?![\\w$])`, 'g'), `wasm[${JSON.stringify(to)}]`);
}
const left = [
  ...mapping.imports.filter(([, from]) => new RegExp(`(?<![\\w$])${escapeRegExp(from)}(?=\\s*:)`).test(glue)).map(([, from]) => from),
  ...mapping.exports.filter(([from]) => new RegExp(`\\bwasm\\.${escapeRegExp(from)}(?![\\w$])`).test(glue)).map(([from]) => from),
  ...[...oldModules].filter((module) => glue.includes(JSON.stringify(module))),
];
if (left.length > 0) throw new Error(`names left in the glue: ${left.join(', ')}`);
writeFileSync(gluePath, glue);
console.log(`short-names: ${mapping.imports.length} imports and ${mapping.exports.length} exports renamed`);
