// Prints HTML pages to PDF in Debian's headless Chromium, as a person's "Print"
// or "Save as PDF" does, and measures each page's SVG pictures on the screen.
//
//   node print.mjs OUT_DIR PAGE.html|PICTURE.svg...
//
// For each PAGE.html: OUT_DIR/PAGE-a4.pdf and OUT_DIR/PAGE-letter.pdf (the paper
// chosen as in a print dialog: the page's own `@page { size: auto }` leaves it to
// the printer), and on standard output one JSON object:
//   { "<PAGE.html>": { "a4": path, "letter": path,
//                      "svg": [ { "texts": [ { "text", "inside" } ] } ] } }
// (an .svg file is only measured, not printed), where "inside" says the
// text's box lies within its picture's box (a text past the picture's edge is
// cut off). Judging is left to the caller (tests/integration/browser.rs).
import { chromium } from 'playwright-core';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const [outDir, ...pages] = process.argv.slice(2);
if (!outDir || pages.length === 0) {
  console.error('usage: node print.mjs OUT_DIR PAGE.html...');
  process.exit(2);
}
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
// Flags that work on a machine whose only network is the package registries.
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const out = {};
try {
  const page = await browser.newPage({ viewport: { width: 1000, height: 800 } });
  for (const file of pages) {
    await page.goto(pathToFileURL(path.resolve(file)).href);
    const svg = await page.evaluate(() => [...document.querySelectorAll('svg')].map((s) => {
      const box = s.getBoundingClientRect();
      return {
        texts: [...s.querySelectorAll('text')].map((t) => {
          const r = t.getBoundingClientRect();
          const inside = r.left >= box.left - 0.5 && r.right <= box.right + 0.5
            && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
          return { text: t.textContent, inside };
        }),
      };
    }));
    const stem = path.join(outDir, path.basename(file).replace(/\.[^.]*$/, ''));
    const entry = { svg };
    const papers = file.endsWith('.svg') ? [] : [['a4', 'A4'], ['letter', 'Letter']];
    for (const [paper, format] of papers) {
      entry[paper] = `${stem}-${paper}.pdf`;
      await page.pdf({ path: entry[paper], format, printBackground: false });
    }
    out[file] = entry;
  }
} finally {
  await browser.close();
}
console.log(JSON.stringify(out, null, 2));
