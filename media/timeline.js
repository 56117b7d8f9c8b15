// News Lens Timeline (webview). Draws the dates the extension posts as hand-written SVG:
// one chart by article, one by entity, on a time axis whose long gaps are shortened (and marked
// with a break) so that 1991 and a week of March 2022 both stay readable. Dates with no year,
// durations and unresolved dates are listed apart, never plotted on a guessed day.
// @ts-check
(function () {
  // @ts-ignore acquireVsCodeApi is the webview's
  const vscode = acquireVsCodeApi();
  const root = /** @type {HTMLElement} */ (document.getElementById('timeline'));
  const SVG = 'http://www.w3.org/2000/svg';
  let data = null;
  let filter = (vscode.getState() || {}).filter || '';

  const el = (tag, attrs = {}, ...kids) => {
    const e = tag.startsWith('svg:') ? document.createElementNS(SVG, tag.slice(4)) : document.createElement(tag);
    for (const [k, v] of Object.entries(attrs)) if (v !== undefined && v !== null) e.setAttribute(k, String(v));
    for (const k of kids) e.append(k);
    return e;
  };
  const dayNumber = (day) => Date.parse(day + 'T00:00:00Z') / 86400000;
  const open = (d) => vscode.postMessage({ type: 'open', uri: d.uri, range: d.range });
  const SHAPES = { day: 'circle', time: 'circle', week: 'square', month: 'square', year: 'diamond' };

  /** x for each distinct day: steps grow with the log of the gap, capped, so big gaps stay short. */
  function axis(days, width) {
    const sorted = [...new Set(days)].sort();
    const raw = [0];
    for (let i = 1; i < sorted.length; i++) {
      const gap = dayNumber(sorted[i]) - dayNumber(sorted[i - 1]);
      raw.push(raw[i - 1] + Math.min(6, 1 + Math.log2(1 + gap)));
    }
    const span = raw[raw.length - 1] || 1;
    const x = new Map(sorted.map((d, i) => [d, sorted.length === 1 ? width / 2 : (raw[i] / span) * width]));
    const breaks = [];
    for (let i = 1; i < sorted.length; i++) if (dayNumber(sorted[i]) - dayNumber(sorted[i - 1]) > 62) breaks.push((x.get(sorted[i]) + x.get(sorted[i - 1])) / 2);
    return { sorted, x, breaks };
  }

  function marker(d, cx, cy, r) {
    const shape = SHAPES[d.plot.precision] || 'circle';
    const common = { class: `point ${d.type}`, tabindex: 0, role: 'button', 'data-value': d.value, 'aria-label': `${d.text}: ${d.value}` };
    const m = shape === 'circle' ? el('svg:circle', { ...common, cx, cy, r })
      : shape === 'square' ? el('svg:rect', { ...common, x: cx - r, y: cy - r, width: 2 * r, height: 2 * r, rx: 1.5 })
      : el('svg:path', { ...common, d: `M${cx} ${cy - r - 1}L${cx + r + 1} ${cy}L${cx} ${cy + r + 1}L${cx - r - 1} ${cy}Z` });
    m.append(el('svg:title', {}, `${d.text} → ${d.value}\n${d.sentence}`));
    m.addEventListener('click', () => open(d));
    m.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') open(d); });
    return m;
  }

  /** One chart: a row per label, its dates as markers; `extra` draws publication dates. */
  function chart(rows, ax, extra = []) {
    const labelW = 230, width = Math.max(420, root.clientWidth - labelW - 40), rowH = 26, top = 8;
    const height = top + rows.length * rowH + 64;
    const svg = el('svg:svg', { class: 'chart', viewBox: `0 0 ${labelW + width + 70} ${height}`, height, role: 'img' });
    const g = el('svg:g', { transform: `translate(${labelW},0)` });
    const step = Math.max(1, Math.ceil(ax.sorted.length / Math.max(1, Math.floor(width / 44))));
    ax.sorted.forEach((day, i) => {
      const x = ax.x.get(day);
      g.append(el('svg:line', { class: 'grid', x1: x, x2: x, y1: top, y2: top + rows.length * rowH }));
      if (i % step === 0 || i === ax.sorted.length - 1) {
        const t = el('svg:text', { class: 'axis', x, y: top + rows.length * rowH + 12, transform: `rotate(40 ${x} ${top + rows.length * rowH + 12})` }, day);
        g.append(t);
      }
    });
    for (const b of ax.breaks) {
      const y = top + rows.length * rowH;
      g.append(el('svg:path', { class: 'break', d: `M${b - 5} ${y + 4}l4 -8M${b + 1} ${y + 4}l4 -8` }));
    }
    rows.forEach((row, k) => {
      const y = top + k * rowH + rowH / 2;
      const label = el('svg:text', { x: -10, y: y + 4, 'text-anchor': 'end' }, row.label.length > 34 ? row.label.slice(0, 33) + '…' : row.label);
      label.append(el('svg:title', {}, row.title || row.label));
      g.append(label, el('svg:line', { class: 'row', x1: 0, x2: width, y1: y, y2: y }));
      for (const p of extra.filter(p => p.row === k)) if (ax.x.has(p.day)) {
        const c = el('svg:circle', { class: 'publication', cx: ax.x.get(p.day), cy: y, r: 8 });
        c.append(el('svg:title', {}, `published ${p.day}`));
        g.append(c);
      }
      // Markers on one day are spread a little so each stays clickable.
      const byDay = new Map();
      for (const d of row.dates) { const n = byDay.get(d.plot.day) || 0; byDay.set(d.plot.day, n + 1); g.append(marker(d, ax.x.get(d.plot.day) + Math.min(n, 4) * 3, y - Math.min(n, 4) * 2, 5)); }
    });
    svg.append(g);
    return svg;
  }

  function apartTable(title, list, names, articleName, note) {
    const section = el('section', { class: 'apart', 'data-kind': title });
    section.append(el('h2', {}, `${title} (${list.length})`), el('p', { class: 'muted' }, note));
    if (!list.length) return section;
    const table = el('table', {}, el('tr', {}, el('th', {}, 'date'), el('th', {}, 'value'), el('th', {}, 'article'), el('th', {}, 'who')));
    for (const d of list) {
      const link = el('a', { title: d.sentence }, d.text);
      link.addEventListener('click', () => open(d));
      table.append(el('tr', {}, el('td', {}, link), el('td', {}, el('code', {}, d.value ?? '—')), el('td', {}, articleName(d.uri)), el('td', {}, d.entities.map(id => names.get(id)).filter(Boolean).join(', '))));
    }
    section.append(table);
    return section;
  }

  function render() {
    if (!data) return;
    root.removeAttribute('aria-busy');
    root.textContent = '';
    const names = new Map(data.entities.map(e => [e.id, e.name]));
    const articleOf = new Map(data.articles.map((a, k) => [a.uri, k]));
    const articleName = (uri) => data.articles[articleOf.get(uri)]?.name ?? uri;
    if (filter && !names.has(filter)) filter = '';
    const shown = data.dates.filter(d => !filter || d.entities.includes(filter));
    const plotted = shown.filter(d => d.plot);

    root.append(el('h1', {}, 'News Lens Timeline'));
    root.append(el('p', { class: 'muted', id: 'summary' },
      `${plotted.length} dates plotted from ${data.articles.length} articles · ${shown.length - plotted.length} listed apart` + (filter ? ` · only sentences naming ${names.get(filter)}` : '')));
    const select = el('select', { id: 'entity-filter', 'aria-label': 'Filter by entity' }, el('option', { value: '' }, 'All entities'));
    for (const e of data.entities) {
      const o = el('option', { value: e.id }, `${e.name} (${e.type === 'ORG' ? 'organization' : e.type.toLowerCase()})`);
      if (e.id === filter) o.setAttribute('selected', '');
      select.append(o);
    }
    select.addEventListener('change', () => { filter = select.value; vscode.setState({ filter }); render(); });
    const legendItem = (shape, cls, text) => el('span', {}, (() => {
      const s = el('svg:svg', { viewBox: '0 0 14 14' });
      s.append(shape === 'circle' ? el('svg:circle', { class: cls, cx: 7, cy: 7, r: 5 }) : shape === 'ring' ? el('svg:circle', { class: cls, cx: 7, cy: 7, r: 5 }) : shape === 'square' ? el('svg:rect', { class: cls, x: 2, y: 2, width: 10, height: 10 }) : el('svg:path', { class: cls, d: 'M7 1L13 7L7 13L1 7Z' }));
      return s;
    })(), text);
    root.append(el('div', { class: 'controls' }, el('label', {}, 'Entity: ', select),
      el('div', { class: 'legend' }, legendItem('circle', 'DATE', 'a day'), legendItem('circle', 'TIME', 'a time'), legendItem('square', 'DATE', 'a week or month'),
        legendItem('diamond', 'DATE', 'a year'), legendItem('ring', 'publication', 'publication date'))));

    const days = plotted.map(d => d.plot.day).concat(data.articles.map(a => a.publicationDate).filter(Boolean));
    if (!plotted.length) root.append(el('p', { class: 'muted' }, 'No date with a known year' + (filter ? ' in the sentences naming this entity.' : ' in the corpus.')));
    else {
      const ax = axis(days, Math.max(420, root.clientWidth - 270));
      root.append(el('h2', {}, 'By article'));
      const rows = data.articles.map(a => ({ label: a.name, title: a.title, pub: a.publicationDate, dates: plotted.filter(d => d.uri === a.uri) })).filter(r => r.dates.length);
      const pubs = rows.map((r, k) => ({ row: k, day: r.pub })).filter(p => p.day);
      root.append(el('div', { id: 'by-article' }, chart(rows, ax, pubs)));
      root.append(el('h2', {}, 'By entity'), el('p', { class: 'muted' }, 'Who did what when: the people, organizations and places named in the sentence of each date.'));
      const counts = new Map();
      for (const d of plotted) for (const id of d.entities) counts.set(id, (counts.get(id) || 0) + 1);
      const top = [...counts].sort((a, b) => b[1] - a[1] || names.get(a[0]).localeCompare(names.get(b[0]))).slice(0, filter ? 1 : 15).map(([id]) => id);
      if (filter && !top.includes(filter)) top.unshift(filter);
      const entityRows = top.map(id => ({ label: names.get(id), dates: plotted.filter(d => d.entities.includes(id)) })).filter(r => r.dates.length);
      root.append(el('div', { id: 'by-entity' }, entityRows.length ? chart(entityRows, ax) : el('p', { class: 'muted' }, 'No entity is named beside a dated event.')));
    }
    root.append(apartTable('Year unknown', shown.filter(d => d.apart === 'unknown-year'), names, articleName, 'The article gives the day or month but no year, and no publication date to take it from.'));
    root.append(apartTable('Durations', shown.filter(d => d.apart === 'duration'), names, articleName, 'Lengths of time, not points in time.'));
    root.append(apartTable('Not resolved', shown.filter(d => d.apart === 'unresolved'), names, articleName, 'Relative dates News Lens could not pin to the calendar.'));
  }

  window.addEventListener('message', (e) => { if (e.data?.type === 'timeline') { data = e.data.data; render(); } });
  let resize;
  window.addEventListener('resize', () => { clearTimeout(resize); resize = setTimeout(render, 150); });
  vscode.postMessage({ type: 'ready' });
})();
