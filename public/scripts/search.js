// Search, as an enhancement of the plain form on /search/: the query runs in the browser against the
// Pagefind index that `npm run build` writes to /pagefind/ (same origin; nothing is fetched from elsewhere).
// Results are built as DOM nodes; an excerpt's markup is reduced to text and <mark>, so nothing from the
// index is ever parsed into live HTML.

const form = document.querySelector('[data-search-form]');
const input = form?.querySelector('input[name="q"]');
const status = document.querySelector('[data-search-status]');
const list = document.querySelector('[data-search-results]');
const nojs = document.querySelector('[data-search-nojs]');

/** What kind of page a result is, from its path. */
function kindOf(url) {
  if (url.startsWith('/quotes/')) return 'Quote';
  if (url.startsWith('/people/')) return 'Person';
  if (url.startsWith('/organizations/')) return 'Organization';
  if (url.startsWith('/articles/')) return 'Article';
  if (url.startsWith('/topics/')) return 'Topic';
  return 'Page';
}

/** The excerpt as text and <mark> nodes only. */
function excerptNodes(html) {
  const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = [];
  for (const node of doc.body.childNodes) {
    if (node.nodeName === 'MARK') {
      const mark = document.createElement('mark');
      mark.textContent = node.textContent;
      out.push(mark);
    } else {
      out.push(document.createTextNode(node.textContent ?? ''));
    }
  }
  return out;
}

let pagefind = null;
async function load() {
  if (!pagefind) {
    pagefind = await import('/pagefind/pagefind.js');
    await pagefind.options({ excerptLength: 24 });
  }
  return pagefind;
}

/** Words of a text, for matching: lower case, letters and digits only, accents taken away. */
function wordsOf(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * The quotes of an article result that hold every word searched for (as a word or the start of one).
 * Quote pages are not indexed on their own (that would double the index for text the articles already
 * hold): an article lists its statements in the `quotes` meta ("<id> <speaker> | …", the ids without the
 * "<article id>--" they start with), and the index keeps each statement's text as an anchor, by its id.
 */
function quotesFound(data, query) {
  const terms = wordsOf(query);
  if (terms.length === 0) return [];
  const article = /^\/articles\/([^/]+)\/$/.exec(data.url)?.[1];
  const quotes = new Map();
  for (const entry of (data.meta?.quotes ?? '').split(' | ')) {
    const [id, ...name] = entry.trim().split(/\s+/);
    if (!id) continue;
    const who = name.join(' ') || null;
    quotes.set(id, who);
    if (article) quotes.set(`${article}--${id}`, who);
  }
  const found = [];
  for (const anchor of data.anchors ?? []) {
    if (!quotes.has(anchor.id)) continue;
    const words = (anchor.text ?? '').split(/\s+/).filter(Boolean);
    const keys = words.map((word) => wordsOf(word));
    const hit = (term) => keys.some((parts) => parts.some((part) => part.startsWith(term)));
    if (!terms.every(hit)) continue;
    const matched = new Set(keys.flatMap((parts, i) => (parts.some((part) => terms.some((term) => part.startsWith(term))) ? [i] : [])));
    found.push({ id: anchor.id, who: quotes.get(anchor.id), words, matched });
  }
  return found;
}

/** A quote's words as text and <mark> nodes, cut to about 30 words around the first word found. */
function quoteExcerpt(words, matched) {
  const first = Math.min(...matched);
  const from = Math.max(0, first - 10);
  const to = Math.min(words.length, from + 30);
  const out = [];
  if (from > 0) out.push(document.createTextNode('… '));
  for (let i = from; i < to; i++) {
    if (i > from) out.push(document.createTextNode(' '));
    if (matched.has(i)) {
      const mark = document.createElement('mark');
      mark.textContent = words[i];
      out.push(mark);
    } else out.push(document.createTextNode(words[i]));
  }
  if (to < words.length) out.push(document.createTextNode(' …'));
  return out;
}

/** One result: its kind, a link, and an excerpt (DOM nodes). */
function resultItem(kind, href, title, excerpt) {
  const item = document.createElement('li');
  const label = document.createElement('span');
  label.className = 'result-kind';
  label.textContent = kind;
  const link = document.createElement('a');
  link.href = href;
  link.className = 'result-title';
  link.textContent = title;
  const text = document.createElement('p');
  text.className = 'result-excerpt';
  text.append(...excerpt);
  item.append(label, link, text);
  return item;
}

/** Quotes listed under each article that holds them, at most this many. */
const quotesPerArticle = 5;

let latest = 0;
async function run(query) {
  const ticket = ++latest;
  list.replaceChildren();
  if (!query.trim()) {
    status.textContent = '';
    return;
  }
  status.textContent = 'Searching…';
  let found;
  try {
    const engine = await load();
    const search = await engine.search(query);
    found = await Promise.all(search.results.slice(0, 30).map((r) => r.data()));
  } catch {
    if (ticket === latest) status.textContent = 'The search index could not be loaded. Browse the lists below instead.';
    return;
  }
  if (ticket !== latest) return;
  const items = [];
  for (const data of found) {
    items.push(resultItem(kindOf(data.url), data.url, data.meta?.title ?? data.url, excerptNodes(data.excerpt ?? '')));
    for (const quote of quotesFound(data, query).slice(0, quotesPerArticle)) {
      const words = quote.words.join(' ');
      const short = words.length > 110 ? `${words.slice(0, 109).replace(/\s+\S*$/, '')}…` : words;
      items.push(resultItem('Quote', `/quotes/${quote.id}/`, quote.who ? `${quote.who}: “${short}”` : `“${short}”`, quoteExcerpt(quote.words, quote.matched)));
    }
  }
  status.textContent = items.length === 0 ? `Nothing matches “${query}”.` : `${items.length}${found.length === 30 ? '+' : ''} result${items.length === 1 ? '' : 's'} for “${query}”.`;
  list.append(...items);
}

if (form && input && status && list) {
  if (nojs) nojs.hidden = true;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const url = new URL(location.href);
    url.searchParams.set('q', input.value);
    history.replaceState(null, '', url);
    run(input.value);
  });
  const initial = new URL(location.href).searchParams.get('q');
  if (initial) {
    input.value = initial;
    run(initial);
  }
}
