// Microsoft Recognizers-Text (Chinese) over the seed articles: the number, percentage,
// currency, dimension and datetime models, converted to the exchange format as far as
// their output allows. Usage: node recognizers.js OUT.jsonl REPEATS FILE...
// Prints one JSON line of timings on stdout.
'use strict';
const fs = require('fs');
const path = require('path');
const { Culture } = require('@microsoft/recognizers-text-suite');
const { NumberRecognizer } = require('@microsoft/recognizers-text-number');
const { NumberWithUnitRecognizer } = require('@microsoft/recognizers-text-number-with-unit');
const { DateTimeRecognizer } = require('@microsoft/recognizers-text-date-time');

const [out, repeatsArg, ...files] = process.argv.slice(2);
const repeats = Number(repeatsArg) || 1;

const loadStart = process.hrtime.bigint();
const nr = new NumberRecognizer(Culture.Chinese);
const nw = new NumberWithUnitRecognizer(Culture.Chinese);
const dt = new DateTimeRecognizer(Culture.Chinese);
const models = {
  number: nr.getNumberModel(), percentage: nr.getPercentageModel(),
  currency: nw.getCurrencyModel(), dimension: nw.getDimensionModel(), datetime: dt.getDateTimeModel(),
};
const loadSeconds = Number(process.hrtime.bigint() - loadStart) / 1e9;

// What the exchange format needs and the models give: a value and a unit. Counts take
// the measure word right after a bare number (a help the models do not give themselves).
const measureWords = new Set('个家名项人处场套次户所条'.split(''));
const dimensionUnits = { 'Square meter': 'm2', 'Square metre': 'm2', 'Meter': 'm', 'Metre': 'm' };
const durationUnits = { D: 'day', W: 'week', M: 'month', Y: 'year' };

function convert(doc, text, results) {
  const claims = [];
  const byteAt = (i) => Buffer.byteLength(text.slice(0, i));
  const covered = [];
  const add = (r, value, unit) => {
    if (!Number.isFinite(value)) return;
    claims.push({ doc, quote: r.text, start: byteAt(r.start), end: byteAt(r.end + 1), value, value_hi: null, unit });
    covered.push([r.start, r.end]);
  };
  for (const r of results.currency) {
    const unit = r.resolution.isoCurrency || (r.resolution.unit === 'Chinese yuan' ? 'CNY' : null);
    if (unit) add(r, Number(r.resolution.value), unit);
  }
  for (const r of results.percentage) add(r, parseFloat(r.resolution.value), '%');
  for (const r of results.dimension) {
    const unit = dimensionUnits[r.resolution.unit];
    if (unit) add(r, Number(r.resolution.value), unit);
  }
  for (const r of results.datetime) {
    if (r.typeName !== 'datetimeV2.duration') continue;
    const m = /^P(T?)(\d+(?:\.\d+)?)([DWMY])$/.exec(r.resolution.values[0].timex || '');
    if (!m) continue;
    add(r, Number(m[2]), m[1] ? (m[3] === 'M' ? 'minute' : null) : durationUnits[m[3]]);
  }
  for (const r of results.number) {
    if (covered.some(([s, e]) => r.start <= e && s <= r.end)) continue;
    const next = text[r.end + 1];
    if (measureWords.has(next)) add(r, Number(r.resolution.value), next);
  }
  return claims.filter((c) => c.unit);
}

const docs = files.map((f) => ({ doc: path.basename(f), text: fs.readFileSync(f, 'utf8') }));
const bytes = docs.reduce((n, d) => n + Buffer.byteLength(d.text), 0);
const seconds = {};
const last = {};
for (const name of Object.keys(models)) {
  // One warm-up pass: the models compile their expressions on first use.
  for (const d of docs) models[name].parse(d.text);
  const t0 = process.hrtime.bigint();
  for (let r = 0; r < repeats; ++r) for (const d of docs) last[name + d.doc] = models[name].parse(d.text);
  seconds[name] = Number(process.hrtime.bigint() - t0) / 1e9 / repeats;
}
const lines = [];
for (const d of docs) {
  const results = {};
  for (const name of Object.keys(models)) results[name] = last[name + d.doc];
  for (const c of convert(d.doc, d.text, results)) lines.push(JSON.stringify(c));
}
fs.writeFileSync(out, lines.join('\n') + '\n');
const total = Object.values(seconds).reduce((a, b) => a + b, 0);
console.log(JSON.stringify({ tool: 'recognizers', bytes, seconds: total, per_model: seconds, load_seconds: loadSeconds }));
