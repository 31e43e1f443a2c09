// The site's search, in the browser: almanac writes the index into search/ while it builds
// (generator/search/search_index.cc); this script reads only the parts a query needs. Without
// it the search forms stay hidden and the search page says how else to find entries.
(function () {
  'use strict';

  for (const form of document.querySelectorAll('[data-site-search], [data-search-form]')) {
    form.hidden = false;
  }
  const results = document.querySelector('[data-search-results]');
  if (!results || !window.almanacStem) return;

  const base = results.dataset.index;
  const root = results.dataset.root;
  const perPage = 10;
  const fetched = new Map();  // url → promise of its JSON

  function load(name) {
    if (!fetched.has(name)) {
      fetched.set(name, fetch(base + name).then((response) => {
        if (!response.ok) throw new Error(response.status + ' ' + name);
        return response.json();
      }));
    }
    return fetched.get(name);
  }

  // The words of a text as the index has them (generator/locale/search_words.cc): letters and
  // digits, lower case, ё as е.
  function words(text) {
    return (text.toLowerCase().replace(/ё/g, 'е').match(/[\p{L}\p{N}]+/gu) || []);
  }

  // The shards that may hold `stem` (and, for a prefix, the stems after it): the index lists
  // each shard's first stem, in order.
  function shardsOf(index, stem, prefix) {
    const firsts = index.shards;
    let low = 0, high = firsts.length - 1, found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if (firsts[middle] <= stem) {
        found = middle;
        low = middle + 1;
      } else {
        high = middle - 1;
      }
    }
    const shards = found < 0 ? [] : [found];
    // Stems that begin with a prefix may go on into the next shards.
    for (let next = found + 1; prefix && next < firsts.length && firsts[next].startsWith(stem) &&
         shards.length < 3; next++) {
      shards.push(next);
    }
    return shards;
  }

  // document → weight for one query word; the last word also matches longer stems (the reader
  // may still be typing it), at half weight.
  async function scoresFor(index, word, isLast) {
    const stem = window.almanacStem.stem(word);
    const prefix = isLast && Array.from(word).length >= 3;
    const scores = new Map();
    const shards = await Promise.all(
        shardsOf(index, stem, prefix).map((shard) => load('terms-' + shard + '.json')));
    for (const [term, postings] of shards.flatMap((terms) => Object.entries(terms))) {
      let factor = 0;
      if (term === stem) {
        factor = 1;
      } else if (prefix && term.startsWith(stem)) {
        factor = 0.5;
      }
      if (!factor) continue;
      let id = 0;
      for (let i = 0; i < postings.length; i += 2) {
        id += postings[i];  // each document is written as the step from the one before
        scores.set(id, Math.max(scores.get(id) || 0, postings[i + 1] * factor));
      }
    }
    return scores;
  }

  async function search(query) {
    const index = await load('index.json');
    const queryWords = words(query);
    if (queryWords.length === 0) return { stems: [], documents: [] };
    const perWord = await Promise.all(queryWords.map(
        (word, i) => scoresFor(index, word, i === queryWords.length - 1)));
    // Every word must match; documents that match better come first, newer ones on a tie.
    const total = new Map(perWord[0]);
    for (const scores of perWord.slice(1)) {
      for (const document of Array.from(total.keys())) {
        if (scores.has(document)) {
          total.set(document, total.get(document) + scores.get(document));
        } else {
          total.delete(document);
        }
      }
    }
    const documents = Array.from(total.entries())
        .sort((a, b) => b[1] - a[1] || a[0] - b[0])
        .map((entry) => entry[0]);
    return { stems: queryWords.map((w) => window.almanacStem.stem(w)), documents, index };
  }

  function found(count) {
    const form = new Intl.PluralRules(results.dataset.lang).select(count);
    const pattern = results.dataset['found' + form[0].toUpperCase() + form.slice(1)] ||
        results.dataset.foundOther;
    return pattern.replace('#', count.toLocaleString(results.dataset.lang));
  }

  // The snippet, with the words that match the query marked.
  function snippet(text, stems) {
    const paragraph = document.createElement('p');
    paragraph.className = 'summary';
    for (const part of text.split(/([\p{L}\p{N}]+)/u)) {
      const word = words(part)[0];
      if (word && stems.includes(window.almanacStem.stem(word))) {
        const mark = document.createElement('mark');
        mark.textContent = part;
        paragraph.append(mark);
      } else {
        paragraph.append(part);
      }
    }
    return paragraph;
  }

  async function row(index, id, stems) {
    const rows = await load('docs-' + Math.floor(id / index.per_file) + '.json');
    const [path, title, kind, date, summary] = rows[id % index.per_file];
    const item = document.createElement('li');
    item.className = 'search-result';
    const heading = document.createElement('h2');
    const link = document.createElement('a');
    link.href = root + path;
    link.textContent = title;
    heading.append(link);
    const meta = document.createElement('p');
    meta.className = 'meta';
    meta.textContent = date ? kind + ' · ' + date : kind;
    item.append(heading, meta);
    if (summary) item.append(snippet(summary, stems));
    return item;
  }

  let current = 0;  // the latest search: an older one that finishes late shows nothing

  async function show(query) {
    const mine = ++current;
    results.replaceChildren();
    if (!query.trim()) return;
    let result;
    try {
      result = await search(query);
    } catch (error) {
      if (mine === current) results.textContent = results.dataset.failed;
      return;
    }
    if (mine !== current) return;
    const count = document.createElement('p');
    count.className = 'count';
    count.textContent = result.documents.length ? found(result.documents.length)
                                               : results.dataset.empty;
    const list = document.createElement('ol');
    list.className = 'search-results-list';
    results.replaceChildren(count, list);
    let shown = 0;
    const more = document.createElement('button');
    more.type = 'button';
    more.className = 'more';
    more.textContent = results.dataset.more;
    async function showMore() {
      const next = result.documents.slice(shown, shown + perPage);
      shown += next.length;
      const items = await Promise.all(next.map((id) => row(result.index, id, result.stems)));
      if (mine !== current) return;
      list.append(...items);
      if (shown >= result.documents.length) more.remove();
    }
    more.addEventListener('click', showMore);
    await showMore();
    if (mine === current && shown < result.documents.length) results.append(more);
  }

  const form = document.querySelector('[data-search-form]');
  const input = form && form.querySelector('input[name="q"]');
  const query = new URLSearchParams(window.location.search).get('q') || '';
  if (input) {
    input.value = query;
    let timer = 0;
    input.addEventListener('input', () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        const url = new URL(window.location.href);
        url.searchParams.set('q', input.value);
        window.history.replaceState(null, '', url);
        show(input.value);
      }, 200);
    });
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      show(input.value);
    });
  }
  show(query);
})();
