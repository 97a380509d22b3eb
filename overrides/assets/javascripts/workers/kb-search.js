// Korean queries for Material's search worker, which this worker loads and leaves unchanged (its results,
// highlighting and result list stay Material's). README "Search" describes the whole.
//
// A reader types words with their particles ("파라미터의", "CNN에서") or glued ("기울기소실"); the index holds
// noun stems too (hooks/kb/search/search_index.py adds them at build time). So before Material sees a query:
// - a particle is dropped from a word when the index knows the word without it ("파라미터의" -> "파라미터");
// - a glued word the index does not know is split into two words it knows ("기울기소실" -> "기울기 소실");
// - a query that is a concept's name or alias ("합성곱", "Discriminator") also searches the concept's other
//   one-word names ("cnn", "convolution", "컨볼루션"), and the concept's page is put first in the answer.
// And so that results follow typing on a large site (README "Search"):
// - a query that a newer one has replaced while it waited is dropped: each key-up sends one, and on a
//   1000-note site a one-letter query alone takes longer than the next key-up;
// - Material's worker highlights every section that matches, so only the best RESULT_LIMIT go to it;
// - a one-character word ("가", "m", typed on the way to "가정", "markov") is searched as a whole word, not
//   as the prefix of every word that starts with it, which alone takes half a second on 1000 notes.
"use strict";

var SETUP = 0, QUERY = 2, RESULT = 3; // Material's SearchMessageType
// Particles and endings that follow a noun, longest first so "에서" is tried before "서".
var ENDINGS = [
  "으로부터", "에서부터", "이라는", "이라고", "으로는", "에서는", "에서도", "에게서", "이란", "이나",
  "에서", "에게", "으로", "까지", "부터", "보다", "처럼", "마다", "라는", "하는", "하기", "하여", "해서",
  "하고", "와는", "과는", "에는", "로는", "에도", "이다", "란", "은", "는", "이", "가", "을", "를", "의",
  "에", "로", "와", "과", "도", "만", "나", "한", "된",
];
var HANGUL_END = /[\uac00-\ud7a3]$/;
var HANGUL_ONLY = /^[\uac00-\ud7a3]+$/;
var LATIN_THEN_HANGUL = /^([a-z0-9]+)([\uac00-\ud7a3]+)$/;
var KEY_DROPS = /[\s\-_/·]+/g; // as query_key() in hooks/kb/search/search_index.py
var RESULT_LIMIT = 100; // sections; the list shows 10 pages at a time

var terms = null; // the words of the lunr index, once Material's worker has built it
var concepts = { names: {}, words: {} };
var pending = []; // what was done to each query, in order, until its answer goes out
var waiting = null; // the newest query, not yet handed to Material's worker

function known(word) {
  return terms !== null && Object.prototype.hasOwnProperty.call(terms, word);
}

// "파라미터의" -> "파라미터" when the index holds "파라미터"; "결과" stays: its stem "결" is one syllable and
// "결과" is itself a word of the index.
function withoutParticle(lower) {
  var mixed = LATIN_THEN_HANGUL.exec(lower);
  if (mixed && ENDINGS.indexOf(mixed[2]) >= 0) return mixed[1];
  if (!HANGUL_END.test(lower)) return lower;
  for (var i = 0; i < ENDINGS.length; i++) {
    var ending = ENDINGS[i];
    if (lower.length <= ending.length || lower.slice(-ending.length) !== ending) continue;
    var stem = lower.slice(0, -ending.length);
    if (!known(stem)) continue;
    return stem.length < 2 && known(lower) ? lower : stem;
  }
  return lower;
}

// "기울기소실" -> "기울기 소실" when the index knows both parts (of two syllables or more) and not the whole.
function splitCompound(word) {
  if (known(word) || !HANGUL_ONLY.test(word)) return word;
  for (var i = 2; i <= word.length - 2; i++) {
    var head = word.slice(0, i), tail = withoutParticle(word.slice(i));
    if (known(head) && known(tail)) return head + " " + tail;
  }
  return word;
}

function plainWord(word) {
  return splitCompound(withoutParticle(word.toLowerCase()));
}

// Only plain words are rewritten: a query with quotes, +required/-excluded words, wildcards, boosts or
// fields goes to Material as typed.
function planQuery(query) {
  var words = query.trim().split(/\s+/).filter(Boolean);
  if (!words.length || /["*~^:+]|(^|\s)-/.test(query)) return { query: query, page: null, added: [], named: [] };
  var plain = words.map(plainWord);
  var page = concepts.names[plain.join("").replace(KEY_DROPS, "")] ||
    concepts.names[query.toLowerCase().replace(KEY_DROPS, "")] || null;
  var have = plain.join(" ").split(" ");
  var added = page ? (concepts.words[page] || []).filter(function (w) { return have.indexOf(w) < 0; }) : [];
  var searched = have.map(function (w) { return w.length === 1 ? w + "^1" : w; }); // ^1: no trailing *
  return { query: searched.concat(added).join(" "), page: page, added: added, named: page ? have : [] };
}

// The concept's page first. The added names are not "missing words" of a result, and a result that has
// one of them has the concept the reader named: its query words are not missing either.
function adjustAnswer(result, plan) {
  if (!result || !result.items) return;
  result.items.forEach(function (group) {
    group.forEach(function (item) {
      if (!item.terms) return;
      var named = plan.added.some(function (word) { return item.terms[word]; });
      plan.added.forEach(function (word) { delete item.terms[word]; });
      if (named) plan.named.forEach(function (word) { if (item.terms[word] === false) delete item.terms[word]; });
    });
  });
  if (!plan.page) return;
  for (var i = 0; i < result.items.length; i++) {
    if (result.items[i].some(function (item) { return item.location === plan.page; })) {
      result.items.unshift(result.items.splice(i, 1)[0]);
      return;
    }
  }
}

self.kbPlanQuery = planQuery; // readable from the worker's console

// Registered before Material's worker is loaded, so this listener sees each message first. A query is
// held back until the messages already queued have been seen: only the newest of them is searched.
addEventListener("message", function (event) {
  var message = event.data;
  if (!message || message.kbPlanned) return; // handed over below: Material's listener takes it
  if (message.type === SETUP && message.data.config.kb_concepts) concepts = message.data.config.kb_concepts;
  if (message.type === QUERY && typeof message.data === "string") {
    event.stopImmediatePropagation();
    if (waiting === null) setTimeout(handOver, 0);
    waiting = message.data;
  }
});

function handOver() {
  var plan = planQuery(waiting);
  plan.typed = waiting;
  waiting = null;
  pending.push(plan);
  dispatchEvent(new MessageEvent("message", { data: { type: QUERY, data: plan.query, kbPlanned: true } }));
}

var post = self.postMessage.bind(self);
self.postMessage = function (message) {
  if (message && message.type === RESULT) {
    var plan = pending.shift();
    if (plan) {
      adjustAnswer(message.data, plan);
      message.kbQuery = plan.typed; // which query this answers: the ones in between were dropped
    }
  }
  return post.apply(null, arguments);
};

importScripts(new URL(self.location.href).searchParams.get("material"));

// Keep the index Material's worker builds, to look words up in it; pass on only the best results.
(function (build, search) {
  self.lunr.Builder.prototype.build = function () {
    var index = build.apply(this, arguments);
    terms = index.invertedIndex;
    return index;
  };
  self.lunr.Index.prototype.search = function () {
    return search.apply(this, arguments).slice(0, RESULT_LIMIT);
  };
})(self.lunr.Builder.prototype.build, self.lunr.Index.prototype.search);
