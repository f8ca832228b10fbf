// What a reader downloads for the full page, and its size raw, gzip and brotli: shared by the
// benchmark and the size test (sizes are deterministic for a build).
import { readFileSync } from 'node:fs';
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';

/** Every file a reader downloads for the full page, in load order, relative to www/. */
export const PAGE_FILES = ['index.html', 'page.css', 'widget.css', 'main.js', 'widget.js', 'pkg/report_infographic.js', 'pkg/report_infographic_bg.wasm'];

/** The budget for all of them together, gzip, in KB (1024 bytes). */
export const BUDGET_GZIP_KB = 100;

/** Sizes of `files` (relative to www/) in bytes, each and in total. */
export function sizes(files = PAGE_FILES) {
  const www = new URL('../www/', import.meta.url);
  const rows = files.map((file) => {
    const bytes = readFileSync(new URL(file, www));
    return {
      file,
      raw: bytes.length,
      gzip: gzipSync(bytes, { level: 9 }).length,
      brotli: brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
    };
  });
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}
