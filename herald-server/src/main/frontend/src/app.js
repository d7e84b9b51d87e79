// Herald dashboard: one page, five tabs, all data from the same-origin REST API (/api/...).
import * as echarts from 'echarts/core';
import { BarChart, LineChart } from 'echarts/charts';
import { GridComponent, LegendComponent, TooltipComponent } from 'echarts/components';
import { CanvasRenderer } from 'echarts/renderers';
import cytoscape from 'cytoscape';
import { loadClaims, renderEventClaims } from './claims.js';

// Register only what the timeline draws, so the bundle does not carry all of ECharts.
echarts.use([BarChart, LineChart, GridComponent, LegendComponent, TooltipComponent, CanvasRenderer]);

const PAGE_SIZE = 50;
const TABS = ['events', 'claims', 'timeline', 'network', 'submit'];
const QUADS = { 1: 'verbal cooperation', 2: 'material cooperation', 3: 'verbal conflict', 4: 'material conflict' };

const $ = (id) => document.getElementById(id);
const state = { offset: 0, total: 0, chart: null, cy: null, timelineLoaded: false, networkLoaded: false, claimsLoaded: false };

// ---------------------------------------------------------------- helpers

function truncate(s, n) {
  const t = String(s ?? '');
  return t.length > n ? `${t.slice(0, n - 1)}…` : t;
}

function fmtGoldstein(g) {
  return g == null || Number.isNaN(Number(g)) ? '' : Number(g).toFixed(1);
}

function cell(text, { title, cls } = {}) {
  const td = document.createElement('td');
  td.textContent = text ?? '';
  if (title) td.title = title;
  if (cls) td.className = cls;
  return td;
}

function showError(message) {
  $('error-text').textContent = message;
  $('error-banner').hidden = false;
}

function hideError() {
  $('error-banner').hidden = true;
}

// Every user action goes through run(): a stale banner is cleared, any failure is shown.
function run(action) {
  hideError();
  return action().catch((e) => showError(e.message || String(e)));
}

// fetch + JSON; a non-2xx answer becomes an Error carrying the server's {"error"} text when present.
async function api(path, options) {
  let res;
  try {
    res = await fetch(path, options);
  } catch (e) {
    throw new Error(`${path}: ${e.message}`);
  }
  const text = await res.text();
  let body = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    if (res.ok) throw new Error(`${path}: response is not JSON`);
  }
  if (!res.ok) throw new Error((body && body.error) || `${res.status} ${res.statusText || 'error'} (${path})`);
  return body;
}

// ---------------------------------------------------------------- tabs

function showTab(name) {
  for (const t of TABS) {
    $(`view-${t}`).hidden = t !== name;
    $(`tab-${t}`).classList.toggle('active', t === name);
    $(`tab-${t}`).setAttribute('aria-selected', String(t === name));
  }
  // Charts measure their container, so they are built (or resized) only once it is visible.
  if (name === 'timeline') {
    if (state.timelineLoaded) state.chart?.resize();
    else run(loadTimeline);
  }
  if (name === 'network') {
    if (state.networkLoaded) state.cy?.resize();
    else run(loadNetwork);
  }
  if (name === 'claims' && !state.claimsLoaded) run(showClaims);
}

// ---------------------------------------------------------------- quotes and figures view

async function showClaims() {
  await loadClaims(api, $, (id) => run(() => openEvent(id)));
  state.claimsLoaded = true;
}

// From the claims tables: the events tab with that event's panel open.
async function openEvent(id) {
  const e = await api(`/api/events/${encodeURIComponent(id)}`);
  showTab('events');
  renderDetail(e);
}

// ---------------------------------------------------------------- events view

function filterParams() {
  const fields = { from: 'f-from', to: 'f-to', actor: 'f-actor', code: 'f-code', root: 'f-root', quad: 'f-quad', q: 'f-q' };
  const p = new URLSearchParams();
  for (const [key, id] of Object.entries(fields)) {
    const v = $(id).value.trim();
    if (v && v !== 'all') p.set(key, v);
  }
  if ($('f-distinct').checked) p.set('distinct', 'true');
  p.set('limit', PAGE_SIZE);
  p.set('offset', state.offset);
  return p;
}

