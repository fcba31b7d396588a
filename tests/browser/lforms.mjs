// Drives a FHIR Questionnaire in LHC-Forms (npm lforms), served from localhost,
// in Debian's headless Chromium (playwright-core), one step at a time, and says
// what it saw. Judging is left to the caller (tests/integration/browser.rs).
//
//   node lforms.mjs QUESTIONNAIRE.json STEPS.json
//
// STEPS is a JSON array; each step gives one result, in order, on standard output
// as one JSON array:
//   {"load": true}                      load the form afresh -> {"version"}
//   {"answer": linkId, "value": v}      click or type an answer, as a person does:
//        boolean: true | false; integer: a number; choice: a code, or a list of
//        codes for a question that repeats -> {} or {"error"}
//   {"shown": linkId}                   is the item on the page now -> {"shown", "text"}
//   {"wait_shown": linkId}              wait (up to 10 s) for it -> {"shown", "text"}
//   {"wait_hidden": linkId}             wait (up to 10 s) for it to go -> {"hidden"}
//   {"response": true}                  LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4')
//   {"errors": true}                    errors the page raised so far -> {"errors": [...]}
//
// How LHC-Forms 40 draws a Questionnaire (see docs/testing.md): an item whose
// enableWhen does not hold is not drawn at all; ids hold "/" and "|", so they are
// matched as [id="..."]; a boolean is three radios (Yes, No, Not Answered); a
// choice without an item control is an autocomplete box whose list shows
// "N: label" rows.
import { chromium } from 'playwright-core';
import fs from 'node:fs';
import { serve } from './serve.mjs';

const [qPath, stepsPath] = process.argv.slice(2);
if (!qPath || !stepsPath) {
  console.error('usage: node lforms.mjs QUESTIONNAIRE.json STEPS.json');
  process.exit(2);
}
const q = JSON.parse(fs.readFileSync(qPath, 'utf8'));
const steps = JSON.parse(fs.readFileSync(stepsPath, 'utf8'));
const CHROMIUM = process.env.CHROMIUM || '/usr/bin/chromium';
const ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WAIT = 10000;

const items = new Map();
(function walk(list) {
  for (const i of list || []) {
    items.set(i.linkId, i);
    walk(i.item);
  }
})(q.item);

const itemSel = (linkId) => `[id="item-${linkId}/1"]`;
const boolSel = (linkId, v) => `[id="${linkId}/1|${v}"]`;
const inputSel = (linkId) => `[id="${linkId}/1"]`;
const escapeRe = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function pick(page, linkId, code) {
  const item = items.get(linkId);
  const option = (item.answerOption || []).find((o) => o.valueCoding?.code === code);
  if (!option) throw new Error(`${linkId}: no option ${code}`);
  const label = option.valueCoding.display;
  const input = page.locator(inputSel(linkId));
  await input.click();
  if (!item.repeats) await input.fill('');
  // A row is "N: label"; match the whole label, not a part of a longer one.
  const row = page.locator('#lhc-tools-searchResults #completionOptions li')
    .filter({ hasText: new RegExp(`^\\s*(\\d+:\\s*)?${escapeRe(label)}\\s*$`) });
  await row.first().click();
}

// The codes the form holds as the answer to a choice item now.
async function heldCodes(page, linkId) {
  return page.evaluate((id) => {
    const response = LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4');
    const found = [];
    (function walk(list) {
      for (const i of list || []) {
        for (const a of i.answer || []) {
          if (i.linkId === id && a.valueCoding) found.push(a.valueCoding.code);
          walk(a.item);
        }
        walk(i.item);
      }
    })(response.item);
    return found;
  }, linkId);
}

