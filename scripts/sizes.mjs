// What a reader downloads for the full page, and its size raw, gzip and brotli: shared by the
// benchmark and the size test (sizes are deterministic for a build). The compressed sizes are
// those of the copies the server sends (dist/*.gz, dist/*.br, written by scripts/dist.mjs).
import { statSync } from 'node:fs';

/** Every file a reader downloads for the full page, in load order, relative to dist/. */
export const PAGE_FILES = ['index.html', 'page.css', 'widget.css', 'main.js', 'widget.js', 'pkg/report_infographic.js', 'pkg/report_infographic_bg.wasm'];

/** The budget for all of them together, gzip, in KB (1024 bytes). */
export const BUDGET_GZIP_KB = 115;

/** Sizes of `files` (relative to dist/) in bytes, each and in total. */
export function sizes(files = PAGE_FILES) {
  const dist = new URL('../dist/', import.meta.url);
  const size = (name) => statSync(new URL(name, dist)).size;
  const rows = files.map((file) => ({ file, raw: size(file), gzip: size(`${file}.gz`), brotli: size(`${file}.br`) }));
  const total = rows.reduce((t, r) => ({ raw: t.raw + r.raw, gzip: t.gzip + r.gzip, brotli: t.brotli + r.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { rows, total };
}
