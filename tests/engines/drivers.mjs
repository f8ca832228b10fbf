// Firefox and WebKit behind one small page interface, for the cross-engine tests. Both browsers
// are Debian's: Firefox ESR driven over WebDriver BiDi by puppeteer-core (Debian has no
// geckodriver), and WebKitGTK's MiniBrowser driven by its WebKitWebDriver through the few W3C
// WebDriver commands these tests need, in a virtual X display (Xvfb), since it has no headless
// mode. Nothing is downloaded.
//
// A page has: evaluate(fn, ...args) (fn runs in the page, sent as source: it must be
// self-contained; it may be async; arguments and result are JSON), waitFor(fn, arg, options),
// capture() (the viewport as PNG bytes), screenshot(path) (the whole page), pressTab(), print()
// (resolves to the PDF's bytes; to null where the driver cannot print, after sending the page
// the events printing sends) and close(). The error probe the test server puts into every HTML
// page records problems in the page, since WebDriver reports none. An engine has open(url,
// options), close(), lost(error) (resolves to whether the error came from the browser going away:
// it is then started again at the next open) and log() (what the browser last wrote to stderr).
import { spawn } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { framesForEveryChart, twoFrames } from '../shared/report.mjs';

const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const WEBKIT_DRIVER = process.env.WEBKIT_DRIVER_PATH ?? '/usr/bin/WebKitWebDriver';
const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';
/** The virtual screen: wide enough for the widest viewport, tall enough for a whole page. */
const SCREEN = '1400x20000x24';

/** Starts `name` ('firefox' or 'webkit'); resolves to { name, version, open(url, options), close() }. */
export function launchEngine(name) {
  if (name === 'firefox') return launchFirefox();
  if (name === 'webkit') return launchWebKit();
  throw new Error(`unknown engine ${name}`);
}

/** Resolves to what `fn` (run in the page with `arg`) returns once `until` holds for it, polling
 *  every 100 ms; rejects after `timeoutMs` with the last value seen. */
async function poll(page, fn, arg, { until = (value) => value, timeoutMs = 30_000 } = {}) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await page.evaluate(fn, arg);
    if (until(value)) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${fn.name || 'a condition'}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function launchFirefox() {
  const { default: puppeteer } = await import('puppeteer-core');
  const start = () => puppeteer.launch({
    browser: 'firefox', executablePath: FIREFOX, headless: true, protocol: 'webDriverBiDi', timeout: 60_000,
  });
  // A tab whose page crashes goes alone; a browser that goes away is started again at the next
  // open, as WebKit's is.
  let browser = await start();
  /** Whether the browser's process has ended or its connection closed. */
  const gone = () => !browser.connected || browser.process()?.exitCode !== null || browser.process()?.signalCode !== null;
  const version = await browser.version();
  return {
    name: 'firefox',
    version,
    async lost() {
      // A command under way fails before the browser's end is seen.
      await new Promise((resolve) => setTimeout(resolve, 1000));
      return gone();
    },
    log: () => '(Firefox keeps no log here)',
    async open(url, { width = 375, height = 800, dpr = 1 } = {}) {
      if (gone()) {
        await browser.close().catch(() => {});
        browser = await start();
      }
      const tab = await browser.newPage();
      await tab.setViewport({ width, height, deviceScaleFactor: dpr });
      await tab.goto(url, { timeout: 30_000 });
      const page = {
        evaluate: (fn, ...args) => tab.evaluate(fn, ...args),
        waitFor: (fn, arg, options) => poll(page, fn, arg, options),
        /** The whole page, with the viewport as tall as the page: out of view, plots are not
         *  rendered (`content-visibility: auto`), so a capture beyond the viewport shows them
         *  blank. */
        async screenshot(path) {
          const full = await tab.evaluate(() => document.documentElement.scrollHeight);
          await tab.setViewport({ width, height: full, deviceScaleFactor: dpr });
          await tab.evaluate(framesForEveryChart);
          await tab.screenshot({ path });
          await tab.setViewport({ width, height, deviceScaleFactor: dpr });
        },
        capture: async () => Buffer.from(await tab.screenshot()),
        pressTab: () => tab.keyboard.press('Tab'),
        print: () => tab.pdf(),
        close: () => tab.close(),
      };
      return page;
    },
    close: async () => {
      if (!gone()) await browser.close();
    },
  };
}

