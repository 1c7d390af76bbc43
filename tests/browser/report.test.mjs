// Browser test of `econclaims report`: the page made from a corpus (the five seed articles
// by default) is opened in Debian's headless chromium through playwright-core, and
//   1. loads with no console error, page error or network request;
//   2. has exactly one [data-claim] element per claim `econclaims extract` prints for the
//      same files, numbered 0..n-1, each showing the claim's quote;
//   3. shows the fields of a claim on hover and a reason on every number not taken;
//   4. has every chart point linked to a claim, and a click on a point marks the
//      sentence of that claim and scrolls it into view;
//   5. leaves a screenshot (PNG) in the output directory.
//
// usage: node report.test.mjs --cli PATH/econclaims --out DIR
//            [--shared DIR | --corpus DIR] [--browser /usr/bin/chromium] [--name NAME]
// --shared defaults to $ECONCLAIMS_SHARED_DIR, then ../shared beside the repository; the
// corpus is its corpus/seeds. --corpus names a folder of *.txt files with a docs.jsonl.
// Prints TAP-like lines and "N passed, N failed"; exits 1 on any failure.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium } from 'playwright-core';

const here = path.dirname(fileURLToPath(import.meta.url));
const repo = path.resolve(here, '..', '..');

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? process.argv[i + 1] : fallback;
}

const cli = option('--cli', process.env.ECONCLAIMS_CLI);
const out = path.resolve(option('--out', path.join(os.tmpdir(), 'econclaims-browser')));
const shared = option('--shared', process.env.ECONCLAIMS_SHARED_DIR || path.join(repo, '..', 'shared'));
const corpus = path.resolve(option('--corpus', path.join(shared, 'corpus', 'seeds')));
const browser = option('--browser', process.env.CHROMIUM || '/usr/bin/chromium');
const name = option('--name', 'report_' + path.basename(corpus));

if (!cli || !fs.existsSync(cli)) {
  console.error('report.test: --cli PATH to the econclaims executable is required');
  process.exit(2);
}
const files = fs.readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(corpus, f));
if (files.length === 0) {
  console.error(`report.test: no .txt files in ${corpus}`);
  process.exit(2);
}
const docsArgs = fs.existsSync(path.join(corpus, 'docs.jsonl')) ? ['--docs', path.join(corpus, 'docs.jsonl')] : [];
fs.mkdirSync(out, { recursive: true });

let passed = 0;
let failed = 0;
function check(ok, what, detail) {
  if (ok) {
    passed += 1;
    console.log(`ok - ${what}`);
  } else {
    failed += 1;
    console.log(`not ok - ${what}${detail === undefined ? '' : ': ' + detail}`);
  }
}

// What extract gives for the same files and dates: one JSON line per claim.
const jsonl = execFileSync(cli, ['extract', '--quiet', ...docsArgs, ...files], { encoding: 'utf8', maxBuffer: 1 << 28 });
const claims = jsonl.split('\n').filter((l) => l.trim() !== '').map((l) => JSON.parse(l));
const html = path.join(out, `${name}.html`);
execFileSync(cli, ['report', ...docsArgs, ...files, '-o', html], { stdio: ['ignore', 'inherit', 'inherit'] });
check(fs.existsSync(html), `report written to ${html}`);

