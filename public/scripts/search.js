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
  status.textContent = found.length === 0 ? `Nothing matches “${query}”.` : `${found.length}${found.length === 30 ? '+' : ''} result${found.length === 1 ? '' : 's'} for “${query}”.`;
  for (const data of found) {
    const item = document.createElement('li');
    const kind = document.createElement('span');
    kind.className = 'result-kind';
    kind.textContent = kindOf(data.url);
    const link = document.createElement('a');
    link.href = data.url;
    link.className = 'result-title';
    link.textContent = data.meta?.title ?? data.url;
    const excerpt = document.createElement('p');
    excerpt.className = 'result-excerpt';
    excerpt.append(...excerptNodes(data.excerpt ?? ''));
    item.append(kind, link, excerpt);
    list.append(item);
  }
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
