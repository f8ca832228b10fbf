// A small static file server for dist/ (written by scripts/build), used by the serve command and
// the browser tests. Like a production server it sends the compressed copies scripts/dist.mjs
// wrote, brotli or gzip as the browser accepts, so what a test downloads is what a reader would.
// Usage: node scripts/server.mjs [--port N] [--host H] [--csp]
// With --csp every response carries the strict Content-Security-Policy the widget must work under.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:";

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.txt': 'text/plain; charset=utf-8',
};

const ROOT = resolve(fileURLToPath(new URL('../dist', import.meta.url)));

/** The compressed copy of `file` to send for a request accepting `accepted` encodings, if any. */
async function compressedCopy(file, accepted = '') {
  const encodings = accepted.split(',').map((e) => e.split(';')[0].trim());
  for (const [encoding, suffix] of [['br', '.br'], ['gzip', '.gz']]) {
    if (!encodings.includes(encoding)) continue;
    try {
      return { encoding, body: await readFile(file + suffix) };
    } catch {
      // No such copy: try the next encoding.
    }
  }
  return null;
}

/**
 * Starts the server; resolves to { server, url }. Port 0 picks a free port.
 *
 * For tests: `files` maps paths to `{ type, body }` served before anything of dist/ (a data
 * file, a test script), and `headScript` is the path of a script every HTML page loads before
 * its own, sent uncompressed (it records errors in browsers whose driver cannot report them).
 */
export function startServer({ port = 0, host = '127.0.0.1', csp = false, files = {}, headScript } = {}) {
  const server = createServer(async (req, res) => {
    const headers = { 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' };
    if (csp) headers['Content-Security-Policy'] = STRICT_CSP;
    try {
      const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
      if (Object.hasOwn(files, path)) {
        res.writeHead(200, { ...headers, 'Content-Type': files[path].type });
        res.end(files[path].body);
        return;
      }
      let file = normalize(join(ROOT, path));
      if (file !== ROOT && !file.startsWith(ROOT + sep)) throw Object.assign(new Error('outside'), { code: 'ENOENT' });
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      if (headScript && extname(file) === '.html') {
        const page = (await readFile(file, 'utf8')).replace(/<head>/i, `$&<script src="${headScript}"></script>`);
        res.writeHead(200, { ...headers, 'Content-Type': type });
        res.end(page);
        return;
      }
      const compressed = await compressedCopy(file, req.headers['accept-encoding']);
      if (compressed) {
        res.writeHead(200, { ...headers, 'Content-Type': type, 'Content-Encoding': compressed.encoding, Vary: 'Accept-Encoding' });
        res.end(compressed.body);
      } else {
        const body = await readFile(file);
        res.writeHead(200, { ...headers, 'Content-Type': type, Vary: 'Accept-Encoding' });
        res.end(body);
      }
    } catch (error) {
      res.writeHead(error.code === 'ENOENT' || error.code === 'EISDIR' ? 404 : 500, {
        ...headers,
        'Content-Type': 'text/plain; charset=utf-8',
      });
      res.end('not found\n');
    }
  });
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(port, host, () => {
      const { port: actual } = server.address();
      done({ server, url: `http://${host}:${actual}/` });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const value = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const { url } = await startServer({
    port: Number(value('--port', 8080)),
    host: value('--host', '127.0.0.1'),
    csp: args.includes('--csp'),
  });
  console.log(`Serving the infographic at ${url}  (Ctrl-C to stop)`);
}