async function loadEvents() {
  const page = await api(`/api/events?${filterParams()}`);
  state.total = page.total ?? 0;
  const tbody = $('events-table').tBodies[0];
  tbody.replaceChildren(...(page.events || []).map(eventRow));
  $('events-count').textContent = `${state.total} ${$('f-distinct').checked ? 'real events' : 'events'}`;
  const shown = page.events?.length || 0;
  $('page-info').textContent = shown ? `showing ${state.offset + 1}–${state.offset + shown}` : '';
  $('page-prev').disabled = state.offset === 0;
  $('page-next').disabled = state.offset + PAGE_SIZE >= state.total;
}

function eventRow(e) {
  const tr = document.createElement('tr');
  tr.className = e.negated ? 'event-row negated' : 'event-row';
  tr.dataset.id = e.id;
  const g = Number(e.goldstein);
  tr.append(
    cell(e.date, { title: eventDate(e) }),
    cell(e.source, { title: e.source_text, cls: 'code' }),
    cell(e.code, { title: e.code_name, cls: 'code' }),
    cell(e.target, { title: e.target_text, cls: 'code' }),
    cell(fmtGoldstein(e.goldstein), { cls: `num ${g > 0 ? 'pos' : g < 0 ? 'neg' : ''}` }),
    cell(e.plover_type),
    cell(truncate(e.span, 90), { title: e.span }),
    cell(e.num_mentions == null ? '' : String(e.num_mentions), { cls: 'num' }),
  );
  return tr;
}

// "2026-01-12 – 2026-01-17 (week: “Earlier this week”)", or "2026-01-17 (article date)" when the story gives none.
function eventDate(e) {
  if (!e.date) return '';
  const days = e.date_end && e.date_end !== e.date ? `${e.date} – ${e.date_end}` : e.date;
  if (!e.date_precision || e.date_precision === 'article') return `${days} (article date)`;
  return `${days} (${e.date_precision}: “${e.date_text ?? ''}”)`;
}

function changePage(delta) {
  state.offset = Math.max(0, state.offset + delta * PAGE_SIZE);
  return loadEvents();
}

// ---------------------------------------------------------------- event detail

async function openDetail(row) {
  for (const r of document.querySelectorAll('tr.event-row.selected')) r.classList.remove('selected');
  row.classList.add('selected');
  renderDetail(await api(`/api/events/${encodeURIComponent(row.dataset.id)}`));
}

function renderDetail(e) {
  const a = e.article || {};
  const fields = [
    ['source', 'Source', `${e.source ?? ''} — ${e.source_text ?? ''}`],
    ['target', 'Target', `${e.target ?? ''} — ${e.target_text ?? ''}`],
    ['code', 'Code', `${e.code ?? ''} ${e.code_name ?? ''}${e.negated ? ' (negated)' : ''}`],
    ['goldstein', 'Goldstein', fmtGoldstein(e.goldstein)],
    ['quad', 'Quad class', e.quad_class ? `${e.quad_class} – ${QUADS[e.quad_class] || ''}` : ''],
    ['plover', 'PLOVER', e.plover_type],
    ['pattern', 'Produced by', `${(e.pattern || '').startsWith('model:') ? 'learned model' : 'pattern'} ${e.pattern ?? ''}`],
    ['confidence', 'Confidence', e.confidence == null ? '— (no model)' : Number(e.confidence).toFixed(2)],
    ['model', 'Model types', e.model_types || '—'],
    ['trigger', 'Trigger', e.trigger],
    ['attributed', 'Attributed to', e.attributed_to || '—'],
    ['article', 'Article', `${a.title || e.article_id || ''}${a.source ? ` (${a.source})` : ''}`],
    ['when', 'Event date', eventDate(e)],
    ['date', 'Article date', a.date || ''],
    ['mentions', 'Real event', e.num_mentions == null ? '' :
      `#${e.merged_id}: ${e.num_mentions} mentions in ${e.num_articles} articles from ${e.num_sources} sources`],
  ];
  $('detail-fields').replaceChildren(...fields.flatMap(([key, label, value]) => {
    const dt = document.createElement('dt');
    dt.textContent = label;
    const dd = document.createElement('dd');
    dd.id = `d-${key}`;
    dd.textContent = value ?? '';
    return [dt, dd];
  }));
  $('detail-id').textContent = `#${e.id}`;
  $('evidence').replaceChildren(...highlightEvidence(e.evidence || e.span || '', e));
  $('explanation').textContent = e.explanation || '';
  $('article-body').textContent = a.body || '';
  renderEventClaims(e, $);
  $('mentions-list').replaceChildren(...(e.mentions || []).map(mentionItem));
  $('event-detail').hidden = false;
}