/** A free TCP port on the loopback interface. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** Ends `child` if it still runs, with the processes of its group if it leads one. */
function endProcess(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  try {
    process.kill(-child.pid);
  } catch {
    child.kill();
  }
}

/** Whether `error` says the WebKit browser went away under a command (its process ended). */
const BROWSER_LOST = /invalid session id|ECONNREFUSED|fetch failed/;

async function launchWebKit() {
  const home = mkdtempSync(join(tmpdir(), 'engines-webkit-'));
  // MiniBrowser's toolbar would keep its window at least 447 px wide: a user stylesheet for GTK
  // shrinks the toolbar, so that the viewport can be a phone's width.
  mkdirSync(join(home, 'gtk-3.0'));
  writeFileSync(join(home, 'gtk-3.0', 'gtk.css'),
    '* { padding: 0; margin: 0; min-width: 0; min-height: 0; border-width: 0; font-size: 1px; -gtk-icon-transform: scale(0.1); }\n');
  const children = [];
  const stop = () => {
    for (const child of children.reverse()) endProcess(child);
    children.length = 0;
    rmSync(home, { recursive: true, force: true });
  };
  // The display and the driver (with its browser) end with the tests, however they end.
  process.once('exit', stop);
  for (const signal of ['SIGINT', 'SIGTERM']) {
    process.once(signal, () => {
      stop();
      process.exit(1);
    });
  }
  try {
    const xvfb = spawn('Xvfb', ['-displayfd', '3', '-screen', '0', SCREEN, '-nolisten', 'tcp'], { stdio: ['ignore', 'ignore', 'pipe', 'pipe'] });
    children.push(xvfb);
    xvfb.stderr.resume();
    const display = await new Promise((resolve, reject) => {
      xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
      xvfb.stdio[3].once('data', (data) => resolve(data.toString().trim()));
    });
    let browser = await startWebKitBrowser({ display, home, children });
    const evaluate = (fn, ...args) => browser.evaluate(fn, ...args);
    const command = (...args) => browser.command(...args);
    const at = (path) => browser.at(path);
    /** Sizes the window so that the viewport is `width` × `height` CSS px (the window's
     *  height includes MiniBrowser's toolbar; the resize applies a little after the command). */
    const setViewport = async (width, height) => {
      let chrome = 0;
      let inner;
      for (let tries = 0; tries < 5; tries += 1) {
        // Centred on the screen's centre, where the X pointer rests: without a window manager
        // the window under the pointer has the keyboard focus, and only a focused page shows
        // focus rings (`:focus-visible`).
        const [screenWidth, screenHeight] = SCREEN.split('x').map(Number);
        await command('POST', at('/window/rect'), {
          x: Math.max(0, Math.round((screenWidth - width) / 2)),
          y: Math.max(0, Math.round((screenHeight - height - chrome) / 2)),
          width,
          height: height + chrome,
        });
        inner = await evaluate(twoFrames).then(() => evaluate(() => [innerWidth, innerHeight]));
        if (inner[0] === width && inner[1] === height) return;
        const rect = await command('GET', at('/window/rect'));
        chrome = rect.height - inner[1];
      }
      throw new Error(`could not size the viewport to ${width} × ${height}: it is ${inner.join(' × ')}`);
    };
    return {
      name: 'webkit',
      version: `WebKitGTK ${browser.version}`,
      /** Resolves to whether `error` came from the browser going away: a command under way
       *  then fails with an "unknown error", and the session is gone for the next. */
      async lost(error) {
        if (!browser.lost && !/^WebDriver /.test(String(error?.message))) return false;
        await command('GET', at('/url')).catch(() => {});
        return browser.lost;
      },
      /** What the driver and the browser last wrote to stderr. */
      log: () => browser.log(),
      async open(url, { width = 375, height = 800 } = {}) {
        if (browser.lost) {
          browser.quit();
          browser = await startWebKitBrowser({ display, home, children });
        }
        await command('POST', at('/url'), { url: 'about:blank' });
        await setViewport(width, height);
        await command('POST', at('/url'), { url });
        const page = {
          evaluate,
          waitFor: (fn, arg, options) => poll(page, fn, arg, options),
          /** The whole page, with the window as tall as the page (WebDriver captures the
           *  viewport; out of view, plots are not rendered). */
          async screenshot(path) {
            const full = await evaluate(() => document.documentElement.scrollHeight);
            await setViewport(width, Math.min(full, 19_000));
            await evaluate(framesForEveryChart);
            writeFileSync(path, Buffer.from(await command('GET', at('/screenshot')), 'base64'));
            await setViewport(width, height);
          },
          capture: async () => Buffer.from(await command('GET', at('/screenshot')), 'base64'),
          pressTab: () => command('POST', at('/actions'), {
            actions: [{ type: 'key', id: 'keyboard', actions: [{ type: 'keyDown', value: '\uE004' }, { type: 'keyUp', value: '\uE004' }] }],
          }),
          // WebKitWebDriver has no Print command: the page gets the events printing sends.
          print: async () => {
            await evaluate(() => { window.dispatchEvent(new Event('beforeprint')); window.dispatchEvent(new Event('afterprint')); });
            return null;
          },
          close: async () => {},
        };
        return page;
      },
      async close() {
        try {
          if (!browser.lost) await command('DELETE', at(''));
        } finally {
          stop();
        }
      },
    };
  } catch (error) {
    stop();
    throw error;
  }
}

