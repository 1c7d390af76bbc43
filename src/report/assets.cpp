// The report page's inline stylesheet and script. Kept in C++ string literals so that the
// report is one file and the library needs no data directory at run time. ASCII only:
// non-ASCII characters are written as CSS (\2691) or JavaScript (\u00b7) escapes.
#include "report_detail.hpp"

namespace econclaims::detail::report {

// Two panes (documents left, charts and check right) scrolling independently, so that a
// clicked chart point and its sentence are on screen together; one column on narrow screens.
const std::string_view style_sheet = R"css(
:root{--level:#2563eb;--growth:#059669;--share:#7c3aed;--multiple:#d97706;--change:#0e7490;
  --bad:#dc2626;--ink:#1f2937;--muted:#6b7280;--line:#e5e7eb}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{font-family:"Noto Sans CJK SC","Noto Sans SC","Source Han Sans SC","PingFang SC","Microsoft YaHei",
  "Noto Sans CJK TC",system-ui,sans-serif;color:var(--ink);background:#f3f5f8;display:flex;flex-direction:column}
header.top{padding:10px 18px 8px;background:#fff;border-bottom:1px solid var(--line)}
h1{font-size:18px;margin:0 0 2px}
h2{font-size:15px;margin:4px 0}
.totals,.legend{margin:3px 0;font-size:12.5px;color:var(--muted)}
.totals b{color:var(--ink)}
.legend .claim,.legend .skipped{margin-right:4px}
main{flex:1;display:grid;grid-template-columns:minmax(0,1.05fr) minmax(0,1fr);min-height:0}
.pane{overflow:auto;padding:12px 16px;min-height:0}
.docs{border-right:1px solid var(--line)}
.doc{background:#fff;border:1px solid var(--line);border-radius:6px;padding:10px 16px;margin:0 0 14px}
.meta{font-size:12px;color:var(--muted);margin:2px 0 8px}
.diag{color:var(--bad);font-size:13px;margin:4px 0}
.text{white-space:pre-wrap;overflow-wrap:anywhere;line-height:2.05;font-size:15px}
.claim{--c:var(--level);color:inherit;background:color-mix(in srgb,var(--c) 15%,transparent);
  border-bottom:2px solid var(--c);border-radius:3px;padding:1px 1px;cursor:pointer}
.k-level{--c:var(--level)}.k-growth{--c:var(--growth)}.k-share{--c:var(--share)}
.k-multiple{--c:var(--multiple)}.k-change{--c:var(--change)}
.claim.m-target{background:#fff;border-bottom:0;outline:1.6px dashed var(--c);outline-offset:1px}
.claim.v-bad{box-shadow:0 0 0 2px var(--bad)}
.claim.v-bad::after{content:"\2691";color:var(--bad);font-size:11px;vertical-align:super;margin-left:1px}
.claim:focus{outline:2px solid var(--ink);outline-offset:1px}
.claim.focus{outline:2px solid var(--ink);outline-offset:2px}
.skipped{color:#6b7280;border-bottom:1.5px dotted #9ca3af;cursor:help}
.sent{border-radius:3px;transition:background-color .2s}
.sent.marked{background:#fde68a;box-shadow:0 0 0 3px #fde68a}
.unplaced{font-size:13px}
.why{color:var(--muted);font-size:12px}
.charts{display:flex;flex-direction:column;gap:10px;margin-bottom:16px}
.chart{margin:0;background:#fff;border:1px solid var(--line);border-radius:6px;padding:6px 10px}
.chart figcaption{font-size:13px}
.chart figcaption small{color:var(--muted)}
.chart svg{display:block;width:100%;max-width:520px;height:auto;font-family:inherit}
.plot{fill:#fbfcfe;stroke:var(--line)}
.grid{stroke:#edf0f4}
.zero{stroke:#9ca3af}
.tick{font-size:10px;fill:var(--muted);text-anchor:end}
.xlab{font-size:10px;fill:var(--muted);text-anchor:middle}
.ptitle{font-size:11px;font-weight:600;fill:var(--ink)}
.track .line{fill:none;stroke:var(--c);stroke-width:1.7}
.track.st-target .line{stroke-dasharray:5 3}
.track.st-computed .line{stroke-dasharray:2 3}
.track .mk{fill:var(--c);stroke:#fff;stroke-width:1}
.track.st-target .mk{fill:#fff;stroke:var(--c);stroke-width:1.7;stroke-dasharray:2.5 1.5}
.track.st-computed .mk{fill:#fff;stroke:var(--c);stroke-width:1.5}
.track .vlab{font-size:10px;fill:var(--c)}
.hit{fill:transparent}
.pt{cursor:pointer}
.pt:hover .mk,.pt.active .mk{stroke:var(--ink);stroke-width:2.2}
table.check{border-collapse:collapse;width:100%;font-size:12.5px;background:#fff;border:1px solid var(--line)}
.check th,.check td{border-bottom:1px solid var(--line);padding:4px 6px;text-align:left;vertical-align:top}
.check th{background:#f9fafb;font-weight:600}
.check tr{cursor:pointer}
.check tr.v-disagree{background:#fef2f2}
.check tr.v-disagree td:last-child{color:var(--bad)}
.check tr.v-not_checkable{color:var(--muted)}
.v-agree{color:#047857}.v-disagree{color:var(--bad)}
small{color:var(--muted)}
#ec-info{position:fixed;z-index:10;max-width:380px;background:#111827;color:#f9fafb;font-size:12.5px;
  line-height:1.45;border-radius:6px;padding:8px 10px;box-shadow:0 6px 18px rgba(0,0,0,.25)}
#ec-info .ih{font-weight:600;margin-bottom:4px}
#ec-info td{vertical-align:top;padding:0 4px 0 0}
#ec-info td:first-child{color:#9ca3af;white-space:nowrap;padding-right:10px}
@media (max-width:900px){body{display:block}main{display:block}.pane{overflow:visible}.docs{border-right:0}}
)css";

// Info box on hover (and pinned on click) for claims and numbers not taken; a click on a
// chart point or a check row marks the sentence of its source claim and scrolls to it.
// Fields are set with textContent only: the claims' text never becomes markup.
const std::string_view script = R"js(
(function () {
  'use strict';
  var data = [];
  try { data = JSON.parse(document.getElementById('ec-claims').textContent); } catch (e) { data = []; }
  var info = document.getElementById('ec-info');
  var pinned = null;
  // [field, label, shown when empty]: the parsed fields always, the rare ones when set.
  var fields = [['quote', 'quote', 1], ['value', 'value', 1], ['value_hi', 'to', 0], ['unit', 'unit', 1],
    ['qualifier', 'qualifier', 1], ['kind', 'kind', 1], ['modality', 'modality', 1], ['period', 'period', 1],
    ['basis', 'basis', 1], ['entity', 'entity', 1], ['indicator', 'indicator', 1], ['of', 'share of', 0],
    ['price_basis', 'prices', 0], ['entity_id', 'canonical entity', 0], ['entity_code', 'division code', 0],
    ['indicator_id', 'canonical indicator', 0], ['doc', 'document', 1], ['doc_date', 'document date', 1]];
  var marks = '[data-claim],[data-skipped]';

  // The info box replaces the native tooltips; the titles stay for pages without script.
  document.querySelectorAll('[data-claim][title],[data-skipped][title]').forEach(function (el) {
    el.setAttribute('data-title', el.getAttribute('title'));
    el.removeAttribute('title');
  });

  function row(table, key, value) {
    var tr = document.createElement('tr');
    var a = document.createElement('td');
    var b = document.createElement('td');
    a.textContent = key;
    b.textContent = value;
    tr.appendChild(a);
    tr.appendChild(b);
    table.appendChild(tr);
  }
  function place(el) {
    var r = el.getBoundingClientRect();
    info.hidden = false;
    var w = info.offsetWidth, h = info.offsetHeight;
    var x = Math.min(Math.max(4, r.left), window.innerWidth - w - 4);
    var y = r.bottom + 6;
    if (y + h > window.innerHeight - 4) y = Math.max(4, r.top - h - 6);
    info.style.left = x + 'px';
    info.style.top = y + 'px';
  }
  function show(el) {
    info.textContent = '';
    var head = document.createElement('div');
    head.className = 'ih';
    var t = document.createElement('table');
    if (el.hasAttribute('data-claim')) {
      var n = Number(el.getAttribute('data-claim'));
      var c = data[n] || {};
      var verdict = el.getAttribute('data-verdict');
      head.textContent = 'claim ' + n + (verdict ? ' \u00b7 check: ' + verdict.replace('_', ' ') : '');
      fields.forEach(function (f) {
        var v = c[f[0]];
        var none = v === null || v === undefined || v === '';
        if (!none) row(t, f[1], String(v));
        else if (f[2]) row(t, f[1], '\u2014');
      });
      if (c.doc_date_inferred) row(t, '', 'document date inferred from the text');
      // Where each attribute came from (the sentence, its section, the document).
      var why = c.why || {};
      ['entity', 'period', 'basis', 'modality'].forEach(function (k) {
        if (why[k]) row(t, k + ' from', why[k]);
      });
      row(t, 'bytes', c.start + '\u2013' + c.end);
    } else {
      head.textContent = 'number not taken';
      row(t, 'text', el.textContent);
      row(t, 'reason', el.getAttribute('data-skipped'));
    }
    info.appendChild(head);
    info.appendChild(t);
    place(el);
  }
  function hide() { if (!pinned) info.hidden = true; }
  function clear(cls) {
    document.querySelectorAll('.' + cls).forEach(function (e) { e.classList.remove(cls); });
  }
  function mark(n) {
    var el = document.querySelector('[data-claim="' + n + '"]');
    if (!el) return false;
    clear('marked');
    clear('focus');
    var sentence = el.closest('[data-sentence]') || el;
    sentence.classList.add('marked');
    el.classList.add('focus');
    sentence.scrollIntoView({ block: 'center', inline: 'nearest' });
    pinned = el;
    show(el);
    return true;
  }
  window.econclaimsMark = mark;

  document.addEventListener('click', function (e) {
    var src = e.target.closest('[data-source-claim]');
    if (src) {
      e.preventDefault();
      clear('active');
      if (src.hasAttribute('data-point')) src.classList.add('active');
      var n = src.getAttribute('data-source-claim');
      if (mark(n) && window.history && history.replaceState) history.replaceState(null, '', '#claim-' + n);
      return;
    }
    var c = e.target.closest(marks);
    if (c) { pinned = c; show(c); return; }
    if (!e.target.closest('#ec-info')) { pinned = null; info.hidden = true; }
  });
  document.addEventListener('mouseover', function (e) {
    if (pinned) return;
    var c = e.target.closest(marks);
    if (c) show(c);
  });
  document.addEventListener('mouseout', function (e) {
    var c = e.target.closest(marks);
    if (c && !c.contains(e.relatedTarget)) hide();
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { pinned = null; info.hidden = true; return; }
    var a = document.activeElement;
    if (e.key === 'Enter' && a && a.matches && a.matches('[data-claim]')) { pinned = a; show(a); }
  });
  document.querySelectorAll('.pane').forEach(function (p) {
    p.addEventListener('scroll', function () { if (pinned) place(pinned); }, { passive: true });
  });
  var m = /^#claim-(\d+)$/.exec(window.location.hash);
  if (m) mark(m[1]);
})();
)js";

}  // namespace econclaims::detail::report
