// Japanese in the documentation site (used by scripts/docs-typedoc-plugin.mjs):
//  - `lang="ja"` on every run of Japanese text, so that browsers and screen readers use Japanese
//    fonts and voices (the pages are `lang="en"`);
//  - a search that finds Japanese words. TypeDoc's search (lunr) splits on spaces, and Japanese
//    has none, so 予約申請中 is one "word" of a whole sentence. Each page's Japanese text is kept
//    in assets/search-ja.js, and search-ja.html finds the pages that contain the words typed, as
//    a substring; every page's sidebar has a box that opens it.

/** Japanese characters: kana, CJK ideographs, fullwidth forms and Japanese punctuation. */
const JA = '\\u3000-\\u303f\\u3040-\\u30ff\\u3400-\\u4dbf\\u4e00-\\u9fff\\uff00-\\uffef';
const JA_RUN = new RegExp(`[${JA}](?:[${JA}0-9 ]*[${JA}])?`, 'g');
const HAS_JA = new RegExp(`[${JA}]`);
const RAW = new Set(['script', 'style', 'title', 'textarea', 'svg']);

/** Wraps each run of Japanese in the text of an HTML page in `<span lang="ja">`. */
export function markJapanese(html) {
  const parts = html.split(/(<[^>]*>)/);
  let raw = null;
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i];
    if (part.startsWith('<')) {
      const m = /^<(\/?)([a-zA-Z0-9-]+)/.exec(part);
      if (m) {
        const tag = m[2].toLowerCase();
        if (raw === null && m[1] === '' && RAW.has(tag) && !part.endsWith('/>')) raw = tag;
        else if (m[1] === '/' && tag === raw) raw = null;
      }
    } else if (raw === null && HAS_JA.test(part)) {
      parts[i] = part.replace(JA_RUN, (run) => `<span lang="ja">${run}</span>`);
    }
  }
  return parts.join('');
}

/** The text of a page's content column (not the navigation), tags removed, entities decoded. */
export function contentText(html) {
  const start = html.indexOf('<div class="col-content">');
  const end = html.indexOf('<div class="col-sidebar">', start);
  const content = start === -1 ? html : html.slice(start, end === -1 ? undefined : end);
  return content
    .replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ')
    .replace(/<[^>]*>/g, '')
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&')
    .normalize('NFKC');
}

/** The Japanese of a text, its runs one per line (what the Japanese search looks in). */
export function japaneseOf(text) {
  return [...new Set(text.match(JA_RUN) ?? [])].join('\n');
}

/** The page's title, without the site's name. */
export function titleOf(html) {
  return (/<title>([^<|]*)/.exec(html)?.[1] ?? '').trim();
}

/** The search box put at the top of every page's sidebar. */
export function searchBox(relativeRoot) {
  return `<form class="ja-search" action="${relativeRoot}search-ja.html" method="get" role="search" style="margin:0 0 1rem">` +
    '<label for="ja-search-q" style="display:block;font-size:0.85em">日本語で検索 <span lang="en">(Japanese search)</span></label>' +
    '<input id="ja-search-q" name="q" type="search" lang="ja" placeholder="日本語の言葉" style="width:100%;box-sizing:border-box"></form>';
}

/** The page search-ja.html: a box, and the pages whose Japanese text contains what was typed. */
export function searchPage() {
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>日本語で検索 | yoyaku-rules</title><link rel="stylesheet" href="assets/style.css"></head>
<body><main style="max-width:60rem;margin:2rem auto;padding:0 1rem">
<p><a href="index.html">yoyaku-rules</a></p>
<h1><span lang="ja">日本語で検索</span> — Japanese search</h1>
<form id="ja-search-form" role="search"><input id="q" name="q" type="search" lang="ja" autofocus placeholder="日本語の言葉" style="width:100%;font-size:1.2em"></form>
<p id="count" aria-live="polite"></p>
<ol id="results"></ol>
</main>
<script src="assets/search-ja.js"></script>
<script>
(function () {
  var pages = window.YOYAKU_JA_PAGES || [];
  var q = document.getElementById('q');
  var list = document.getElementById('results');
  var count = document.getElementById('count');
  function render() {
    var query = q.value.normalize('NFKC').trim();
    list.textContent = '';
    if (!query) { count.textContent = ''; return; }
    var words = query.split(/[\\s\\u3000、,]+/).filter(Boolean);
    var found = pages.filter(function (p) { return words.every(function (w) { return p.ja.indexOf(w) !== -1; }); });
    count.textContent = found.length + (found.length === 1 ? ' page' : ' pages');
    found.forEach(function (p) {
      var li = document.createElement('li');
      li.className = 'ja-result';
      var a = document.createElement('a');
      a.href = p.url; a.textContent = p.title;
      var at = p.ja.indexOf(words[0]);
      var line = p.ja.slice(p.ja.lastIndexOf('\\n', at) + 1, (p.ja.indexOf('\\n', at) + 1 || p.ja.length + 1) - 1);
      var snippet = document.createElement('div');
      snippet.lang = 'ja'; snippet.textContent = line.length > 80 ? line.slice(0, 80) + '…' : line;
      li.appendChild(a); li.appendChild(snippet);
      list.appendChild(li);
    });
  }
  var initial = new URLSearchParams(location.search).get('q');
  if (initial) q.value = initial;
  q.addEventListener('input', render);
  document.getElementById('ja-search-form').addEventListener('submit', function (e) { e.preventDefault(); render(); });
  render();
})();
</script></body></html>
`;
}
