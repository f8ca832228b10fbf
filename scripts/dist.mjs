// Writes dist/, the site as readers get it: every file of www/ (after the build has written the
// pages and the module into it) but the page templates, with scripts and stylesheets minified
// (about 2.5 KB gzip less on the page), and the example reports of data/examples/ under the same
// path; www/ keeps the readable sources. Beside every text file
// and the module it writes the compressed copies a server sends instead: `.gz` by zopfli (gzip
// that every browser reads, 4–5% smaller than zlib's best) and `.br` by brotli. A static server
// sends them as they are (nginx: `gzip_static on;`, `brotli_static on;`), as scripts/server.mjs
// does.
//
// Usage: node scripts/dist.mjs
import { cpSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';
import { minify } from 'terser';
import { transform } from 'lightningcss';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WWW = join(ROOT, 'www');
const DIST = join(ROOT, 'dist');

/** Scripts loaded with `<script src>` rather than as modules: their top-level names are globals. */
const CLASSIC_SCRIPTS = new Set(['embed.js']);
/** The files that are sent compressed. */
const COMPRESSED = new Set(['.html', '.js', '.css', '.wasm', '.json', '.svg', '.txt']);
/** Already minified by the build. */
const MINIFIED = new Set(['pkg/report_infographic.js']);

function* files(dir) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) yield* files(path);
    else yield path;
  }
}

rmSync(DIST, { recursive: true, force: true });
// The example reports, served beside the page so that `?src=data/examples/<name>.json` shows them.
const EXAMPLES = join(ROOT, 'data', 'examples');
const sources = [...files(WWW)].map((path) => [path, relative(WWW, path)]);
for (const path of files(EXAMPLES)) {
  if (extname(path) === '.json') sources.push([path, join('data', 'examples', relative(EXAMPLES, path))]);
}
for (const [path, relativeName] of sources) {
  const name = relativeName.split('\\').join('/');
  if (name.endsWith('.template.html') || name.endsWith('.gitignore')) continue;
  const target = join(DIST, name);
  mkdirSync(dirname(target), { recursive: true });
  const ext = extname(name);
  if (ext === '.js' && !MINIFIED.has(name)) {
    const source = readFileSync(path, 'utf8');
    const { code } = await minify(source, { module: !CLASSIC_SCRIPTS.has(name), compress: true, mangle: true, format: { comments: false } });
    writeFileSync(target, code);
  } else if (ext === '.html') {
    // Comments are for whoever edits the page, not for readers (the pages have no inline
    // scripts or styles, where `<!--` could mean something else).
    writeFileSync(target, readFileSync(path, 'utf8').replace(/<!--[\s\S]*?-->\n?/g, ''));
  } else if (ext === '.css') {
    const { code } = transform({ filename: name, code: readFileSync(path), minify: true });
    writeFileSync(target, code);
  } else {
    cpSync(path, target);
  }
  if (COMPRESSED.has(ext)) {
    const bytes = readFileSync(target);
    writeFileSync(`${target}.gz`, await gzipAsync(bytes, { numiterations: 15 }));
    writeFileSync(`${target}.br`, brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }));
  }
}
console.log('dist: written from www/ and the example reports, with .gz and .br copies');