// One mention of the real event, as text: where it was reported, and whether that article repeats an earlier one.
function mentionItem(m) {
  const li = document.createElement('li');
  li.className = 'mention';
  li.textContent = `${m.article_id}${m.source_name ? ` (${m.source_name})` : ''}, ${m.date}, sentence ${m.sentence}`
    + `${m.near_duplicate_of ? `, near-duplicate of ${m.near_duplicate_of}` : ''}`;
  return li;
}

// Finds a phrase case-insensitively, preferring a whole-word hit, skipping spots already marked.
function findPhrase(text, phrase, taken) {
  const quoted = phrase.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const patterns = [new RegExp(`(?<![\\p{L}\\p{N}])${quoted}(?![\\p{L}\\p{N}])`, 'giu'), new RegExp(quoted, 'gi')];
  for (const re of patterns) {
    for (const m of text.matchAll(re)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!taken.some((r) => start < r.end && r.start < end)) return { start, end };
    }
  }
  return null;
}

// Marks are placed by character ranges on the raw sentence and every piece becomes a text node: data from the
// store is never parsed as HTML, so markup in an article shows as the characters it is.
function highlightEvidence(text, e) {
  const ranges = [];
  for (const [cls, phrase] of [['hl-source', e.source_text], ['hl-target', e.target_text], ['hl-trigger', e.trigger]]) {
    const hit = phrase && phrase.trim() ? findPhrase(text, phrase.trim(), ranges) : null;
    if (hit) ranges.push({ ...hit, cls });
  }
  ranges.sort((x, y) => x.start - y.start);
  const nodes = [];
  let at = 0;
  for (const r of ranges) {
    const mark = document.createElement('mark');
    mark.className = r.cls;
    mark.textContent = text.slice(r.start, r.end);
    nodes.push(document.createTextNode(text.slice(at, r.start)), mark);
    at = r.end;
  }
  nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}

// ---------------------------------------------------------------- timeline view

async function loadTimeline() {
  const a = $('dyad-a').value.trim();
  const b = $('dyad-b').value.trim();
  const params = new URLSearchParams({ a, b, interval: $('dyad-interval').value });
  const rows = (await api(`/api/dyad?${params}`)) || [];
  state.timelineLoaded = true;
  $('timeline-note').textContent = rows.length ? `${a} ↔ ${b}, ${rows.length} periods` : `No events between ${a} and ${b}.`;
  drawTimeline(rows);
}