async function answer(page, linkId, value) {
  const item = items.get(linkId);
  if (!item) throw new Error(`no item ${linkId}`);
  await page.locator(itemSel(linkId)).waitFor({ state: 'visible', timeout: WAIT });
  switch (item.type) {
    case 'boolean': {
      const radio = page.locator(boolSel(linkId, value === null ? 'null' : String(value)));
      // A click can be lost while the form redraws (an enableWhen, a closing
      // list) on a loaded machine: click until the radio holds it.
      for (let tries = 0; tries < 5; tries++) {
        await radio.click();
        if (await radio.isChecked().catch(() => true)) break;
        await page.waitForTimeout(200);
      }
      break;
    }
    case 'integer':
    case 'decimal':
      await page.locator(inputSel(linkId)).fill(String(value));
      await page.locator(inputSel(linkId)).press('Tab');
      break;
    case 'choice':
      if (item.repeats) {
        for (const code of value) await pick(page, linkId, code);
        await page.keyboard.press('Escape');
      } else {
        // As with a radio, a pick can be lost while the form redraws: pick
        // until the form holds the code.
        let held = false;
        for (let tries = 0; tries < 5 && !held; tries++) {
          if (tries > 0) await page.waitForTimeout(200);
          await pick(page, linkId, value);
          await page.keyboard.press('Escape');
          held = (await heldCodes(page, linkId)).includes(value);
        }
        if (!held) throw new Error(`${linkId}: the form did not take ${value}`);
      }
      break;
    default:
      throw new Error(`${linkId}: no way to answer a ${item.type} item`);
  }
}

// The item's text if it is visible now, read in one go (an element that goes
// between a visibility check and reading its text would leave a locator
// waiting for it).
async function snapshot(page, linkId) {
  return page.locator(itemSel(linkId)).evaluateAll((els) => {
    const shown = els.find((e) => e.checkVisibility());
    return shown ? shown.innerText.trim() : null;
  });
}

// Whether the item is on the page once the form has settled: a redraw after
// an answer can show an item for a moment, so a visible item is looked at
// again until two looks agree.
async function seen(page, linkId) {
  let text = await snapshot(page, linkId);
  for (let tries = 0; tries < 5 && text !== null; tries++) {
    await page.waitForTimeout(300);
    const again = await snapshot(page, linkId);
    if (again === text) break;
    text = again;
  }
  return { shown: text !== null, text };
}

const server = await serve({ '/q.json': qPath });
const base = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
const errors = [];
const results = [];
try {
  const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
  page.on('pageerror', (e) => errors.push(e.message));
  page.setDefaultTimeout(WAIT);
  for (const step of steps) {
    const t0 = performance.now();
    try {
      if (step.load) {
        await page.goto(base + '/');
        const version = await page.evaluate(() => window.loadForm('/q.json'));
        await page.locator('.lhc-form-title').waitFor();
        results.push({ version });
      } else if ('answer' in step) {
        await answer(page, step.answer, step.value);
        results.push({});
      } else if (step.shown) {
        results.push(await seen(page, step.shown));
      } else if (step.wait_shown) {
        try {
          await page.locator(itemSel(step.wait_shown)).first().waitFor({ state: 'visible', timeout: WAIT });
        } catch { /* reported as not shown */ }
        results.push(await seen(page, step.wait_shown));
      } else if (step.wait_hidden) {
        let hidden = true;
        try {
          await page.locator(itemSel(step.wait_hidden)).first().waitFor({ state: 'hidden', timeout: WAIT });
        } catch { hidden = false; }
        results.push({ hidden });
      } else if (step.response) {
        results.push(await page.evaluate(() => LForms.Util.getFormFHIRData('QuestionnaireResponse', 'R4')));
      } else if (step.errors) {
        results.push({ errors: [...errors] });
      } else {
        results.push({ error: `unknown step ${JSON.stringify(step)}` });
      }
    } catch (e) {
      results.push({ error: String(e.message || e).split('\n')[0] });
    }
    // LFORMS_TIMING=1: how long each step took, on stderr (never judged).
    if (process.env.LFORMS_TIMING) console.error(`${Math.round(performance.now() - t0)} ms ${JSON.stringify(step)}`);
  }
} finally {
  await browser.close();
  server.close();
}
console.log(JSON.stringify(results));
