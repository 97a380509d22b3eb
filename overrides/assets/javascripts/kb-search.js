// The search box: Material's box and result list, searching the site's Pagefind index (pagefind/).
// README "Search" describes the whole; hooks/search.py writes the index.
//
// Nothing is fetched until the reader focuses the box or presses its shortcut (/, s or f): then Pagefind
// and the synonym groups (search/synonyms.json.gz) load, and each query fetches only the index chunks of its
// words and one fragment per page shown.
//
// A query is read as a Korean student types it:
// - a particle or ending is dropped from a Korean word ("파라미터의" -> "파라미터"; "결과" stays, its stem
//   would be one syllable). The index matches a query word as the start of a word, so "파라미터" still
//   finds "파라미터의", and a word being typed finds the words it begins;
// - a query that is a name of a synonym group ("합성곱", "Discriminator", "장단기 메모리") searches the
//   group's token, which the index gave every section naming the group; the concept's page comes first;
//   a glossary group's words (no concept page: "생성자") are searched as typed too, so a page that writes
//   the reader's own word comes before one that writes only another word of the group;
// - a glued word that nothing matches is split into two that do ("기울기소실" -> "기울기 소실");
// - several words are searched one by one: the pages holding more of them come first, then the higher
//   scores added, as Meilisearch and Algolia rank by words ("학습 회고": the note with both, before the
//   many pages with 학습 in their names); a result lists the words it lacks.
// Pagefind weighs a page's length at 0.25 instead of its 0.75 (RANKING): a concept page is about 60 words
// and a note about 800, and at 0.75 a concept page naming a word once came before a note's section on it.
// Each result is a page, then its matching sections, with the query's words highlighted; a result's link
// carries them (?h=) to highlight them on the page it opens.
(function () {
  "use strict";
  var form = document.forms.namedItem("kb-search");
  var toggle = document.getElementById("__search");
  if (!form || !toggle) return; // search is off
  var config = JSON.parse(document.getElementById("__config").textContent);
  var base = new URL(config.base, location.href);
  var input = form.elements.query;
  var output = form.parentElement.querySelector(".md-search-result");
  var meta = output.querySelector(".md-search-result__meta");
  var list = output.querySelector(".md-search-result__list");
  var scroller = form.parentElement.querySelector(".md-search__scrollwrap");

  var PAUSE = 300; // ms without a key after an answer: the reader has paused
  var PAGE = 10; // pages shown at a time, as Material does; more as the list is scrolled
  var FIRST = 5; // shown as soon as their data is in; the rest of the first ten follow
  var SECTIONS = 3; // sections shown under a page; the others behind "더 보기"
  var EXCERPT = 32; // words around the first match
  var HIDDEN = "kbw-"; // id prefix of the words the index adds after a section (hooks/kb/search/documents.py)
  var RANKING = { pageLength: 0.25 };
  // Particles and endings that follow a noun, longest first so "에서" is tried before "서".
  var ENDINGS = [
    "으로부터", "에서부터", "이라는", "이라고", "으로는", "에서는", "에서도", "에게서", "이란", "이나",
    "에서", "에게", "으로", "까지", "부터", "보다", "처럼", "마다", "라는", "하는", "하기", "하여", "해서",
    "하고", "와는", "과는", "에는", "로는", "에도", "이다", "란", "은", "는", "이", "가", "을", "를", "의",
    "에", "로", "와", "과", "도", "만", "나", "한", "된",
  ];
  var HANGUL = /[\uac00-\ud7a3]/;
  var HANGUL_ONLY = /^[\uac00-\ud7a3]+$/;
  var LATIN_THEN_HANGUL = /^([a-z0-9]+)([\uac00-\ud7a3]+)$/;
  var KEY_DROPS = /[\s\-_/·]+/g; // as query_key() in hooks/kb/search/synonyms.py

  var loading = null; // Promise of {pagefind, synonyms}
  var earlyGroups = null; // the synonym groups once in: the box's first answer may still be loading (early())
  var asked = null; // the last query taken from the box
  var waiting = null; // the newest query not yet searched
  var busy = false;
  var shown = null; // the answer on screen: {query, plan, results, items, more}
  var settled = null; // the query the reader paused on: searched with every word
  var pause = null; // the timer of the pause after an answer that left a word for later

  // Pagefind's script asks for its index entry (pagefind-entry.json), then for the index's metadata and its
  // WebAssembly, whose names the entry gives: one after the other. The build writes those names here
  // (hooks/kb/search/pagefind_index.py, once the index is written), so all of them are asked for at
  // once, with the script: the entry under the cache tag Pagefind is given (a new one each page view, as
  // Pagefind's own). Each is a preload, which Pagefind's own fetch then takes, in the browser's memory even
  // while it is still arriving. A name of an older index (a script cached across a new build) costs a
  // request, and Pagefind asks for the right file itself.
  var PAGEFIND_FILES = [];
  function preload(path) {
    var link = document.createElement("link");
    link.rel = "preload";
    link.as = "fetch";
    link.crossOrigin = "anonymous"; // as fetch() asks: same-origin credentials, CORS mode
    link.href = new URL(path, base).href;
    document.head.appendChild(link);
  }

  function load() {
    if (!loading) loading = PAGEFIND_FILES === null ? indexWritten().then(fetchIndex) : fetchIndex();
    return loading;
  }

  // A first `mkdocs serve` serves the pages before the search index is written (hooks/search.py): its
  // script then names no file of the index (null), and the synonym groups' file says `indexing` until the
  // index is in place. The box says so, asks again each second, and searches once it is there: asked for
  // before, Pagefind's files would answer 404 and the box would stay broken until the page was reloaded.
  // When Pagefind failed, the file says `unavailable` until an edit's build writes an index: the box says
  // search is unavailable, and keeps asking.
  var INDEXING = "검색 색인을 만드는 중입니다. 잠시 후 결과를 보여 드립니다.";
  var UNAVAILABLE = "검색 색인을 만들지 못해 지금은 검색할 수 없습니다. 노트를 저장하면 다시 만듭니다.";
  var STARTING = meta.textContent; // Material's line while search starts
  function indexWritten() {
    return groups().then(function (synonyms) {
      if (!synonyms.indexing && !synonyms.unavailable) {
        if (meta.textContent === INDEXING || meta.textContent === UNAVAILABLE) meta.textContent = STARTING;
        return;
      }
      meta.textContent = synonyms.unavailable ? UNAVAILABLE : INDEXING;
      return new Promise(function (resolve) { setTimeout(resolve, 1000); }).then(indexWritten);
    });
  }

  function fetchIndex() {
    var tag = String(Date.now());
    ["pagefind-entry.json?ts=" + tag].concat(PAGEFIND_FILES || []).forEach(function (name) {
      preload("pagefind/" + name);
    });
    var pagefind = pagefindScript().then(function (script) { return import(script); }).then(function (module) {
      // In the page, not Pagefind's worker: a query takes its WebAssembly a few milliseconds, and the
      // worker would cost one more script (41 KB) and its start before the first results. Its files'
      // folder is given: imported from the unpacked text, the script cannot tell where it came from.
      var options = { basePath: new URL("pagefind/", base).href, baseUrl: "/", noWorker: true, ranking: RANKING,
        metaCacheTag: tag };
      return module.options(options).then(function () { return module.init(); }).then(function () {
        return module;
      });
    });
    var synonyms = groups().then(named);
    synonyms.then(function (groups) { earlyGroups = groups; early(); });
    var loaded = Promise.all([pagefind, synonyms]).then(function (both) {
      return { pagefind: both[0], synonyms: both[1] };
    });
    // Pagefind reads each query with a grapheme segmenter, whose first making in a page costs 10-30 ms
    // (the browser loads its break rules): made while the files arrive, once they are asked for, not
    // before the first query.
    setTimeout(function () {
      if (window.Intl && Intl.Segmenter) new Intl.Segmenter(document.documentElement.lang || "ko", { granularity: "grapheme" });
    });
    return loaded;
  }

  // The synonym groups, gzipped by the build as Pagefind keeps its own files, so that a server that
  // compresses nothing sends them small too (36 -> 10 KB); the plain copy for a browser that cannot unpack
  // them. A server that marks .gz files as compressed has them unpacked by the browser already.
  function groups() {
    var gzipped = typeof DecompressionStream === "function";
    return fetch(new URL("search/synonyms.json" + (gzipped ? ".gz" : ""), base)).then(function (r) {
      if (!r.ok) return { groups: [] };
      if (!gzipped) return r.json();
      return unpacked(r).then(function (plain) { return plain.json(); });
    });
  }

  // Pagefind's script, the same way: the build keeps a gzipped copy beside it (pagefind_index.py), which
  // a server that compresses nothing sends as 13 KB, not 46; imported from the unpacked text. The plain
  // script for a browser that cannot unpack it, or when the copy is missing (an index of an older build).
  function pagefindScript() {
    var plain = new URL("pagefind/pagefind.js", base).href;
    if (typeof DecompressionStream !== "function") return Promise.resolve(plain);
    return fetch(new URL("pagefind/pagefind.js.gz", base)).then(function (r) {
      if (!r.ok) return plain;
      return unpacked(r).then(function (text) { return text.blob(); }).then(function (script) {
        return URL.createObjectURL(new Blob([script], { type: "text/javascript" }));
      });
    }, function () { return plain; });
  }

  // A fetched .gz file's text, unpacked unless the server marked it compressed (the browser has then).
  function unpacked(response) {
    return response.arrayBuffer().then(function (bytes) {
      var head = new Uint8Array(bytes.slice(0, 2));
      var body = new Blob([bytes]).stream();
      if (head[0] === 0x1f && head[1] === 0x8b) body = body.pipeThrough(new DecompressionStream("gzip"));
      return new Response(body);
    });
  }

  // The query -----------------------------------------------------------------------------------------

  function key(text) { return text.toLowerCase().replace(KEY_DROPS, ""); }

  // Which group each name is, by its key (the first group that has it, as query_key() in
  // hooks/kb/search/synonyms.py): made here from the groups' words, not fetched.
  function named(synonyms) {
    synonyms.names = Object.create(null);
    synonyms.chunks = Object.create(null); // token: the index chunks Pagefind reads to search it
    synonyms.groups.forEach(function (group, number) {
      if (group.chunks) synonyms.chunks[group.token] = group.chunks;
      group.words.forEach(function (word) {
        if (!(key(word) in synonyms.names)) synonyms.names[key(word)] = number;
      });
    });
    return synonyms;
  }

  function withoutEnding(word) {
    var mixed = LATIN_THEN_HANGUL.exec(word);
    if (mixed) return ENDINGS.indexOf(mixed[2]) >= 0 ? [mixed[1]] : [mixed[1], mixed[2]];
    if (!HANGUL_ONLY.test(word)) return [word];
    for (var i = 0; i < ENDINGS.length; i++) {
      var ending = ENDINGS[i];
      if (word.length - ending.length >= 2 && word.slice(-ending.length) === ending) {
        return [word.slice(0, -ending.length)];
      }
    }
    return [word];
  }

  // The group whose Korean name a word of three syllables or more begins, when only one group's does: the
  // reader is typing it. Null for a name itself, or a start several groups share.
  function begins(word, synonyms) {
    var typed = key(word);
    if (typed.length < 3 || !HANGUL_ONLY.test(typed) || typed in synonyms.names) return null;
    var found = null;
    for (var name in synonyms.names) {
      if (name.slice(0, typed.length) !== typed) continue;
      if (found !== null && found !== synonyms.names[name]) return null;
      found = synonyms.names[name];
    }
    return found === null ? null : synonyms.groups[found];
  }

  // The group a Latin word of five letters or more is one typo from, as a concept's page reads a name with
  // one typo (hooks/kb/concepts/aliases.py): a letter changed or two swapped, or, in a word of six letters
  // or more, one missing or extra; not a word an ending makes of a name (`transformed`), nor a guess
  // between two groups. Null for a name itself.
  var INFLECTIONS = ["ed", "ing", "ly", "er", "es"];
  function misspelt(word, synonyms) {
    var typed = key(word);
    if (typed.length < 5 || !/^[a-z][a-z0-9]*$/.test(typed) || typed in synonyms.names) return null;
    var found = null;
    for (var name in synonyms.names) {
      if (name.length < 5 || Math.abs(name.length - typed.length) > 1 || !oneEdit(typed, name)) continue;
      if (name.length !== typed.length && Math.min(name.length, typed.length) < 6) continue;
      if (INFLECTIONS.some(function (e) { return typed.endsWith(e) && !name.endsWith(e); })) continue;
      if (found !== null && found !== synonyms.names[name]) return null;
      found = synonyms.names[name];
    }
    return found === null ? null : synonyms.groups[found];
  }

  // Damerau-Levenshtein distance exactly 1: one letter changed, added, removed, or two next to each other swapped.
  function oneEdit(a, b) {
    if (a === b || Math.abs(a.length - b.length) > 1) return false;
    if (a.length === b.length) {
      var diff = [];
      for (var i = 0; i < a.length && diff.length < 3; i++) if (a[i] !== b[i]) diff.push(i);
      return diff.length === 1 || (diff.length === 2 && diff[1] === diff[0] + 1 &&
        a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]]);
    }
    var short = a.length < b.length ? a : b, long = a.length < b.length ? b : a;
    for (var j = 0; j < long.length; j++) if (long.slice(0, j) + long.slice(j + 1) === short) return true;
    return false;
  }

  // {terms: what Pagefind searches, shown: the same as the reader typed them, marks: words to highlight,
  //  page: the concept page to put first, later: a word left for the reader's pause}; `paused`: the reader
  //  paused on this query, nothing is left for later.
  function plan(query, synonyms, paused) {
    var typed = query.toLowerCase().split(/\s+/).filter(Boolean);
    if (/["]/.test(query)) return { terms: [query.trim()], shown: [query.trim()], marks: typed, page: null };
    var group = function (text) {
      var number = synonyms.names[key(text)];
      return number === undefined ? null : synonyms.groups[number];
    };
    var words = [];
    typed.forEach(function (word) {
      Array.prototype.push.apply(words, group(word) ? [word] : withoutEnding(word));
    });
    var whole = group(words.join("")) || group(query);
    if (whole) {
      var planned = { terms: [whole.token], shown: [query.trim()], marks: words.concat(whole.words), page: whole.page };
      // A glossary group has no page: the words as typed are searched too, and count above the group's
      // other words (파라미터 before parameter).
      if (!whole.page) planned.either = [words.join(" ")];
      return planned;
    }
    var begun = words.length === 1 ? begins(words[0], synonyms) : null;
    if (begun) {
      // A Korean name being typed (`옵티마` of 옵티마이저): the notes that write the group's other names
      // (`Optimizer`) too, beside the words that begin so.
      return { terms: [begun.token], either: [words[0]], shown: [query.trim()], marks: [words[0]].concat(begun.words), page: null };
    }
    var meant = words.length === 1 ? misspelt(words[0], synonyms) : null;
    if (meant) {
      // A name with one typo (`transfomer`): its group, and the word as typed, which Pagefind alone would
      // answer with the pages of a shorter word it starts with (`t`).
      return { terms: [meant.token], either: [words[0]], shown: [query.trim()], marks: meant.words.slice(), page: meant.page };
    }
    var later = null;
    if (words.length > 1) {
      // A letter typed after other words ("Softmax L") waits for its second: as a prefix it would ask
      // for every word that starts with it.
      words = words.filter(function (word) { return !/^[a-z0-9]$/.test(word); });
      // A syllable typed after other words ("Markov 가", on the way to "Markov 가정") is searched once
      // the reader pauses: as a whole word it is in most notes (가 in 3000 of 5000), and searching it
      // took a key 100-150 ms; the other words are answered at once.
      var last = words[words.length - 1];
      if (!paused && words.length > 1 && last.length === 1 && HANGUL.test(last)) later = words.pop();
    }
    var marks = words.filter(function (word) { return word.length > 1; }); // one syllable: most words hold it
    var terms = words.map(function (word) {
      var named = group(word);
      // One character ("가", typed on the way to "가정") is searched as a whole word: as a prefix it
      // would load the index of most words (seconds on 5000 notes).
      if (!named && word.length === 1) return '"' + word + '"';
      if (!named) return word;
      Array.prototype.push.apply(marks, named.words);
      return named.token;
    });
    return { terms: terms, shown: words, marks: marks, page: null, later: later };
  }

  // Searching -----------------------------------------------------------------------------------------

  // Each step of an answer as a User Timing measure ("kb-search pagefind", "kb-search fragments",
  // "kb-search draw"), in the browser's performance panel and for the search benchmark
  // (tests/bench/bench_search.py); the oldest are dropped past a few hundred.
  var measured = 0;
  function measure(step, start, detail) {
    if (!performance.measure) return;
    try {
      performance.measure("kb-search " + step, { start: start, end: performance.now(), detail: detail });
      if (++measured > 500) {
        ["pagefind", "fragments", "draw"].forEach(function (name) { performance.clearMeasures("kb-search " + name); });
        measured = 0;
      }
    } catch (error) { /* a browser without measure options: nothing is recorded */ }
  }

  // What Pagefind found for a search, kept while the reader types: the next key often asks for it again
  // ("forget" of "forget g"), and a result keeps its page's data once asked. Forgotten past a few hundred.
  var searched = new Map();

  function remember(map, key, make) {
    if (!map.has(key)) {
      if (map.size > 300) map.clear();
      map.set(key, make());
    }
    return map.get(key);
  }

  var asking = false; // Pagefind was asked a query: it fetches the chunks itself from now
  var preloaded = Object.create(null); // chunks asked for, as the synonym groups name them

  function search(pagefind, terms) {
    asking = true;
    var query = terms.join(" ");
    return remember(searched, query, function () {
      var start = performance.now();
      return pagefind.search(query).then(function (found) {
        // Pagefind's scoring alone (its `timings.search`), then the rest: the word's index chunks.
        measure("pagefind", start, { terms: query, pages: found.results.length,
          scoring: found.timings && found.timings[0] ? found.timings[0].search : null });
        return found.results;
      }, function (error) {
        searched.delete(query); // not kept: the next key asks again
        throw error;
      });
    });
  }

  // Pagefind's results for the plan, best first, each {result, missing: [words it lacks]}. Several words
  // are searched one by one: a page holding more of them comes first, then the higher scores added, so a
  // page about one of them strongly still shows, after the pages with all.
  async function find(pagefind, planned) {
    var terms = planned.terms;
    if (planned.either) {
      // The token or the words: each page once, its scores added.
      var merged = {};
      var found = await Promise.all([terms].concat(planned.either.map(function (w) { return [w]; }))
        .map(function (t) { return search(pagefind, t); }));
      found.forEach(function (results) {
        results.forEach(function (r) {
          var entry = merged[r.id] || (merged[r.id] = { result: r, results: [], score: 0, missing: [] });
          entry.results.push(r);
          entry.score += r.score;
        });
      });
      return Object.keys(merged).map(function (id) { return merged[id]; })
        .sort(function (a, b) { return b.score - a.score; });
    }
    if (terms.length > 1) {
      var byPage = {};
      var each = await Promise.all(terms.map(function (term) { return search(pagefind, [term]); }));
      each.forEach(function (found, n) {
        found.forEach(function (r) {
          var entry = byPage[r.id] || (byPage[r.id] = { result: r, results: [], score: 0, has: {} });
          entry.results.push(r);
          entry.score += r.score;
          entry.has[n] = true;
        });
      });
      return Object.keys(byPage).map(function (id) {
        var entry = byPage[id];
        entry.missing = planned.shown.filter(function (_, n) { return !entry.has[n]; });
        return entry;
      }).sort(function (a, b) { return a.missing.length - b.missing.length || b.score - a.score; });
    }
    var results = await search(pagefind, terms);
    if (!results.length && HANGUL_ONLY.test(terms[0])) {
      // A glued word nothing matches: the first split into two words that match together.
      for (var i = 2; i <= terms[0].length - 2 && !results.length; i++) {
        var parts = [terms[0].slice(0, i)].concat(withoutEnding(terms[0].slice(i)));
        results = await search(pagefind, parts);
        if (results.length) Array.prototype.push.apply(planned.marks, parts);
      }
    }
    return results.map(function (r) { return { result: r, results: [r], missing: [] }; });
  }

  // A result's page and sections, from Pagefind's fragment: the page's text, where each section (a heading
  // anchor) and each part of hidden words begin, and where the query's words are.
  function item(found, data, marker) {
    var words = data.content.split(/\s+/);
    var title = data.meta.title || "";
    var regions = [{ title: title, id: null, start: 0, text: title.split(/\s+/).filter(Boolean).length }];
    data.anchors.slice().sort(function (a, b) { return a.location - b.location; }).forEach(function (anchor) {
      var last = regions[regions.length - 1];
      if (anchor.id && anchor.id.indexOf(HIDDEN) === 0) {
        if (last.visible === undefined) last.visible = anchor.location;
      } else if (/^h[1-6]$/.test(anchor.element) && anchor.id) {
        last.end = anchor.location;
        regions.push({ title: anchor.text, id: anchor.id, start: anchor.location,
          text: anchor.location + anchor.text.split(/\s+/).filter(Boolean).length });
      }
    });
    regions[regions.length - 1].end = words.length;
    var url = new URL(data.url.replace(/^\//, ""), base);
    var scores = data.weighted_locations || [];
    regions.forEach(function (region) {
      if (region.visible === undefined || region.visible > region.end) region.visible = region.end;
      region.score = 0;
      region.first = null;
      scores.forEach(function (hit) {
        if (hit.location < region.start || hit.location >= region.end) return;
        region.score += hit.balanced_score || hit.weight || 1;
        if (region.first === null && hit.location >= region.text && hit.location < region.visible) region.first = hit.location;
      });
    });
    var page = regions[0];
    var sections = regions.slice(1).filter(function (r) { return r.score > 0; }).sort(function (a, b) { return b.score - a.score; });
    return {
      url: url,
      path: decodeURIComponent(url.pathname),
      title: title,
      heading: marker(title),
      score: found.result.score,
      text: page.score > 0 ? excerpt(words, page, marker) : "",
      missing: found.missing,
      sections: sections.map(function (r) {
        var link = new URL(url);
        link.hash = "#" + r.id;
        return { url: link, title: r.title, heading: marker(r.title), score: r.score, text: excerpt(words, r, marker) };
      }),
    };
  }

  function excerpt(words, region, marker) {
    var from = region.text, to = region.visible;
    if (to - from > EXCERPT) {
      var at = region.first;
      if (at === null) {
        var first = marker.first(words.slice(from, to));
        at = first === null ? from : from + first;
      }
      from = Math.max(from, Math.min(at - Math.floor(EXCERPT / 3), to - EXCERPT));
      to = Math.min(to, from + EXCERPT);
    }
    var text = words.slice(from, to).join(" ");
    if (!text) return "";
    return (from > region.text ? "… " : "") + marker(text) + (to < region.visible ? " …" : "");
  }

  function escapeHtml(text) {
    return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
  }

  // text -> HTML with the words in <mark>: a Latin word where a word starts, Korean anywhere in a word. A
  // name of several words (`batch normalization`, `배치 정규화`, `tf-idf`; `batch_normalization` in a link's
  // ?h=) is marked however the text spaces it, as the groups' names are compared (query_key): with a space,
  // a hyphen or nothing between its words (`Batch Normalization`, `배치정규화`, `TF-IDF`).
  var BETWEEN = "[\\s\\-_·]*";
  function highlighter(marks) {
    var terms = marks.filter(Boolean)
      .sort(function (a, b) { return b.length - a.length; })
      .map(function (t) {
        var parts = t.split(/[\s\-_]+/).filter(Boolean).map(function (w) { return w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"); });
        return parts.length ? (HANGUL.test(parts[0][0]) ? "" : "\\b") + parts.join(BETWEEN) : null;
      })
      .filter(Boolean);
    var pattern = terms.length ? new RegExp(terms.join("|"), "gi") : null;
    var marker = function (text) {
      if (!pattern) return escapeHtml(text);
      var html = "", last = 0, match;
      pattern.lastIndex = 0;
      while ((match = pattern.exec(text)) !== null) {
        if (!match[0]) { pattern.lastIndex++; continue; }
        html += escapeHtml(text.slice(last, match.index)) + "<mark>" + escapeHtml(match[0]) + "</mark>";
        last = match.index + match[0].length;
      }
      return html + escapeHtml(text.slice(last));
    };
    // The index of the first of `words` that a match starts in (a name of several words included), or null.
    marker.first = function (words) {
      if (!pattern) return null;
      var text = words.join(" ");
      pattern.lastIndex = 0;
      var match = pattern.exec(text);
      return match ? text.slice(0, match.index).split(" ").length - 1 : null;
    };
    return marker;
  }

  // A concept page as its result shows it, from the synonym groups (its title and opening words, which
  // the build gives each concept's group): what a query that names the concept finds first.
  function conceptItem(group, marker) {
    var url = new URL(group.page, base);
    var words = group.text.split(/\s+/).filter(Boolean);
    var region = { text: 0, visible: words.length, first: null };
    return { url: url, path: decodeURIComponent(url.pathname), title: group.title, heading: marker(group.title),
      score: 0, missing: [], sections: [],
      text: excerpt(words, region, marker) };
  }

  // While Pagefind loads (its script, WebAssembly and metadata, then the query's index chunks and each
  // result's fragment: 0.4 s on a 10 Mbit/s link at 5000 notes), a query that names a concept shows its
  // page at once, from the synonym groups, which come in first; the line above the list still says search
  // is starting (Material's 검색 초기화), and the first whole answer takes its place.
  function early() {
    if (!earlyGroups || shown) return;
    var query = input.value;
    var planned = query.trim() ? plan(query, earlyGroups, false) : { page: null, terms: [] };
    if (!asking) {
      // The chunks of each token the query searches, asked for now, beside Pagefind's own files: Pagefind
      // would ask for them once its metadata is in, a round trip later (80 ms on a 10 Mbit/s, 40 ms link).
      planned.terms.forEach(function (term) {
        (earlyGroups.chunks[term] || []).forEach(function (chunk) {
          if (!preloaded[chunk]) preload("pagefind/index/" + (preloaded[chunk] = chunk) + ".pf_index");
        });
      });
    }
    var group = planned.page && earlyGroups.groups.filter(function (g) { return g.page === planned.page; })[0];
    list.innerHTML = "";
    if (group && group.title !== undefined) {
      list.appendChild(render(conceptItem(group, highlighter(planned.marks)), planned.marks));
    }
  }

  // The answer to `query`, or null when a newer query came meanwhile: its pages' data is not fetched.
  async function answer(query) {
    var loaded = await load();
    if (waiting !== null) return null; // typed on while Pagefind loaded: only the newest is searched
    var planned = plan(query, loaded.synonyms, query === settled);
    if (!planned.terms.length) return { query: query, planned: planned, found: [], items: [] };
    var found = await find(loaded.pagefind, planned);
    if (waiting !== null) return null;
    var fetching = performance.now();
    var items = await details(found.slice(0, FIRST), planned);
    measure("fragments", fetching, { query: query, pages: Math.min(FIRST, found.length) });
    if (planned.page) {
      var first = items.findIndex(function (i) { return i.path === new URL(planned.page, base).pathname; });
      if (first > 0) items.unshift(items.splice(first, 1)[0]);
    }
    return { query: query, planned: planned, found: found, items: items };
  }

  function details(found, planned) {
    var marker = highlighter(planned.marks);
    return Promise.all(found.map(function (f) {
      // A page found by several words: its text once, the places of each word's matches together.
      return Promise.all(f.results.map(data)).then(function (each) {
        var merged = Object.assign({}, each[0].page);
        merged.weighted_locations = [].concat.apply([], each.map(function (d) { return d.places; }));
        return item(f, merged, marker);
      });
    }));
  }

  // A result's page and the places of its word's matches ({page, places}). Pagefind keeps one object per
  // page and writes each result's places into it as its data is asked for: two results of one page (the
  // words of a query, a group's token and the word as typed) would both read the last one's places, and
  // the sections only the other word matches went unshown (`그라디언트`: the note's 그레디언트). A page's
  // results are read one after another, each result's places copied before the next is asked.
  var reading = new Map(); // page -> its last result's data asked for
  function data(result) {
    if (!result.kbData) {
      var before = reading.get(result.id) || Promise.resolve();
      result.kbData = before.then(function () { return result.data(); }).then(function (page) {
        return { page: composed(page), places: (page.weighted_locations || []).slice() };
      });
      reading.set(result.id, result.kbData.catch(function () {}));
      if (reading.size > 300) reading.clear();
    }
    return result.kbData;
  }

  // The index holds Korean decomposed, each syllable as its letters (hooks/kb/search/documents.py): a
  // page's text, title and sections are composed again, as the page writes them.
  function composed(page) {
    page.content = page.content.normalize("NFC");
    page.meta.title = (page.meta.title || "").normalize("NFC");
    page.anchors.forEach(function (anchor) {
      anchor.text = (anchor.text || "").normalize("NFC");
      if (anchor.id) anchor.id = anchor.id.normalize("NFC");
    });
    return page;
  }

  // The result list, as Material draws it ---------------------------------------------------------------

  function translate(key, count) {
    var text = config.translations[key] || "";
    return count === undefined ? text : text.replace("#", String(count));
  }

  function element(tag, attributes, html) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) { node.setAttribute(name, attributes[name]); });
    if (html !== undefined) node.innerHTML = html;
    return node;
  }

  function link(url, terms, score, build) {
    var href = new URL(url);
    if (config.features.indexOf("search.highlight") >= 0 && terms.length) href.searchParams.set("h", terms.join(" "));
    var anchor = element("a", { href: href.href, class: "md-search-result__link", tabindex: "-1" });
    var article = element("article", { class: "md-search-result__article md-typeset", "data-md-score": score.toFixed(2) });
    build(article);
    anchor.appendChild(article);
    return anchor;
  }

  function render(item, marks) {
    // The words for the opened page (?h=, words apart by spaces): a name of several words as one, joined by _.
    var terms = marks.map(function (t) { return t.trim().replace(/\s+/g, "_"); }).filter(function (t, n, all) {
      return t && all.indexOf(t) === n;
    });
    var li = element("li", { class: "md-search-result__item" });
    li.appendChild(link(item.url, terms, item.score, function (article) {
      article.classList.add("md-search-result__article--document");
      article.appendChild(element("div", { class: "md-search-result__icon md-icon" }));
      article.appendChild(element("h1", {}, item.heading));
      if (item.text) article.appendChild(element("p", {}, item.text));
      if (item.missing.length) {
        article.appendChild(element("p", { class: "md-search-result__terms" },
          escapeHtml(translate("search.result.term.missing")) + ": " +
          item.missing.map(function (w) { return "<del>" + escapeHtml(w) + "</del>"; }).join(" ")));
      }
    }));
    var sections = item.sections.map(function (section) {
      return link(section.url, terms, section.score, function (article) {
        article.appendChild(element("h2", {}, section.heading));
        if (section.text) article.appendChild(element("p", {}, section.text));
      });
    });
    sections.slice(0, SECTIONS).forEach(function (a) { li.appendChild(a); });
    var rest = sections.slice(SECTIONS);
    if (rest.length) {
      var more = element("details", { class: "md-search-result__more" });
      var label = rest.length === 1 ? translate("search.result.more.one") : translate("search.result.more.other", rest.length);
      var summary = element("summary", { tabindex: "-1" });
      summary.appendChild(element("div", {}, escapeHtml(label)));
      more.appendChild(summary);
      rest.forEach(function (a) { more.appendChild(a); });
      li.appendChild(more);
    }
    return li;
  }

  function show(answered) {
    var drawing = performance.now();
    shown = answered;
    shown.more = answered.items.length;
    var count = answered.found.length;
    meta.textContent = !answered.query.trim() ? translate("search.result.placeholder")
      : count === 0 ? translate("search.result.none")
      : count === 1 ? translate("search.result.one") : translate("search.result.other", count);
    list.innerHTML = "";
    answered.items.forEach(function (i) { list.appendChild(render(i, answered.planned.marks)); });
    output.setAttribute("data-kb-answered", answered.query); // which query the list shows (tests read it)
    measure("draw", drawing, { query: answered.query });
    if (answered.more < PAGE) more(answered, PAGE - answered.more);
    clearTimeout(pause);
    if (answered.planned.later) pause = setTimeout(settle, PAUSE, answered);
  }

  // The reader paused on an answer that left a word for later: it is asked again with every word.
  function settle(answered) {
    if (shown !== answered || input.value !== answered.query) return;
    settled = answered.query;
    asked = null;
    take();
  }

  // `count` more pages of the answer on screen, appended when their data is in.
  function more(answered, count) {
    if (answered.loadingMore || answered.more >= answered.found.length) return;
    answered.loadingMore = true;
    details(answered.found.slice(answered.more, answered.more + count), answered.planned).then(function (items) {
      answered.loadingMore = false;
      if (shown !== answered) return;
      answered.more += items.length;
      items.forEach(function (i) { list.appendChild(render(i, answered.planned.marks)); });
      showMore();
    });
  }

  // More pages as the reader scrolls to the end of the list.
  function showMore() {
    if (!shown || !toggle.checked || scroller.scrollTop + scroller.clientHeight < scroller.scrollHeight - 100) return;
    more(shown, PAGE);
  }

  // Each query in turn; one that a newer query replaced while it waited is skipped, and an answer is
  // shown only if no newer query is waiting.
  function take() {
    early();
    var query = input.value;
    if (query === asked) return;
    asked = query;
    waiting = query;
    if (!busy) next();
  }

  function next() {
    if (waiting === null) { busy = false; return; }
    busy = true;
    var query = waiting;
    waiting = null;
    var done = query.trim() ? answer(query) : Promise.resolve({ query: query, planned: { marks: [] }, found: [], items: [] });
    done.then(function (answered) {
      if (answered && waiting === null) show(answered);
    }, function (error) {
      meta.textContent = translate("search.result.none");
      if (window.console) console.error(error);
    }).then(next);
  }

  // The box, as Material's works ----------------------------------------------------------------------

  function open() {
    toggle.checked = true;
    load();
  }

  function close() {
    toggle.checked = false;
    input.blur();
  }

  function typing(target) {
    return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement ||
      target instanceof HTMLSelectElement || (target && target.isContentEditable);
  }

  input.addEventListener("focus", open);
  input.addEventListener("input", take);
  input.addEventListener("keyup", take); // an input method's last syllable may come with a key-up only
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function () {
    setTimeout(function () { take(); input.focus(); });
  });
  scroller.addEventListener("scroll", showMore, { passive: true });
  document.querySelectorAll("header [for=__search]").forEach(function (label) {
    label.addEventListener("click", function () { setTimeout(function () { input.focus(); }); });
  });
  output.addEventListener("click", function (event) {
    if (event.target instanceof Element && event.target.closest("a")) toggle.checked = false;
  });

  window.addEventListener("keydown", function (event) {
    if (event.metaKey || event.ctrlKey || event.altKey || event.isComposing) return;
    var active = document.activeElement;
    if (!toggle.checked) {
      if (["/", "s", "f"].indexOf(event.key) >= 0 && !typing(active)) {
        event.preventDefault();
        open();
        input.focus();
        input.select();
      }
      return;
    }
    switch (event.key) {
      case "Enter":
        if (active === input) {
          event.preventDefault();
          var best = list.querySelector(".md-search-result__link");
          if (best) best.click();
        }
        break;
      case "Escape":
      case "Tab":
        close();
        break;
      case "ArrowUp":
      case "ArrowDown":
        var stops = [input].concat(Array.prototype.slice.call(
          list.querySelectorAll(":not(details) > [href], summary, details[open] [href]")));
        var at = Math.max(0, stops.indexOf(active));
        stops[(at + stops.length + (event.key === "ArrowUp" ? -1 : 1)) % stops.length].focus();
        event.preventDefault();
        break;
      default:
        if (active !== input && !typing(active)) input.focus();
    }
  });

  // The words a result carried (?h=) highlighted on the page it opened; again after each instant load.
  function highlightPage() {
    var words = new URL(location.href).searchParams.get("h");
    var content = document.querySelector(".md-content");
    if (!words || !content) return;
    var marker = highlighter(words.split(/\s+/).filter(Boolean));
    var walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    var found = [];
    for (var node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.parentElement || node.parentElement.closest("mark, script, style, math")) continue;
      var html = marker(node.textContent);
      if (html !== escapeHtml(node.textContent)) found.push([node, html]);
    }
    found.forEach(function (pair) {
      var span = document.createElement("span");
      span.innerHTML = pair[1].replace(/<mark>/g, "<mark data-md-highlight>");
      pair[0].replaceWith.apply(pair[0], Array.prototype.slice.call(span.childNodes));
    });
  }
  if (typeof document$ !== "undefined") document$.subscribe(highlightPage);
  else highlightPage();

  // A link with ?q= opens the box with that query, as Material's does.
  var asked_in_link = new URL(location.href).searchParams.get("q");
  if (asked_in_link) {
    input.value = asked_in_link;
    open();
    input.focus();
    take();
  }
})();