function drawTimeline(rows) {
  state.chart ??= echarts.init($('timeline-chart'));
  state.chart.setOption({
    tooltip: { trigger: 'axis' },
    legend: { top: 0 },
    grid: { left: 50, right: 60, top: 40, bottom: 30 },
    xAxis: { type: 'category', data: rows.map((r) => r.period) },
    yAxis: [
      { type: 'value', name: 'events', minInterval: 1 },
      { type: 'value', name: 'Goldstein', min: -10, max: 10, splitLine: { show: false } },
    ],
    series: [
      { name: 'Cooperation', type: 'bar', data: rows.map((r) => r.cooperation), itemStyle: { color: '#2c8a3c' } },
      { name: 'Conflict', type: 'bar', data: rows.map((r) => r.conflict), itemStyle: { color: '#c0392b' } },
      {
        name: 'Mean Goldstein', type: 'line', yAxisIndex: 1, smooth: false,
        data: rows.map((r) => (r.mean_goldstein == null ? null : Number(Number(r.mean_goldstein).toFixed(2)))),
        itemStyle: { color: '#2f5d9e' },
      },
    ],
  }, true);
  $('timeline-chart').dataset.periods = rows.length; // lets browser tests see the chart was fed
}

// ---------------------------------------------------------------- network view

// Goldstein runs -10..10: red for conflict, green for cooperation, grey around zero.
function goldsteinColor(g) {
  const grey = [158, 158, 158];
  if (g == null || Math.abs(g) < 0.5) return `rgb(${grey})`;
  const full = g < 0 ? [214, 39, 40] : [44, 160, 44];
  const t = 0.45 + 0.55 * Math.min(1, Math.abs(g) / 10); // weak signals stay visibly tinted
  return `rgb(${full.map((c, i) => Math.round(grey[i] + (c - grey[i]) * t))})`;
}

function networkElements(graph) {
  const nodes = new Map((graph.nodes || []).map((n) => [n.id, n]));
  const edges = graph.edges || [];
  // An edge to an actor outside the top-N node list would make Cytoscape throw: add it bare.
  for (const e of edges) for (const id of [e.source, e.target]) if (!nodes.has(id)) nodes.set(id, { id, events: 0 });
  const maxNode = Math.max(1, ...[...nodes.values()].map((n) => n.events || 0));
  const maxEdge = Math.max(1, ...edges.map((e) => e.events || 0));
  return [
    ...[...nodes.values()].map((n) => ({
      data: { id: n.id, events: n.events || 0, size: 16 + 54 * Math.sqrt((n.events || 0) / maxNode) },
    })),
    ...edges.map((e) => ({
      data: {
        id: `${e.source}>${e.target}`, source: e.source, target: e.target, events: e.events,
        goldstein: e.mean_goldstein, width: 1 + 8 * ((e.events || 0) / maxEdge), color: goldsteinColor(e.mean_goldstein),
      },
    })),
  ];
}

async function loadNetwork() {
  const graph = await api('/api/network?limit=100');
  state.networkLoaded = true;
  state.cy?.destroy();
  state.cy = cytoscape({
    container: $('network-graph'),
    elements: networkElements(graph || {}),
    layout: { name: 'cose', animate: false },
    style: [
      {
        selector: 'node',
        style: {
          label: 'data(id)', width: 'data(size)', height: 'data(size)', 'background-color': '#4a6fa5',
          'font-size': 10, 'text-valign': 'bottom', 'text-margin-y': 3, color: '#1d2330',
        },
      },
      {
        selector: 'edge',
        style: {
          width: 'data(width)', 'line-color': 'data(color)', 'target-arrow-color': 'data(color)',
          'target-arrow-shape': 'triangle', 'curve-style': 'bezier', opacity: 0.85,
        },
      },
      { selector: ':selected', style: { 'border-width': 3, 'border-color': '#ffb000', 'line-color': '#ffb000' } },
    ],
  });
  state.cy.on('tap', 'node, edge', (evt) => describeElement(evt.target.data()));
  $('network-graph').dataset.nodes = state.cy.nodes().length;
  $('network-graph').dataset.edges = state.cy.edges().length;
}

function describeElement(d) {
  $('network-info').textContent = d.source
    ? `${d.source} → ${d.target}: ${d.events} events, mean Goldstein ${fmtGoldstein(d.goldstein)}`
    : `${d.id}: ${d.events} events`;
}

// ---------------------------------------------------------------- submit view

