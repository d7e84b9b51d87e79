// Quotes and figures: the Claims tab (two tables from /api/quotes and /api/figures) and the lists in an event's panel.
// Every piece of stored text goes into the page as a text node (textContent), never as HTML.

const CLAIMS_LIMIT = 100;

function text(tag, value, cls) {
  const el = document.createElement(tag);
  el.textContent = value ?? '';
  if (cls) el.className = cls;
  return el;
}

function number(v) {
  if (v == null) return '';
  const n = Number(v);
  return Number.isInteger(n) ? n.toLocaleString('en-US') : n.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

// "more than 2,600", "24–99", "25%", "3,000,000,000 USD".
export function figureValue(f) {
  const range = f.low != null && f.high != null ? `${number(f.low)}–${number(f.high)}` : number(f.value);
  const q = f.qualifier && f.qualifier !== 'between' ? `${f.qualifier} ` : '';
  const unit = f.unit === 'percent' ? '%' : f.unit && f.unit !== 'persons' ? ` ${f.unit}` : '';
  return `${q}${range}${unit}`;
}

export function speakerLabel(code, words) {
  if (code && words) return `${code} (${words})`;
  return code || words || '—';
}

// A cell of buttons, one per event id, that open the event's panel.
function eventsCell(ids, openEvent) {
  const td = document.createElement('td');
  for (const id of ids) {
    if (id == null) continue;
    const b = text('button', `#${id}`, 'event-link');
    b.type = 'button';
    b.dataset.id = id;
    b.addEventListener('click', () => openEvent(id));
    td.append(b, ' ');
  }
  return td;
}

function quoteRow(q, openEvent) {
  const tr = document.createElement('tr');
  tr.className = 'quote-row';
  tr.append(
    text('td', q.article_id),
    text('td', q.kind),
    text('td', q.speaker || '—', 'code'),
    text('td', q.speaker_text),
    text('td', q.text, 'quoted'),
    eventsCell(q.event_ids || [], openEvent),
  );
  return tr;
}

function figureRow(f, openEvent) {
  const tr = document.createElement('tr');
  tr.className = 'figure-row';
  tr.append(
    text('td', f.article_id),
    text('td', f.category),
    text('td', figureValue(f), 'num'),
    text('td', f.counted),
    text('td', f.among),
    text('td', speakerLabel(f.claimant, f.claimant_text)),
    eventsCell([f.event_id], openEvent),
  );
  return tr;
}

// Loads both tables with the form's filters: article and speaker/claimant for both, a kind for quotes, a category
// for figures.
export async function loadClaims(api, $, openEvent) {
  const common = new URLSearchParams({ limit: CLAIMS_LIMIT });
  for (const [key, id] of [['article', 'c-article'], ['actor', 'c-actor']]) {
    const v = $(id).value.trim();
    if (v) common.set(key, v);
  }
  const q = new URLSearchParams(common);
  const f = new URLSearchParams(common);
  if ($('c-kind').value) q.set('kind', $('c-kind').value);
  const category = $('c-category').value.trim();
  if (category) f.set('kind', category);
  const [quotes, figures] = await Promise.all([api(`/api/quotes?${q}`), api(`/api/figures?${f}`)]);
  $('quotes-table').tBodies[0].replaceChildren(...(quotes.quotes || []).map((x) => quoteRow(x, openEvent)));
  $('figures-table').tBodies[0].replaceChildren(...(figures.figures || []).map((x) => figureRow(x, openEvent)));
  $('quotes-count').textContent = count(quotes, 'quotes');
  $('figures-count').textContent = count(figures, 'figures');
}

function count(page, what) {
  const shown = page[what]?.length || 0;
  return shown < page.total ? `${page.total} ${what}, first ${shown} shown` : `${page.total} ${what}`;
}

// The event panel's lists: the quotes the event was coded inside, and its figures.
export function renderEventClaims(e, $) {
  const quotes = (e.quotes || []).map((q) => {
    const li = document.createElement('li');
    li.className = 'detail-quote';
    li.append(text('span', speakerLabel(q.speaker, q.speaker_text), 'speaker'), ` (${q.kind}): `, text('q', q.text));
    return li;
  });
  const figures = (e.figures || []).map((f) => {
    const li = document.createElement('li');
    li.className = 'detail-figure';
    const claim = f.claimant || f.claimant_text ? `, says ${speakerLabel(f.claimant, f.claimant_text)}` : '';
    // A rate or a sum says its unit already: "25% tariff", not "25% percent (tariff)".
    const measure = f.category === 'percent' || f.category === 'money';
    const what = measure ? (f.counted ? ` ${f.counted}` : '') : ` ${f.category}${f.counted ? ` (${f.counted})` : ''}`;
    const among = f.among ? (measure ? ` (${f.among})` : ` among ${f.among}`) : '';
    li.textContent = `${figureValue(f)}${what}${among}${claim}`;
    return li;
  });
  $('detail-quotes').replaceChildren(...(quotes.length ? quotes : [text('li', '—')]));
  $('detail-figures').replaceChildren(...(figures.length ? figures : [text('li', '—')]));
}
