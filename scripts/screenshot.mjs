// Writes the README's screenshot (docs/screenshot.png): the top of the page at desktop and phone
// widths, side by side. Run after scripts/build: node scripts/screenshot.mjs
import { launch, openPage, waitReady } from '../tests/browser/helpers.mjs';

const env = await launch();
try {
  const shots = [];
  for (const { width, height, dpr } of [{ width: 1000, height: 1180, dpr: 1 }, { width: 375, height: 1180, dpr: 1 }]) {
    const page = await openPage(env.browser, `${env.url}?motion=off`, { width, height, dpr });
    await waitReady(page);
    shots.push({ width, height, png: (await page.screenshot()).toString('base64') });
    await page.closeAll();
  }
  // Compose both shots on one canvas in the browser itself: no image library needed.
  const page = await openPage(env.browser, 'about:blank', { width: 1415, height: 1220 });
  const data = await page.evaluate(async (shots) => {
    const canvas = Object.assign(document.createElement('canvas'), { width: 1415, height: 1220 });
    const ctx = canvas.getContext('2d');
    ctx.fillStyle = '#e9e4df';
    ctx.fillRect(0, 0, canvas.width, canvas.height);
    let x = 20;
    for (const s of shots) {
      const img = new Image();
      img.src = `data:image/png;base64,${s.png}`;
      await img.decode();
      ctx.drawImage(img, x, 20);
      x += s.width + 20;
    }
    return canvas.toDataURL('image/png').split(',')[1];
  }, shots);
  const { writeFileSync } = await import('node:fs');
  writeFileSync(new URL('../docs/screenshot.png', import.meta.url), Buffer.from(data, 'base64'));
  console.log('wrote docs/screenshot.png');
} finally {
  await env.close();
}