// Corpus files open with " date YYYY-MM-DD ID", then a title line, then the body.
const FILE_HEADER = /^\s*date\s+(\d{4}-\d{2}-\d{2})\s+(\S+)\s*$/i;

function parseArticleFile(raw) {
  const lines = raw.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
  const m = FILE_HEADER.exec(lines[0]);
  if (!m) return { text: lines.join('\n') };
  return { date: m[1], id: m[2], title: (lines[1] || '').trim(), text: lines.slice(2).join('\n').trim() };
}

async function loadFile() {
  const file = $('s-file').files[0];
  if (!file) return;
  const article = parseArticleFile(await file.text());
  $('s-text').value = article.text;
  if (article.date) {
    $('s-date').value = article.date;
    $('s-id').value = article.id;
    $('s-title').value = article.title;
  }
}

// Empty fields are left out so the server can apply its own defaults.
function articleFromForm() {
  const body = {};
  for (const [key, id] of [['id', 's-id'], ['date', 's-date'], ['title', 's-title'], ['text', 's-text'], ['source', 's-source']]) {
    const v = $(id).value.trim();
    if (v) body[key] = v;
  }
  return body;
}

// A server listening beyond loopback wants its API token on every write; the replace box allows overwriting an
// article already stored under the same id (otherwise the server answers 409).
async function submitArticle() {
  const status = $('submit-status');
  status.className = '';
  status.textContent = 'Coding…';
  $('s-submit').disabled = true;
  try {
    const headers = { 'Content-Type': 'application/json' };
    const token = $('s-token').value.trim();
    if (token) headers.Authorization = `Bearer ${token}`;
    const res = await api(`/api/articles${$('s-replace').checked ? '?replace=true' : ''}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(articleFromForm()),
    });
    const events = res?.events || [];
    renderSubmitted(events);
    status.textContent = `${events.length} events coded`;
    status.dataset.articleId = res?.article_id ?? '';
  } catch (e) {
    status.className = 'error';
    status.textContent = e.message;
    throw e;
  } finally {
    $('s-submit').disabled = false;
  }
  // New events change every view: reload the table now, the charts when next opened.
  state.timelineLoaded = false;
  state.networkLoaded = false;
  state.claimsLoaded = false;
  state.offset = 0;
  await loadEvents();
}

function renderSubmitted(events) {
  const table = $('submit-events');
  table.tBodies[0].replaceChildren(...events.map((e) => {
    const tr = document.createElement('tr');
    tr.className = 'submit-event-row';
    tr.dataset.id = e.id;
    tr.append(
      cell(e.source, { title: e.source_text, cls: 'code' }),
      cell(e.code, { title: e.code_name, cls: 'code' }),
      cell(e.target, { title: e.target_text, cls: 'code' }),
      cell(e.span),
    );
    return tr;
  }));
  table.hidden = events.length === 0;
}

// ---------------------------------------------------------------- wiring

function onSubmit(id, action) {
  $(id).addEventListener('submit', (ev) => {
    ev.preventDefault();
    run(action);
  });
}

function init() {
  for (const t of TABS) $(`tab-${t}`).addEventListener('click', () => showTab(t));
  $('error-close').addEventListener('click', hideError);
  onSubmit('filters', () => { state.offset = 0; return loadEvents(); });
  onSubmit('dyad-form', loadTimeline);
  onSubmit('claims-filters', showClaims);
  onSubmit('submit-form', submitArticle);
  $('page-prev').addEventListener('click', () => run(() => changePage(-1)));
  $('page-next').addEventListener('click', () => run(() => changePage(1)));
  $('events-table').tBodies[0].addEventListener('click', (ev) => {
    const row = ev.target.closest('tr.event-row');
    if (row) run(() => openDetail(row));
  });
  $('detail-close').addEventListener('click', () => { $('event-detail').hidden = true; });
  $('s-file').addEventListener('change', () => run(loadFile));
  window.addEventListener('resize', () => { state.chart?.resize(); state.cy?.resize(); });
  showTab('events');
  run(loadEvents);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', init);
else init();
