/**
 * The review page's one inline script, as text: it is hashed into the page's CSP and must be the
 * same bytes wherever the core runs (vitest, tsx, the built web core, the Electron utility), so
 * it is a string, not a compiled function. Plain ES2017 for old phone browsers; no network API
 * is used (the only way out is the WhatsApp link, opened on a click). Works from file:// and
 * from Android's content:// (no secure context: own SHA-256, clipboard fallback, storage guarded).
 *
 * The feedback it builds is the `Feedback` schema of shared/review/bundle.ts; the chat text and
 * its machine line follow shared/review/feedbackText.ts, whose decoder the tests run on it.
 */
export const REVIEW_SCRIPT = String.raw`(function () {
'use strict';
var root = document.documentElement;
root.classList.add('js');
var data = JSON.parse(document.getElementById('review-data').textContent);
var S = data.strings;
var KEY = 'rencana-review:' + data.bundleId;
var state = load();

function load() {
  try {
    var s = JSON.parse(window.localStorage.getItem(KEY) || 'null');
    if (s && s.v === 1 && s.d && typeof s.d === 'object') return s;
  } catch (e) { /* storage blocked or corrupt: start fresh */ }
  return { v: 1, lang: data.language, reviewer: '', note: '', d: {} };
}
function save() {
  try { window.localStorage.setItem(KEY, JSON.stringify(state)); } catch (e) { /* private mode */ }
}
function $(sel, el) { return (el || document).querySelector(sel); }
function $all(sel, el) { return Array.prototype.slice.call((el || document).querySelectorAll(sel)); }
function get(obj, path) {
  var parts = path.split('.');
  for (var i = 0; i < parts.length; i++) { if (obj == null) return undefined; obj = obj[parts[i]]; }
  return obj;
}
function fill(t, p) {
  return String(t).replace(/\{(\w+)\}/g, function (m, k) { return p && Object.prototype.hasOwnProperty.call(p, k) ? String(p[k]) : m; });
}
function t(key, p) { var v = get(S[state.lang], key); return typeof v === 'string' ? fill(v, p) : key; }
function locale() { return state.lang === 'id' ? 'id-ID' : 'en-GB'; }
var fmts = {};
function fmt(style) {
  var k = state.lang + style;
  if (!fmts[k]) {
    var o = style === 'long' ? { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }
      : style === 'short' ? { weekday: 'short', day: 'numeric', month: 'short' }
      : { day: 'numeric', month: 'long', year: 'numeric' };
    o.timeZone = 'UTC';
    fmts[k] = new Intl.DateTimeFormat(locale(), o);
  }
  return fmts[k];
}
function day(d) { return new Date(d + 'T00:00:00Z'); }
function dateText(d, style) {
  var s = fmt(style).format(day(d));
  return style === 'short' ? s.replace(/\./g, '') : s;
}
function period() {
  var f = fmt('range'), a = day(data.period.from), b = day(data.period.to);
  if (data.period.from === data.period.to) return f.format(a);
  return f.formatRange ? f.formatRange(a, b) : f.format(a) + ' – ' + f.format(b);
}
function params(el) {
  if (!el.getAttribute('data-tp')) return undefined;
  try {
    var p = JSON.parse(el.getAttribute('data-tp'));
    var d = el.getAttribute('data-tdate');
    if (d && p[d]) p[d] = dateText(p[d], 'long');
    return p;
  } catch (e) { return undefined; }
}

function translate() {
  root.lang = state.lang;
  $all('[data-t]').forEach(function (el) { el.textContent = t(el.getAttribute('data-t'), params(el)); });
  $all('[data-tph]').forEach(function (el) { el.setAttribute('placeholder', t(el.getAttribute('data-tph'))); });
  $all('[data-tal]').forEach(function (el) { el.setAttribute('aria-label', t(el.getAttribute('data-tal'), params(el))); });
  $all('[data-date]').forEach(function (el) { el.textContent = dateText(el.getAttribute('data-date'), el.getAttribute('data-style')); });
  $all('[data-period]').forEach(function (el) { el.textContent = period(); });
  $all('.lang button').forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-lang') === state.lang)); });
  document.title = t('heading') + ' — ' + data.client.name;
  $all('.post').forEach(paint);
  progress();
}

function entry(id) {
  var e = state.d[id];
  if (!e || typeof e !== 'object') e = state.d[id] = { d: null, c: '' };
  return e;
}
function paint(card) {
  var e = entry(card.getAttribute('data-post'));
  card.classList.toggle('is-approve', e.d === 'approve');
  card.classList.toggle('is-changes', e.d === 'changes');
  $all('[data-decide]', card).forEach(function (b) { b.setAttribute('aria-pressed', String(b.getAttribute('data-decide') === e.d)); });
  var v = $('[data-verdict]', card);
  v.textContent = e.d ? t('decisions.' + e.d) : '';
  var box = $('textarea.comment', card);
  if (box.value !== e.c) box.value = e.c;
  $('.hint', card).hidden = !(e.d === 'changes' && !e.c.trim());
}
function progress() {
  var done = data.posts.filter(function (p) { return state.d[p.id] && state.d[p.id].d; }).length;
  var el = $('#progress-text');
  el.textContent = t('progress', { done: done, total: data.posts.length });
  var bar = $('#progress-bar');
  bar.value = done;
  bar.max = data.posts.length || 1;
}

function feedback() {
  return {
    format: 'rencana-feedback',
    formatVersion: 1,
    bundleId: data.bundleId,
    clientId: data.client.id,
    reviewer: state.reviewer.slice(0, 120),
    note: state.note.slice(0, 10000),
    submittedAt: new Date().toISOString(),
    decisions: data.posts.map(function (p) {
      var e = state.d[p.id] || { d: null, c: '' };
      return { postId: p.id, contentHash: p.contentHash, decision: e.d === 'approve' || e.d === 'changes' ? e.d : null, comment: String(e.c || '').slice(0, 10000) };
    })
  };
}

// SHA-256 (FIPS 180-4) over UTF-8 bytes; crypto.subtle is missing outside secure contexts.
var K = [0x428a2f98,0x71374491,0xb5c0fbcf,0xe9b5dba5,0x3956c25b,0x59f111f1,0x923f82a4,0xab1c5ed5,0xd807aa98,0x12835b01,0x243185be,0x550c7dc3,0x72be5d74,0x80deb1fe,0x9bdc06a7,0xc19bf174,0xe49b69c1,0xefbe4786,0x0fc19dc6,0x240ca1cc,0x2de92c6f,0x4a7484aa,0x5cb0a9dc,0x76f988da,0x983e5152,0xa831c66d,0xb00327c8,0xbf597fc7,0xc6e00bf3,0xd5a79147,0x06ca6351,0x14292967,0x27b70a85,0x2e1b2138,0x4d2c6dfc,0x53380d13,0x650a7354,0x766a0abb,0x81c2c92e,0x92722c85,0xa2bfe8a1,0xa81a664b,0xc24b8b70,0xc76c51a3,0xd192e819,0xd6990624,0xf40e3585,0x106aa070,0x19a4c116,0x1e376c08,0x2748774c,0x34b0bcb5,0x391c0cb3,0x4ed8aa4a,0x5b9cca4f,0x682e6ff3,0x748f82ee,0x78a5636f,0x84c87814,0x8cc70208,0x90befffa,0xa4506ceb,0xbef9a3f7,0xc67178f2];
function utf8(s) {
  var out = [], i, c;
  s = unescape(encodeURIComponent(s));
  for (i = 0; i < s.length; i++) { c = s.charCodeAt(i); out.push(c); }
  return out;
}
function sha256hex(text) {
  var b = utf8(text), n = b.length, i, j;
  var H = [0x6a09e667,0xbb67ae85,0x3c6ef372,0xa54ff53a,0x510e527f,0x9b05688c,0x1f83d9ab,0x5be0cd19];
  b.push(0x80);
  while (b.length % 64 !== 56) b.push(0);
  var bits = n * 8;
  b.push(0, 0, 0, 0, (bits >>> 24) & 255, (bits >>> 16) & 255, (bits >>> 8) & 255, bits & 255);
  var w = new Array(64);
  for (i = 0; i < b.length; i += 64) {
    for (j = 0; j < 16; j++) w[j] = (b[i + 4 * j] << 24) | (b[i + 4 * j + 1] << 16) | (b[i + 4 * j + 2] << 8) | b[i + 4 * j + 3];
    for (j = 16; j < 64; j++) {
      var x = w[j - 15], y = w[j - 2];
      var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[j] = (w[j - 16] + s0 + w[j - 7] + s1) | 0;
    }
    var a = H[0], bb = H[1], c = H[2], d = H[3], e = H[4], f = H[5], g = H[6], h = H[7];
    for (j = 0; j < 64; j++) {
      var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      var t1 = (h + S1 + ((e & f) ^ (~e & g)) + K[j] + w[j]) | 0;
      var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      var t2 = (S0 + ((a & bb) ^ (a & c) ^ (bb & c))) | 0;
      h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = bb; bb = a; a = (t1 + t2) | 0;
    }
    H[0] = (H[0] + a) | 0; H[1] = (H[1] + bb) | 0; H[2] = (H[2] + c) | 0; H[3] = (H[3] + d) | 0;
    H[4] = (H[4] + e) | 0; H[5] = (H[5] + f) | 0; H[6] = (H[6] + g) | 0; H[7] = (H[7] + h) | 0;
  }
  return H.map(function (v) { return ('00000000' + (v >>> 0).toString(16)).slice(-8); }).join('');
}
var B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
function base64url(bytes) {
  var out = '';
  for (var i = 0; i < bytes.length; i += 3) {
    var n = (bytes[i] << 16) | ((bytes[i + 1] || 0) << 8) | (bytes[i + 2] || 0);
    var chars = i + 2 < bytes.length ? 4 : i + 1 < bytes.length ? 3 : 2;
    for (var k = 0; k < chars; k++) out += B64[(n >> (18 - 6 * k)) & 63];
  }
  return out;
}
function machineLine(fb) {
  var payload = base64url(utf8(JSON.stringify(fb)));
  return 'RENCANA-FEEDBACK v1 ' + payload + ' ' + sha256hex(payload);
}
var BIDI = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
function chatSafe(text, max) {
  var flat = String(text).replace(BIDI, '').replace(/\s+/g, ' ').trim();
  return flat.length > max ? flat.slice(0, max - 1) + '\u2026' : flat;
}
function chatText(fb) {
  var byId = {};
  data.posts.forEach(function (p) { byId[p.id] = p; });
  function label(d) {
    var p = byId[d.postId];
    var line = ['\u2022 #' + p.no + ' ' + dateText(p.localDate, 'short') + ' ' + p.localTime + ' \u2014 ' + (chatSafe(p.topic, 80) || '\u2026')];
    if (d.comment.trim()) line.push('   \u201c' + chatSafe(d.comment, 500) + '\u201d');
    return line;
  }
  function group(list, head) { return list.length ? [''].concat([t(head, { n: list.length })], [].concat.apply([], list.map(label))) : []; }
  var ds = fb.decisions;
  var approved = ds.filter(function (d) { return d.decision === 'approve'; });
  var changes = ds.filter(function (d) { return d.decision === 'changes'; });
  var comments = ds.filter(function (d) { return d.decision === null && d.comment.trim(); });
  var pending = ds.filter(function (d) { return d.decision === null && !d.comment.trim(); });
  var lines = ['\ud83d\udccb ' + t('chat.title', { client: chatSafe(data.client.name, 120), period: period(), version: data.version })];
  if (fb.reviewer.trim()) lines.push(t('chat.from', { name: chatSafe(fb.reviewer, 120) }));
  lines = lines.concat(group(approved, 'chat.approved'), group(changes, 'chat.changes'), group(comments, 'chat.comments'));
  if (pending.length) lines.push('', t('chat.pending', { n: pending.length, list: pending.map(function (d) { return '#' + byId[d.postId].no; }).join(', ') }));
  if (fb.note.trim()) lines.push('', t('chat.note', { note: chatSafe(fb.note, 1000) }));
  lines.push('', t('chat.machine'), machineLine(fb));
  return lines.join('\n');
}

function say(key, p, warn) {
  var el = $('#status');
  el.textContent = t(key, p);
  el.classList.toggle('warn', !!warn);
}
function ready() {
  var fb = feedback();
  var any = fb.decisions.some(function (d) { return d.decision || d.comment.trim(); });
  if (!any) { say('nothingYet', null, true); return null; }
  $('#text').value = chatText(fb);
  return fb;
}
function download(fb) {
  var name = 'feedback-' + data.bundleId + '.json';
  var blob = new Blob([JSON.stringify(fb, null, 2)], { type: 'application/json' });
  var url = URL.createObjectURL(blob);
  var a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(function () { URL.revokeObjectURL(url); }, 60000);
  say('savedFile', { file: name });
}
function copyFallback() {
  var box = $('#text');
  $('#text-box').open = true;
  box.focus();
  box.select();
  var ok = false;
  try { ok = document.execCommand('copy'); } catch (e) { ok = false; }
  if (ok) say('copied'); else say('copyFailed', null, true);
}
function copy() {
  var text = $('#text').value;
  if (navigator.clipboard && window.isSecureContext) {
    navigator.clipboard.writeText(text).then(function () { say('copied'); }, copyFallback);
  } else copyFallback();
}

document.addEventListener('click', function (ev) {
  var btn = ev.target.closest ? ev.target.closest('button') : null;
  if (!btn) return;
  var decide = btn.getAttribute('data-decide');
  if (decide) {
    var card = btn.closest('.post');
    var e = entry(card.getAttribute('data-post'));
    e.d = e.d === decide ? null : decide;
    save();
    paint(card);
    progress();
    if (e.d === 'changes' && !e.c.trim()) $('textarea.comment', card).focus();
    return;
  }
  if (btn.hasAttribute('data-lang')) { state.lang = btn.getAttribute('data-lang') === 'en' ? 'en' : 'id'; save(); translate(); return; }
  var fb;
  if (btn.id === 'save' && (fb = ready())) download(fb);
  if (btn.id === 'copy' && ready()) copy();
  if (btn.id === 'send-wa' && (fb = ready())) {
    var url = 'https://wa.me/?text=' + encodeURIComponent($('#text').value);
    var w = window.open(url, '_blank', 'noopener');
    if (!w) window.location.href = url;
  }
});
document.addEventListener('input', function (ev) {
  var el = ev.target;
  if (el.classList.contains('comment')) {
    var card = el.closest('.post');
    entry(card.getAttribute('data-post')).c = el.value;
    $('.hint', card).hidden = !(entry(card.getAttribute('data-post')).d === 'changes' && !el.value.trim());
  } else if (el.id === 'reviewer') state.reviewer = el.value;
  else if (el.id === 'note') state.note = el.value;
  else return;
  save();
});

$('#reviewer').value = state.reviewer || '';
$('#note').value = state.note || '';
translate();
})();`;
