// CreepLint review report. Draws the page from the data embedded above it: every score, verdict and category shown is the
// one the JSON report carries; this script only counts, sorts, filters and displays. Message text only ever enters the
// page as text nodes (never as HTML), and nothing is fetched: the page's Content-Security-Policy allows no connection.
(() => {
  'use strict';
  const PAGE = 50;
  const VERDICTS = ['pass', 'warn', 'fail'];
  const SEVERITIES = ['info', 'warning', 'error'];
  const STATES = ['active', 'suppressed', 'baselined'];
  const data = JSON.parse(document.getElementById('creeplint-data').textContent);
  const S = data.s;
  const rules = data.rules;

  const messages = data.m.map((m, index) => ({
    index,
    file: S[m[0]],
    id: m[1],
    kind: m[2] ? 'rationale' : 'message',
    channel: m[3] < 0 ? null : S[m[3]],
    score: m[4],
    verdict: m[5],
    text: m[6],
    templates: m[7],
    findings: m[8].map((f, k) => ({
      key: k,
      rule: f[0],
      category: S[f[1]],
      severity: SEVERITIES[f[2]],
      score: f[3],
      line: f[4],
      column: f[5],
      offset: f[6],
      length: f[7],
      message: S[f[8]],
      suggestion: S[f[9]],
      state: STATES[f[10]],
      reason: f[11] < 0 ? null : S[f[11]],
      excerpt: S[f[12]],
    })),
  }));
  messages.forEach((m) => { m.where = m.channel || m.kind; });

  // A catalog message's parts (spring-sale/subject, spring-sale/body…) come one after another: they form one card.
  const groups = [];
  for (const m of messages) {
    const base = m.id && m.channel && m.id.endsWith('/' + m.channel) ? m.id.slice(0, -m.channel.length - 1) : null;
    const last = groups[groups.length - 1];
    if (base !== null && last && last.file === m.file && last.base === base) {
      last.parts.push(m);
    } else {
      groups.push({ file: m.file, base, parts: [m] });
    }
  }

  groups.forEach((g, i) => {
    g.index = i;
    g.score = Math.max(...g.parts.map((p) => p.score));
    g.verdict = Math.max(...g.parts.map((p) => p.verdict));
    g.findings = g.parts.flatMap((p) => p.findings);
    const id = g.base ?? g.parts[0].id;
    g.label = id === null || id === undefined ? g.file : g.file + '#' + id;
    g.rules = new Set(g.findings.map((f) => f.rule));
    g.categories = new Set(g.findings.map((f) => f.category));
    g.channels = new Set(g.parts.map((p) => p.where));
  });
  const ordered = groups.slice().sort((a, b) => b.score - a.score || b.verdict - a.verdict || a.index - b.index);

  // ---- helpers -------------------------------------------------------------------------------------------------------
  const el = (tag, props, ...children) => {
    const node = document.createElement(tag);
    if (props) {
      for (const [k, v] of Object.entries(props)) {
        if (v === null || v === undefined || v === false) continue;
        if (k === 'class') node.className = v;
        else if (k === 'text') node.textContent = v;
        else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
        else node.setAttribute(k, v === true ? '' : String(v));
      }
    }
    for (const c of children) {
      if (c !== null && c !== undefined && c !== false) node.append(c);
    }
    return node;
  };
  const SVG = 'http://www.w3.org/2000/svg';
  const svg = (tag, attrs, text) => {
    const node = document.createElementNS(SVG, tag);
    for (const [k, v] of Object.entries(attrs || {})) node.setAttribute(k, String(v));
    if (text !== undefined) node.textContent = text;
    return node;
  };
  const plural = (n, word) => `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
  const ruleName = (id) => (rules[id] && rules[id][0]) || '';
  const catChip = (category) => el('span', { class: 'cat c-' + category, text: category });
  const verdictBadge = (v) => el('span', { class: 'verdict v-' + VERDICTS[v], text: VERDICTS[v].toUpperCase() });

  // ---- filters and the URL fragment ----------------------------------------------------------------------------------
  const state = { verdicts: new Set(VERDICTS), category: '', rule: '', file: '', channel: '', q: '' };

  function readFragment() {
    const p = new URLSearchParams(location.hash.replace(/^#/, ''));
    const v = p.get('verdict');
    state.verdicts = new Set(v === null ? VERDICTS : v.split(',').filter((x) => VERDICTS.includes(x)));
    state.category = p.get('category') || '';
    state.rule = p.get('rule') || '';
    state.file = p.get('file') || '';
    state.channel = p.get('channel') || '';
    state.q = p.get('q') || '';
  }

  function writeFragment() {
    const p = new URLSearchParams();
    if (state.verdicts.size !== VERDICTS.length) p.set('verdict', VERDICTS.filter((v) => state.verdicts.has(v)).join(','));
    for (const k of ['category', 'rule', 'file', 'channel', 'q']) {
      if (state[k]) p.set(k, state[k]);
    }
    const hash = p.toString();
    const url = location.pathname + location.search + (hash ? '#' + hash : '');
    history.replaceState(null, '', url);
  }

  const searchText = new Map();
  function matches(g) {
    if (!g.parts.some((p) => state.verdicts.has(VERDICTS[p.verdict]))) return false;
    if (state.category && !g.categories.has(state.category)) return false;
    if (state.rule && !g.rules.has(state.rule)) return false;
    if (state.file && g.file !== state.file) return false;
    if (state.channel && !g.channels.has(state.channel)) return false;
    if (state.q) {
      let text = searchText.get(g);
      if (text === undefined) {
        text = [g.label, ...g.parts.map((p) => p.text), ...g.findings.map((f) => `${f.rule} ${ruleName(f.rule)} ${f.message}`)].join('\n').toLowerCase();
        searchText.set(g, text);
      }
      if (!text.includes(state.q.toLowerCase())) return false;
    }
    return true;
  }

  // ---- header and summary --------------------------------------------------------------------------------------------
  const sum = data.summary;
  const app = document.getElementById('app');

  function header() {
    return el('header', { class: 'top' }, el('div', { class: 'wrap' },
      el('h1', { text: 'CreepLint review report' }),
      el('p', { text: `${plural(sum.messages, 'message')} in ${plural(sum.files, 'file')}: ${sum.fail} fail, ${sum.warn} warn, ${sum.pass} pass` }),
      data.redacted ? el('span', { class: 'badge', text: 'personal data masked' }) : null,
      el('p', { text: `creeplint ${data.version}` })));
  }

  function tiles() {
    const tile = (n, label, cls) => el('div', { class: 'tile' + (cls ? ' ' + cls : '') }, el('b', { text: n.toLocaleString('en') }), el('span', { text: label }));
    const box = el('section', { class: 'panel', 'aria-labelledby': 'h-counts' }, el('h2', { id: 'h-counts', text: 'Verdicts' }),
      el('div', { class: 'tiles' },
        tile(sum.fail, 'fail', 'fail'), tile(sum.warn, 'warn', 'warn'), tile(sum.pass, 'pass', 'pass'),
        tile(sum.messages, 'messages'), tile(sum.findings, 'findings'), tile(sum.suppressed, 'suppressed'),
        tile(sum.baselined, 'in baseline'), tile(sum.files, 'files'), tile(sum.problems, 'input problems')));
    if (sum.unread > 0) box.append(el('p', { class: 'alert', text: `${plural(sum.unread, 'input')} not fully read: this run does not pass until they are (see Input problems).` }));
    if (data.omitted > 0) box.append(el('p', { class: 'alert', text: `The page shows the first ${plural(messages.length, 'message')}; ${data.omitted.toLocaleString('en')} more are in the JSON report only.` }));
    box.append(el('p', { class: 'note', text: 'Counts, scores and verdicts are those of the lint run (after suppressions and the baseline).' }));
    return box;
  }

  function scoreChart() {
    // Messages by score, ten points to a bar, each bar stacked by the verdict the run gave.
    const buckets = Array.from({ length: 10 }, () => [0, 0, 0]);
    for (const m of messages) buckets[Math.min(9, Math.floor(m.score / 10))][m.verdict]++;
    const max = Math.max(1, ...buckets.map((b) => b[0] + b[1] + b[2]));
    // Drawn for the window's width, so its labels keep their size on a phone as on a desktop.
    const W = Math.max(280, Math.min(560, document.documentElement.clientWidth - 64)), H = 200, left = 34, bottom = 24, top = 16, bw = (W - left - 6) / 10;
    const chart = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: '100%', role: 'img', 'aria-labelledby': 'chart-title chart-desc' });
    chart.append(svg('title', { id: 'chart-title' }, 'Score distribution'));
    chart.append(svg('desc', { id: 'chart-desc' }, buckets.map((b, i) => `${i * 10}–${i === 9 ? 100 : i * 10 + 9}: ${b[2]} fail, ${b[1]} warn, ${b[0]} pass`).join('; ')));
    chart.append(svg('line', { class: 'axis', x1: left, y1: H - bottom, x2: W - 4, y2: H - bottom }));
    chart.append(svg('text', { x: left - 6, y: top + 4, 'text-anchor': 'end' }, String(max)));
    chart.append(svg('text', { x: left - 6, y: H - bottom, 'text-anchor': 'end' }, '0'));
    buckets.forEach((b, i) => {
      let y = H - bottom;
      const x = left + i * bw + 3;
      for (const v of [2, 1, 0]) {
        const h = (b[v] / max) * (H - bottom - top);
        if (b[v] > 0) {
          y -= h;
          chart.append(svg('rect', { class: 'bar-' + VERDICTS[v], x, y, width: bw - 6, height: Math.max(1, h) }));
        }
      }
      const total = b[0] + b[1] + b[2];
      if (total > 0) chart.append(svg('text', { x: x + (bw - 6) / 2, y: y - 3, 'text-anchor': 'middle' }, String(total)));
      chart.append(svg('text', { x: x + (bw - 6) / 2, y: H - 8, 'text-anchor': 'middle' }, String(i * 10)));
    });
    const legend = el('div', { class: 'legend' },
      ...['fail', 'warn', 'pass'].map((v) => el('span', null, el('span', { class: 'key ' + v }), v)),
      el('span', { text: 'score →' }));
    return el('section', { class: 'panel', 'aria-labelledby': 'h-chart' }, el('h2', { id: 'h-chart', text: 'Messages by score' }), chart, legend);
  }

  function countBy(key) {
    const counts = new Map();
    for (const m of messages) {
      for (const f of m.findings) {
        if (f.state === 'active') counts.set(f[key], (counts.get(f[key]) || 0) + 1);
      }
    }
    return [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  }

  function filterButton(label, apply) {
    return el('button', { type: 'button', class: 'linkish', text: label, onclick: () => { apply(); syncForm(); update(); } });
  }

  function categoryTable() {
    const rows = countBy('category');
    const body = el('tbody');
    const most = rows.length ? rows[0][1] : 1;
    for (const [category, n] of rows) {
      const bar = svg('svg', { viewBox: '0 0 100 12', preserveAspectRatio: 'none', 'aria-hidden': 'true' });
      bar.append(svg('rect', { x: 0, y: 1, height: 10, width: Math.max(2, (n / most) * 100) }));
      body.append(el('tr', { class: 'c-' + category },
        el('td', null, filterButton(category, () => { state.category = category; })),
        el('td', { class: 'bar' }, bar),
        el('td', { class: 'num', text: n.toLocaleString('en') })));
    }
    return el('section', { class: 'panel', 'aria-labelledby': 'h-cat' }, el('h2', { id: 'h-cat', text: 'Findings by category' }),
      rows.length ? el('table', null, el('thead', null, el('tr', null, el('th', { text: 'Category' }), el('th', null, el('span', { class: 'visually-hidden', text: 'Share' })), el('th', { class: 'num', text: 'Findings' }))), body)
        : el('p', { class: 'note', text: 'No finding counts against any message.' }));
  }

  function ruleTable() {
    const rows = countBy('rule').slice(0, 8);
    const body = el('tbody');
    for (const [rule, n] of rows) {
      const info = rules[rule] || [];
      body.append(el('tr', null,
        el('td', null, filterButton(rule, () => { state.rule = rule; })),
        el('td', { text: info[0] || '' }),
        el('td', { class: 'num', text: n.toLocaleString('en') })));
    }
    return el('section', { class: 'panel', 'aria-labelledby': 'h-rules' }, el('h2', { id: 'h-rules', text: 'Top rules' }),
      rows.length ? el('table', null, el('thead', null, el('tr', null, el('th', { text: 'Rule' }), el('th', { text: 'Name' }), el('th', { class: 'num', text: 'Findings' }))), body)
        : el('p', { class: 'note', text: 'No rule fired.' }));
  }

  function problems() {
    if (!data.p.length) return null;
    const list = el('ul', { class: 'problems' });
    for (const p of data.p) {
      list.append(el('li', { text: `${p[0]}${p[1] > 0 ? `:${p[1]}:${p[2]}` : ''}: ${p[4]} ${p[3]}: ${p[5]}` }));
    }
    return el('details', { class: 'panel' }, el('summary', { text: `Input problems (${sum.problems.toLocaleString('en')})` }), list);
  }

  // ---- the filter bar ------------------------------------------------------------------------------------------------
  const form = el('form', { role: 'search', 'aria-label': 'Filter messages', onsubmit: (e) => e.preventDefault() });
  const verdictBoxes = VERDICTS.slice().reverse().map((v) => el('input', { type: 'checkbox', name: 'verdict', value: v, id: 'f-' + v }));
  const select = (name, label, values, describe) => {
    const s = el('select', { name, id: 'f-' + name },
      el('option', { value: '', text: 'All' }),
      ...values.map((v) => el('option', { value: v, text: describe ? describe(v) : v })));
    return [el('label', { class: 'field', for: 'f-' + name }, el('span', { text: label }), s), s];
  };
  const sorted = (set) => [...set].sort();
  const [catLabel, catSelect] = select('category', 'Category', sorted(new Set(messages.flatMap((m) => m.findings.map((f) => f.category)))));
  const [ruleLabel, ruleSelect] = select('rule', 'Rule', sorted(new Set(messages.flatMap((m) => m.findings.map((f) => f.rule)))), (r) => `${r} ${ruleName(r)}`.trim());
  const [fileLabel, fileSelect] = select('file', 'File', sorted(new Set(groups.map((g) => g.file))));
  const [chanLabel, chanSelect] = select('channel', 'Channel', sorted(new Set(messages.map((m) => m.where))));
  const search = el('input', { type: 'search', id: 'f-q', name: 'q', placeholder: 'Words in messages or findings', autocomplete: 'off' });
  const clear = el('button', { type: 'button', text: 'Clear filters' });
  form.append(
    el('fieldset', null, el('legend', { text: 'Verdict' }), ...verdictBoxes.map((b) => el('label', { class: 'check', for: b.id }, b, ' ' + b.value))),
    catLabel, ruleLabel, fileLabel, chanLabel,
    el('label', { class: 'field', for: 'f-q' }, el('span', { text: 'Search' }), search),
    clear);

  function syncForm() {
    for (const b of verdictBoxes) b.checked = state.verdicts.has(b.value);
    catSelect.value = state.category;
    ruleSelect.value = state.rule;
    fileSelect.value = state.file;
    chanSelect.value = state.channel;
    search.value = state.q;
  }

  function readForm() {
    state.verdicts = new Set(verdictBoxes.filter((b) => b.checked).map((b) => b.value));
    state.category = catSelect.value;
    state.rule = ruleSelect.value;
    state.file = fileSelect.value;
    state.channel = chanSelect.value;
    state.q = search.value.trim();
  }

  let searchTimer = 0;
  form.addEventListener('change', () => { readForm(); update(); });
  search.addEventListener('input', () => {
    clearTimeout(searchTimer);
    searchTimer = setTimeout(() => { readForm(); update(); }, 150);
  });
  clear.addEventListener('click', () => {
    state.verdicts = new Set(VERDICTS);
    state.category = state.rule = state.file = state.channel = state.q = '';
    syncForm();
    update();
  });

  // ---- message cards -------------------------------------------------------------------------------------------------
  function renderText(m) {
    const box = el('div', { class: 'text', lang: 'en' });
    const text = m.text;
    const cuts = new Set([0, text.length]);
    for (const f of m.findings) { cuts.add(f.offset); cuts.add(f.offset + f.length); }
    for (let i = 0; i < m.templates.length; i += 2) { cuts.add(m.templates[i]); cuts.add(m.templates[i] + m.templates[i + 1]); }
    const points = [...cuts].sort((a, b) => a - b);
    const hidden = m.findings.filter((f) => f.length === 0);
    let t = 0;
    const templateAt = (a, b) => {
      while (t < m.templates.length && m.templates[t] + m.templates[t + 1] <= a) t += 2;
      return t < m.templates.length && m.templates[t] <= a && m.templates[t] + m.templates[t + 1] >= b;
    };
    const started = new Set();
    const place = (a, b, node) => {
      const covering = m.findings.filter((f) => f.length > 0 && f.offset <= a && f.offset + f.length >= b);
      if (!covering.length) { box.append(node); return; }
      const top = covering.reduce((x, y) => (y.state === 'active' && (x.state !== 'active' || y.score > x.score) ? y : x));
      const firsts = covering.filter((f) => !started.has(f.key));
      firsts.forEach((f) => started.add(f.key));
      const off = covering.every((f) => f.state !== 'active');
      const mark = el('mark', {
        class: `hl c-${top.category}${off ? ' off' : ''}`,
        'data-f': covering.map((f) => f.key).join(' '),
        'data-first': firsts.length ? firsts.map((f) => f.key).join(' ') : null,
        tabindex: firsts.length ? 0 : null,
        'aria-label': firsts.length ? covering.map((f) => `${f.rule} ${f.category}, score ${f.score}${f.state !== 'active' ? ', ' + f.state : ''}`).join('; ') + ': ' + node.textContent : null,
      }, node);
      box.append(mark);
    };
    const hiddenAt = (at) => {
      for (const f of hidden) {
        if (f.offset === at && !started.has(f.key)) {
          started.add(f.key);
          box.append(el('mark', {
            class: `hl hidden-span c-${f.category}${f.state !== 'active' ? ' off' : ''}`,
            'data-f': String(f.key), 'data-first': String(f.key), tabindex: 0,
            'aria-label': `${f.rule} ${f.category}, score ${f.score}, in markup: ${f.excerpt}`,
          }, f.excerpt));
        }
      }
    };
    for (let i = 0; i + 1 < points.length; i++) {
      const a = points[i], b = points[i + 1];
      hiddenAt(a);
      if (a === b) continue;
      const piece = text.slice(a, b);
      const node = templateAt(a, b) ? el('code', { class: 'tpl', text: piece }) : document.createTextNode(piece);
      place(a, b, node);
    }
    hiddenAt(text.length);
    return box;
  }

  function findingItem(card, m, f) {
    const stateText = f.state === 'suppressed' ? 'Suppressed' : f.state === 'baselined' ? 'In the baseline' : null;
    const jump = el('a', { href: '#', class: 'jump', text: `${f.rule} ${ruleName(f.rule)}`.trim(), 'data-part': m.index, 'data-f': f.key });
    jump.addEventListener('click', (e) => {
      e.preventDefault();
      const target = card.querySelector(`.part[data-m="${m.index}"] mark[data-first~="${f.key}"]`);
      if (target) {
        target.scrollIntoView({ block: 'center', behavior: 'instant' });
        target.focus({ preventScroll: true });
      }
    });
    return el('li', { class: 'finding' + (stateText ? ' off' : ''), 'data-state': f.state },
      jump, ' ', catChip(f.category),
      el('p', { class: 'meta', text: `score ${f.score} · ${f.severity} · line ${f.line}:${f.column}${f.state !== 'active' ? ' · ' + f.state : ''}` }),
      el('p', { class: 'msg', text: f.message }),
      stateText ? el('p', null, el('span', { class: 'reason', text: stateText + (f.reason ? ': ' + f.reason : f.state === 'suppressed' ? ' (no reason given)' : ' (accepted when the baseline was written)') })) : null);
  }

  function card(g) {
    const head = el('header', { class: 'card-head' },
      verdictBadge(g.verdict), el('span', { class: 'score', text: 'score ' + g.score }),
      el('h3', { id: `g-${g.index}-h`, text: g.label }),
      ...[...g.channels].map((c) => el('span', { class: 'chip', text: c })));
    const node = el('article', { class: 'card v-' + VERDICTS[g.verdict], id: 'g-' + g.index, 'aria-labelledby': `g-${g.index}-h`, 'data-group': g.index });
    const texts = el('div', { class: 'texts' });
    const list = el('ol');
    for (const m of g.parts) {
      const part = el('section', { class: 'part', 'data-m': m.index, 'data-verdict': VERDICTS[m.verdict], 'data-score': m.score });
      if (g.parts.length > 1 || m.channel) {
        part.append(el('h4', { text: `${m.where}${g.parts.length > 1 ? ` · ${VERDICTS[m.verdict]} · score ${m.score}` : ''}` }));
      }
      part.append(renderText(m));
      texts.append(part);
      for (const f of m.findings) list.append(findingItem(node, m, f));
    }
    const aside = el('aside', { class: 'findings', 'aria-label': 'Findings in ' + g.label },
      el('h4', { text: g.findings.length ? plural(g.findings.length, 'finding') : 'No findings' }),
      g.findings.length ? list : el('p', { class: 'none', text: 'Nothing creepy found.' }));
    node.append(head, el('div', { class: 'card-body' }, texts, aside));
    return node;
  }

  // ---- popover -------------------------------------------------------------------------------------------------------
  const popover = el('div', { id: 'popover', role: 'tooltip', hidden: true });
  function findingOf(mark) {
    const part = mark.closest('.part');
    const m = messages[Number(part.dataset.m)];
    return mark.dataset.f.split(' ').map((k) => m.findings[Number(k)]);
  }

  function showPopover(mark) {
    popover.replaceChildren(...findingOf(mark).map((f) => el('div', { class: 'pf' },
      el('div', { class: 'pt', text: `${f.rule} ${ruleName(f.rule)}`.trim() }),
      el('p', null, catChip(f.category), ` score ${f.score} · ${f.severity}${f.state !== 'active' ? ' · ' + f.state : ''}`),
      el('p', { class: 'pm', text: f.message }),
      rules[f.rule] && rules[f.rule][3] ? el('p', null, el('span', { class: 'lbl', text: 'Why: ' }), rules[f.rule][3]) : null,
      f.suggestion ? el('p', { class: 'ps' }, el('span', { class: 'lbl', text: 'Instead: ' }), f.suggestion) : null,
      f.state !== 'active' ? el('p', null, el('span', { class: 'lbl', text: f.state === 'suppressed' ? 'Suppressed: ' : 'Baselined: ' }), f.reason || (f.state === 'suppressed' ? 'no reason given' : 'accepted when the baseline was written')) : null)));
    popover.hidden = false;
    const r = mark.getBoundingClientRect();
    const width = Math.min(420, document.documentElement.clientWidth - 16);
    const left = Math.max(8, Math.min(r.left, document.documentElement.clientWidth - width - 8));
    popover.style.left = `${left + window.scrollX}px`;
    popover.style.top = `${r.bottom + window.scrollY + 6}px`;
    mark.setAttribute('aria-describedby', 'popover');
  }

  function hidePopover() {
    popover.hidden = true;
    document.querySelectorAll('[aria-describedby="popover"]').forEach((n) => n.removeAttribute('aria-describedby'));
  }

  document.addEventListener('mouseover', (e) => {
    const mark = e.target.closest && e.target.closest('mark.hl');
    if (mark) showPopover(mark);
  });
  document.addEventListener('mouseout', (e) => {
    const mark = e.target.closest && e.target.closest('mark.hl');
    if (mark && !mark.contains(e.relatedTarget) && document.activeElement !== mark) hidePopover();
  });
  document.addEventListener('focusin', (e) => {
    if (e.target.matches && e.target.matches('mark.hl')) showPopover(e.target); else hidePopover();
  });
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape') { hidePopover(); return; }
    if (e.target.matches && e.target.matches('input, select, textarea')) return;
    if ((e.key === 'n' || e.key === 'p') && !e.ctrlKey && !e.metaKey && !e.altKey) {
      // n / p: the next or previous finding on the page.
      const marks = [...document.querySelectorAll('mark.hl[tabindex="0"]')];
      if (!marks.length) return;
      const i = marks.indexOf(document.activeElement);
      const next = e.key === 'n' ? (i < 0 ? 0 : Math.min(marks.length - 1, i + 1)) : (i < 0 ? 0 : Math.max(0, i - 1));
      marks[next].focus();
      marks[next].scrollIntoView({ block: 'center', behavior: 'instant' });
      e.preventDefault();
    }
  });

  // ---- the list, drawn a page at a time ------------------------------------------------------------------------------
  const count = el('p', { class: 'count', id: 'count', 'aria-live': 'polite' });
  const list = el('div', { id: 'list' });
  const more = el('button', { type: 'button', class: 'more', id: 'more' });
  let shown = [];
  let drawn = 0;

  function drawMore() {
    const end = Math.min(shown.length, drawn + PAGE);
    const chunk = document.createDocumentFragment();
    for (; drawn < end; drawn++) chunk.append(card(shown[drawn]));
    list.append(chunk);
    more.hidden = drawn >= shown.length;
    more.textContent = `Show ${Math.min(PAGE, shown.length - drawn)} more (${(shown.length - drawn).toLocaleString('en')} left)`;
  }

  function update() {
    writeFragment();
    hidePopover();
    shown = ordered.filter(matches);
    drawn = 0;
    list.replaceChildren();
    count.textContent = `Showing ${shown.length.toLocaleString('en')} of ${plural(groups.length, 'message')}, worst first` +
      (groups.length !== messages.length ? ` (catalog messages with their parts: ${plural(messages.length, 'linted text')})` : '') + '.';
    if (!shown.length) list.append(el('p', { class: 'note', text: 'No message matches these filters.' }));
    drawMore();
  }

  more.addEventListener('click', drawMore);
  if ('IntersectionObserver' in window) {
    new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting) && drawn < shown.length) drawMore();
    }, { rootMargin: '600px' }).observe(more);
  }

  window.addEventListener('hashchange', () => { readFragment(); syncForm(); update(); });

  // ---- assemble ------------------------------------------------------------------------------------------------------
  readFragment();
  const main = el('main', { class: 'wrap', id: 'main' },
    el('div', { class: 'summary' }, tiles(), scoreChart(), categoryTable(), ruleTable()),
    problems());
  const filters = el('div', { class: 'filters' }, el('div', { class: 'wrap' }, form));
  const results = el('section', { class: 'wrap', 'aria-label': 'Messages' }, count, list, more);
  app.replaceChildren(header(), main, filters, results);
  document.body.append(popover);
  syncForm();
  update();
  document.documentElement.dataset.ready = 'true';
  performance.mark('creeplint-ready');
})();
