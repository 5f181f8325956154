// The arnews page: posts the article to v1/analyze and draws the Document
// it gets back. Every span is placed by the Document's UTF-16 offsets
// (start16, end16), which index JavaScript strings; nothing is searched
// again here. All text goes into the page as text nodes or attribute
// values, never as markup. The same view is rendered in Go by
// server.WriteHTML (html.go): keep the two in step.
'use strict';
(function () {
  const $ = (id) => document.getElementById(id);
  const form = $('form'), textBox = $('text'), status = $('status'), button = $('analyze');

  // The labels of the mention types, as in html.go.
  const typeLabels = { person: 'شخص', place: 'مكان', organization: 'منظمة', nationality: 'جنسية' };

  const pad = (n, w) => String(n).padStart(w, '0');
  // parseTime splits an RFC 3339 string into its wall-clock fields, in the
  // zone it was written in (no conversion to the browser's zone).
  function parseTime(s) {
    const m = /^(-?\d+)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d)/.exec(s || '');
    if (!m) return null;
    return { y: +m[1], mo: +m[2], d: +m[3], h: +m[4], mi: +m[5], s: +m[6] };
  }
  const dayString = (t) => pad(t.y, 4) + '-' + pad(t.mo, 2) + '-' + pad(t.d, 2);
  const clock = (t) => pad(t.h, 2) + ':' + pad(t.mi, 2);
  function dayBefore(t) {
    const d = new Date(0);
    d.setUTCFullYear(t.y, t.mo - 1, t.d - 1);
    return { y: d.getUTCFullYear(), mo: d.getUTCMonth() + 1, d: d.getUTCDate(), h: 0, mi: 0, s: 0 };
  }
  // spanLabel says which day or span [from, to) is, as spanLabel in html.go.
  function spanLabel(from, to) {
    const f = parseTime(from), t = parseTime(to);
    if (!f) return '—';
    const fd = dayString(f);
    if (!t) return f.h || f.mi || f.s ? fd + ' ' + clock(f) : fd;
    if (!f.h && !f.mi && !f.s && !t.h && !t.mi && !t.s) {
      const last = dayString(dayBefore(t));
      return last <= fd ? fd : fd + ' – ' + last;
    }
    const td = dayString(t);
    if (td === fd) return fd + ' ' + clock(f) + '–' + clock(t);
    return fd + ' ' + clock(f) + ' – ' + td + ' ' + clock(t);
  }
  const dateTitle = (e) => spanLabel(e.from, e.to) + ' (' + e.grain + ')' + (e.warning ? '\n⚠ ' + e.warning : '');
  const mentionTitle = (m) => (typeLabels[m.type] || m.type) + ' · ' + (m.entity ? m.entity.name + ' · ' + m.entity.id : '');

  // spans keeps the annotations of one layer that can be drawn: in order,
  // not empty, not overlapping each other, inside the text.
  function spans(list, n) {
    const out = [];
    let end = 0;
    for (const a of list || []) {
      const s = a.start16, e = Math.min(a.end16, n);
      if (!(s >= end) || !(e > s)) continue;
      out.push({ s: s, e: e, a: a });
      end = e;
    }
    return out;
  }

  function el(tag, cls, text) {
    const x = document.createElement(tag);
    if (cls) x.className = cls;
    if (text !== undefined) x.textContent = text;
    return x;
  }

  // linesPerChunk: the text is drawn in blocks of this many lines (split
  // only at a line break outside any mark), which the CSS lets the browser
  // lay out only when they come into view: a 1 MB article stays fluid.
  const linesPerChunk = 24;

  // annotate draws the text with its dates (outer layer) and mentions
  // (inner layer), in blocks of lines, yielding each block once it is
  // complete, so that a long text is put on the page a few blocks at a
  // time. A mention that crosses a date's edge is drawn in two pieces, one
  // on each side.
  function* annotate(text, dates, mentions) {
    const n = text.length, D = spans(dates, n), M = spans(mentions, n);
    let chunk = null, lines = 0;
    const block = () => chunk || (chunk = el('div', 'chunk'));
    let p = 0, i = 0, j = 0, curD = null, curM = null, dEl = null, mEl = null;
    while (p < n) {
      while (i < D.length && D[i].e <= p) i++;
      while (j < M.length && M[j].e <= p) j++;
      const d = i < D.length && D[i].s <= p ? D[i] : null;
      const m = j < M.length && M[j].s <= p ? M[j] : null;
      let q = n;
      if (d) q = Math.min(q, d.e); else if (i < D.length) q = Math.min(q, D[i].s);
      if (m) q = Math.min(q, m.e); else if (j < M.length) q = Math.min(q, M[j].s);
      if (!d && !m) {
        // Plain text: a block ends after every linesPerChunk-th line break.
        let k = text.indexOf('\n', p);
        while (k >= 0 && k < q) {
          if (++lines % linesPerChunk === 0) {
            block().appendChild(document.createTextNode(text.slice(p, k + 1)));
            yield chunk;
            chunk = null;
            p = k + 1;
          }
          k = text.indexOf('\n', k + 1);
        }
        if (p < q) block().appendChild(document.createTextNode(text.slice(p, q)));
        curD = curM = dEl = mEl = null;
        p = q;
        continue;
      }
      if (d !== curD) {
        curD = d; curM = null; mEl = null;
        dEl = null;
        if (d) {
          dEl = el('span', d.a.warning ? 'date warn' : 'date');
          dEl.title = dateTitle(d.a);
          block().appendChild(dEl);
        }
      }
      const parent = dEl || block();
      if (m !== curM) {
        curM = m; mEl = null;
        if (m) {
          mEl = el('mark', 'ent ' + m.a.type);
          if (m.a.entity) mEl.dataset.id = m.a.entity.id;
          mEl.title = mentionTitle(m.a);
          parent.appendChild(mEl);
        }
      }
      (mEl || parent).appendChild(document.createTextNode(text.slice(p, q)));
      p = q;
    }
    if (chunk) yield chunk;
  }

  function entityList(ents) {
    const f = document.createDocumentFragment();
    for (const e of ents || []) {
      const li = el('li', e.type);
      li.dataset.id = e.id;
      li.appendChild(el('span', 'sw'));
      li.appendChild(el('bdi', 'name', e.name));
      li.appendChild(el('span', 'count', String(e.count)));
      li.appendChild(el('code', 'id', e.id));
      f.appendChild(li);
    }
    return f;
  }

  function dateList(dates) {
    const f = document.createDocumentFragment();
    for (const e of dates || []) {
      const li = el('li', e.warning ? 'warn' : '');
      li.appendChild(el('bdi', 'dt', e.text));
      li.appendChild(el('span', 'span', spanLabel(e.from, e.to) + ' (' + e.grain + ')'));
      if (e.warning) li.appendChild(el('span', 'warning', '⚠ ' + e.warning));
      f.appendChild(li);
    }
    return f;
  }

  const metaText = (doc) => 'تاريخ النشر: \u2068' + (doc.published || '—') + '\u2069 · ' + (doc.entities || []).length + ' كيان · ' +
    (doc.dates || []).length + ' تاريخ · ' + (doc.mentions || []).length + ' إشارة';

  // render draws a Document: the lists at once, the text block by block,
  // about 10 ms of work at a time, so that the page never stops answering
  // (a 1 MB article is thousands of marks). It resolves to false when a
  // newer analysis replaced this one before it was drawn.
  let rendering = 0;
  function render(doc) {
    const gen = ++rendering;
    const docEl = $('doc');
    docEl.replaceChildren();
    $('entities').replaceChildren(entityList(doc.entities));
    $('dates').replaceChildren(dateList(doc.dates));
    $('nentities').textContent = String((doc.entities || []).length);
    $('ndates').textContent = String((doc.dates || []).length);
    $('meta').textContent = metaText(doc);
    $('result').hidden = false;
    const blocks = annotate(doc.text || '', doc.dates, doc.mentions);
    return new Promise((resolve) => {
      const step = () => {
        if (gen !== rendering) { resolve(false); return; }
        const t0 = performance.now(), f = document.createDocumentFragment();
        let r;
        while (!(r = blocks.next()).done) {
          f.appendChild(r.value);
          if (performance.now() - t0 > 10) break;
        }
        docEl.appendChild(f);
        if (r.done) resolve(true); else setTimeout(step, 0);
      };
      step();
    });
  }

  function setStatus(msg, isError) {
    status.textContent = msg;
    status.className = isError ? 'status error' : 'status';
  }

  // fileText is the text of a file picked with the file input: a long
  // article is sent from it without going through the text box, which
  // browsers lay out slowly.
  let fileText = null;

  async function analyze() {
    const day = $('published').value, time = $('time').value || '12:00';
    const body = { text: fileText !== null ? fileText : textBox.value, omit_tokens: true };
    if (!body.text.trim()) {
      setStatus('الصق نص المقال أو اختر ملفاً', true);
      document.body.dataset.state = 'error';
      return;
    }
    if (day) body.published = day + 'T' + time;
    const tz = $('tz').value.trim();
    if (tz) body.tz = tz;
    const ws = $('weekstart').value;
    if (ws) body.weekstart = ws;
    button.disabled = true;
    document.body.dataset.state = 'busy';
    setStatus('جارٍ التحليل…', false);
    const t0 = performance.now();
    try {
      const res = await fetch('v1/analyze', {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body),
      });
      let doc;
      try { doc = await res.json(); } catch (e) { throw new Error('HTTP ' + res.status); }
      if (!res.ok) throw new Error(doc && doc.error ? doc.error : 'HTTP ' + res.status);
      if (!(await render(doc))) return; // a newer analysis is being drawn
      setStatus('تم في ' + Math.round(performance.now() - t0) + ' ms', false);
      document.body.dataset.state = 'done';
    } catch (e) {
      setStatus('خطأ: ' + e.message, true);
      document.body.dataset.state = 'error';
    } finally {
      button.disabled = false;
    }
  }

  if (!$('published').value) {
    const now = new Date();
    $('published').value = pad(now.getFullYear(), 4) + '-' + pad(now.getMonth() + 1, 2) + '-' + pad(now.getDate(), 2);
  }
  if (!$('tz').value) {
    try { $('tz').value = Intl.DateTimeFormat().resolvedOptions().timeZone || ''; } catch (e) { /* no Intl: the server's zone */ }
  }
  form.addEventListener('submit', (ev) => { ev.preventDefault(); analyze(); });
  $('file').addEventListener('change', async () => {
    const f = $('file').files[0];
    fileText = null;
    if (!f) return;
    try {
      fileText = await f.text();
      textBox.value = '';
      textBox.placeholder = f.name + ' (' + Math.round(f.size / 1024) + ' KB)';
      setStatus('الملف جاهز: ' + f.name, false);
    } catch (e) {
      setStatus('خطأ: ' + e.message, true);
    }
  });
  textBox.addEventListener('input', () => {
    if (fileText !== null) { fileText = null; $('file').value = ''; textBox.placeholder = 'نص المقال…'; }
  });
  textBox.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' && (ev.ctrlKey || ev.metaKey)) { ev.preventDefault(); analyze(); }
  });
  document.body.dataset.state = 'ready';
})();