/** Starts WebKitWebDriver with a MiniBrowser session on `display`. Resolves to { version,
 *  command(method, path, body), at(path), evaluate(fn, ...args), lost, log(), quit() }; `lost`
 *  turns true once a command finds the session or the driver gone. */
async function startWebKitBrowser({ display, home, children }) {
  const port = await freePort();
  // In a process group of its own, so that ending it ends the browser it started too.
  const driver = spawn(WEBKIT_DRIVER, [`--port=${port}`], {
    env: { ...process.env, DISPLAY: `:${display}`, XDG_CONFIG_HOME: home, HOME: home },
    stdio: ['ignore', 'ignore', 'pipe'],
    detached: true,
  });
  children.push(driver);
  // The driver's stderr, which the browser's processes share, is read as it comes (a pipe left
  // full would stop them), and its last lines are kept to say why a browser went away.
  let stderr = '';
  driver.stderr.on('data', (data) => { stderr = (stderr + data).slice(-4000); });
  let exit = null;
  driver.once('exit', (code, signal) => { exit = signal ?? `code ${code}`; });
  const browser = {
    version: '',
    lost: false,
    log: () => [exit && `the driver exited (${exit})`, stderr.trim() || '(nothing on stderr)'].filter(Boolean).join('\n'),
    quit() {
      browser.lost = true;
      endProcess(driver);
    },
  };
  const base = `http://127.0.0.1:${port}`;
  browser.command = async (method, path, body) => {
    let value;
    try {
      const response = await fetch(base + path, {
        method, headers: { 'Content-Type': 'application/json; charset=utf-8' }, body: body && JSON.stringify(body),
        signal: AbortSignal.timeout(90_000),
      });
      ({ value } = await response.json());
    } catch (error) {
      if (BROWSER_LOST.test(String(error?.message))) browser.lost = true;
      throw error;
    }
    if (value?.error) {
      const error = new Error(`WebDriver ${method} ${path}: ${value.error}: ${value.message}`);
      if (BROWSER_LOST.test(error.message)) browser.lost = true;
      throw error;
    }
    return value;
  };
  for (let tries = 0; ; tries += 1) {
    try {
      if ((await browser.command('GET', '/status')).ready) break;
    } catch (error) {
      if (tries > 100) throw error;
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  browser.lost = false;
  const session = await browser.command('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
  });
  browser.version = session.capabilities.browserVersion;
  browser.at = (path) => `/session/${session.sessionId}${path}`;
  await browser.command('POST', browser.at('/timeouts'), { script: 60_000, pageLoad: 30_000 });
  browser.evaluate = async (fn, ...args) => {
    const script = `const done = arguments[arguments.length - 1];
      const args = Array.prototype.slice.call(arguments, 0, -1);
      Promise.resolve().then(() => (${fn}).apply(null, args))
        .then((value) => done({ value: value === undefined ? null : value }), (error) => done({ error: String(error && error.stack || error) }));`;
    const result = await browser.command('POST', browser.at('/execute/async'), { script, args });
    if (result.error) throw new Error(`in the page: ${result.error}`);
    return result.value;
  };
  return browser;
}