// Debian's chromium, started as the machine allows: no sandbox when root, no background
// networking (the machine's network is closed), a fresh profile.
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'econclaims-chromium-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: browser,
  headless: true,
  viewport: { width: 1440, height: 900 },
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync'],
});
try {
  const page = context.pages()[0] || (await context.newPage());
  const errors = [];
  const requests = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(String(e)));
  page.on('request', (r) => { if (!r.url().startsWith('file:') && !r.url().startsWith('data:')) requests.push(r.url()); });
  await page.goto(pathToFileURL(html).href, { waitUntil: 'load' });
  await page.waitForTimeout(200);

  // 2. One element per claim, in extract's order.
  const marks = await page.$$eval('[data-claim]', (els) => els.map((e) => ({
    n: Number(e.getAttribute('data-claim')), text: e.textContent, kind: e.getAttribute('data-kind'),
    mode: e.getAttribute('data-mode'), sentence: !!e.closest('[data-sentence]') })));
  check(marks.length === claims.length, `[data-claim] elements == claims from extract (${claims.length})`,
    `${marks.length} elements`);
  const numbers = new Set(marks.map((m) => m.n));
  check(numbers.size === claims.length && claims.every((_, i) => numbers.has(i)), 'claims numbered 0..n-1, once each');
  const byNumber = new Map(marks.map((m) => [m.n, m]));
  const wrongText = claims.map((c, i) => [i, c]).filter(([i, c]) => !byNumber.has(i) || byNumber.get(i).text !== c.quote);
  check(wrongText.length === 0, 'each claim element shows its quote (byte spans mapped onto the text)',
    wrongText.slice(0, 5).map(([i, c]) => `#${i} ${JSON.stringify(c.quote)} vs ${JSON.stringify(byNumber.get(i)?.text)}`).join('; '));
  const wrongKind = claims.filter((c, i) => byNumber.get(i)?.kind !== c.kind || byNumber.get(i)?.mode !== c.modality);
  check(wrongKind.length === 0, 'each claim element carries its kind and modality', `${wrongKind.length} differ`);
  check(marks.every((m) => m.sentence), 'every claim sits in a sentence element');
  const targets = claims.map((c, i) => i).filter((i) => claims[i].modality === 'target');
  if (targets.length > 0) {
    const [t, a] = await page.evaluate(([ti, ai]) => {
      const style = (n) => {
        const s = getComputedStyle(document.querySelector(`[data-claim="${n}"]`));
        return `${s.outlineStyle}|${s.backgroundColor}|${s.borderBottomStyle}`;
      };
      return [style(ti), ai === undefined ? '' : style(ai)];
    }, [targets[0], claims.findIndex((c) => c.modality === 'actual' && c.kind === claims[targets[0]].kind)]);
    check(t !== a && t.startsWith('dashed'), 'a target looks different from an actual figure (dashed outline)', `${t} vs ${a}`);
  }

  // 3. Fields on hover; reasons on numbers not taken.
  if (claims.length > 0) {
    await page.hover('[data-claim="0"]');
    const box = await page.$eval('#ec-info', (e) => (e.hidden ? '' : e.innerText));
    check(['value', 'unit', 'qualifier', 'period', 'kind'].every((f) => box.includes(f)),
      'hovering a claim shows its parsed fields', JSON.stringify(box.slice(0, 200)));
    // …and where its attributes came from, as the claim's why object says.
    const explained = execFileSync(cli, ['extract', '--quiet', '--explain', ...docsArgs, ...files],
      { encoding: 'utf8', maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
    const why = JSON.parse(explained.split('\n')[0]).why || {};
    const shown = Object.entries(why).filter(([k, v]) => v && box.includes(`${k} from`) && box.includes(v));
    check(Object.keys(why).length > 0 && shown.length === Object.keys(why).length,
      'hovering a claim shows why each attribute holds', JSON.stringify(why));
  }
  const skipped = await page.$$eval('[data-skipped]', (els) => els.map((e) => e.getAttribute('data-skipped')));
  check(skipped.every((r) => r && r.length > 0), `every number not taken has a reason (${skipped.length})`);

  // 4. Chart points: all linked; clicking marks and reveals the sentence.
  const points = await page.$$eval('[data-point]', (els) => els.map((e) => ({
    id: e.getAttribute('data-point'), src: e.getAttribute('data-source-claim') })));
  check(points.length > 0, `the charts have points (${points.length})`);
  const unlinked = points.filter((p) => p.src === null || !byNumber.has(Number(p.src)));
  check(unlinked.length === 0, 'every chart point is linked to a claim', unlinked.slice(0, 5).map((p) => p.id).join(', '));

  const inView = (id) => page.evaluate((pid) => {
    const pt = document.querySelector(`[data-point="${pid}"]`);
    const claim = document.querySelector(`[data-claim="${pt.getAttribute('data-source-claim')}"]`);
    const s = claim.closest('[data-sentence]');
    const r = s.getBoundingClientRect();
    const pane = s.closest('.pane').getBoundingClientRect();
    const visible = r.bottom > Math.max(0, pane.top) && r.top < Math.min(window.innerHeight, pane.bottom) && r.height > 0;
    return { marked: s.classList.contains('marked'), visible, sentence: s.getAttribute('data-sentence'),
      marks: document.querySelectorAll('[data-sentence].marked').length };
  }, id);
  // Prefer points whose sentence is off screen before the click, so that the scroll is tested.
  await page.$eval('.pane.docs', (e) => e.scrollTo(0, 0));
  const order = [];
  for (const p of points) if (!(await inView(p.id)).visible) order.push(p);
  for (const p of points) if (!order.includes(p)) order.push(p);
  const clicks = order.slice(0, Math.min(order.length, 40));
  const bad = [];
  for (const p of clicks) {
    await page.$eval('.pane.docs', (e) => e.scrollTo(0, 0));
    await page.click(`[data-point="${p.id}"]`);
    const s = await inView(p.id);
    if (!s.marked || !s.visible || s.marks !== 1) bad.push(`${p.id}→${JSON.stringify(s)}`);
  }
  check(clicks.length > 0 && bad.length === 0,
    `clicking a chart point scrolls to its sentence and marks it (${clicks.length} of ${points.length} points)`,
    bad.slice(0, 3).join('; '));

  // A check-table row also leads to its claim.
  const row = await page.$('tr[data-source-claim]');
  if (row) {
    const n = await row.getAttribute('data-source-claim');
    await row.click();
    const marked = await page.$eval(`[data-claim="${n}"]`, (e) => e.closest('[data-sentence]').classList.contains('marked'));
    check(marked, 'clicking a check row marks the sentence of its claim');
  }
  const disagree = await page.$$eval('tr[data-verdict="disagree"]', (rows) => rows.map((r) => r.cells.length));
  check(disagree.every((n) => n === 6), `disagreements show reported and implied figures (${disagree.length} flagged)`);

  // 1. Nothing went wrong while loading or clicking.
  check(errors.length === 0, 'no console errors', errors.slice(0, 5).join(' | '));
  check(requests.length === 0, 'no network requests', requests.slice(0, 5).join(' '));

  // 5. The screenshot, after a click, so the marked sentence and the info box show.
  if (points.length > 0) {
    await page.$eval('.pane.docs', (e) => e.scrollTo(0, 0));
    await page.$eval('.pane.side', (e) => e.scrollTo(0, 0));
    await page.click(`[data-point="${points[0].id}"]`);
    await page.waitForTimeout(100);
  }
  const png = path.join(out, `${name}.png`);
  await page.screenshot({ path: png });
  check(fs.statSync(png).size > 10000, `screenshot written to ${png}`);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
}

console.log(`${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
