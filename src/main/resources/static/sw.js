// Pandu Desa service worker: keeps the app shell and the user's field forms on the phone so they
// open without signal. Field pages are network-first (fresh villages, lists and catalogue whenever
// there is a connection; the kept copy when there is none or it is too slow); the shell is served
// from the phone and refreshed behind. Entries are queued by /js/lapangan.js, not here.
var VERSI = "2026-12-06.1";
var STATIS = "pandu-statis-" + VERSI;
var HALAMAN = "pandu-halaman";
// Scripts and styles have content-hashed names (/js/pandu-<hash>.js): the pages tell this worker
// which ones they use (message "simpan"), and every one fetched through it is kept as well.
var CANGKANG = ["/img/logo.svg", "/manifest.webmanifest", "/img/ikon-192.png"];
var SABAR_MS = 6000; // how long a field page may take on a weak signal before the kept copy is shown

self.addEventListener("install", function (event) {
  event.waitUntil(caches.open(STATIS).then(function (c) { return c.addAll(CANGKANG); })
    .then(function () { return self.skipWaiting(); }));
});

self.addEventListener("activate", function (event) {
  event.waitUntil(caches.keys().then(function (keys) {
    return Promise.all(keys.filter(function (k) { return k.indexOf("pandu-statis-") === 0 && k !== STATIS; })
      .map(function (k) { return caches.delete(k); }));
  }).then(function () { return self.clients.claim(); }));
});

self.addEventListener("message", function (event) {
  var data = event.data || {};
  if (data.simpan && data.simpan.length) {
    var same = data.simpan.filter(function (u) { return new URL(u, self.location.origin).origin === self.location.origin; });
    event.waitUntil(caches.open(STATIS).then(function (c) {
      return Promise.all(same.map(function (u) {
        return c.match(u).then(function (hit) { return hit || c.add(u).catch(function () {}); });
      }));
    }));
  }
});

/** The addresses of the user's field forms, as the field page last fetched them. */
function daftar() {
  return caches.open(HALAMAN).then(function (c) { return c.match("/lapangan/formulir.json"); })
    .then(function (r) { return r ? r.json().then(function (j) { return j.alamat || []; }) : []; })
    .then(function (list) { return list.concat(["/lapangan"]); });
}

function statis(request) {
  return caches.open(STATIS).then(function (c) {
    return c.match(request).then(function (hit) {
      var fresh = fetch(request).then(function (res) {
        if (res.ok) c.put(request, res.clone());
        return res;
      });
      if (hit) {
        fresh.catch(function () {}); // no signal: the kept copy will do
        return hit;
      }
      return fresh;
    });
  });
}

function luring() {
  return new Response(
    '<!DOCTYPE html><html lang="id"><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Tanpa sinyal — Pandu Desa</title><link rel="stylesheet" href="/css/pandu.css"><main class="masuk"><div class="kartu">' +
    "<h1>Tanpa sinyal</h1><p>Halaman ini belum disimpan di ponsel. Buka <a href=\"/lapangan\">Lapangan</a> untuk formulir yang siap dipakai tanpa sinyal.</p>" +
    '<p lang="en" class="kecil">No signal, and this page is not kept on the phone. Open Lapangan for the forms kept for offline use.</p></div></main>',
    { status: 503, headers: { "Content-Type": "text/html; charset=utf-8" } });
}

function halaman(request) {
  var path = new URL(request.url).pathname;
  return daftar().then(function (list) {
    var simpan = list.indexOf(path) >= 0;
    return caches.open(HALAMAN).then(function (c) {
      var jaringan = fetch(request).then(function (res) {
        if (simpan && res.ok && !res.redirected) c.put(request, res.clone());
        return res;
      });
      var cadangan = function () {
        return c.match(request, { ignoreSearch: true }).then(function (hit) {
          return hit || (simpan ? c.match("/lapangan") : null);
        });
      };
      if (!simpan) {
        return jaringan.catch(function () { return cadangan().then(function (hit) { return hit || luring(); }); });
      }
      // A kept page waits SABAR_MS for the network, then shows the kept copy (the fetch still refreshes it).
      return new Promise(function (resolve) {
        var selesai = false;
        var timer = setTimeout(function () {
          cadangan().then(function (hit) { if (hit && !selesai) { selesai = true; resolve(hit); } });
        }, SABAR_MS);
        jaringan.then(function (res) {
          clearTimeout(timer);
          if (!selesai) { selesai = true; resolve(res); }
        }, function () {
          clearTimeout(timer);
          cadangan().then(function (hit) { if (!selesai) { selesai = true; resolve(hit || luring()); } });
        });
      });
    });
  });
}

self.addEventListener("fetch", function (event) {
  var request = event.request;
  if (request.method !== "GET") return;
  var url = new URL(request.url);
  if (url.origin !== self.location.origin) return; // map tiles and the like go their own way
  if (/^\/(css|js|img|webjars)\//.test(url.pathname) || url.pathname === "/manifest.webmanifest") {
    event.respondWith(statis(request));
  } else if (request.mode === "navigate") {
    event.respondWith(halaman(request));
  } else if (url.pathname === "/lapangan/formulir.json") {
    event.respondWith(fetch(request).then(function (res) {
      if (res.ok && !res.redirected) {
        var copy = res.clone();
        caches.open(HALAMAN).then(function (c) { c.put("/lapangan/formulir.json", copy); });
      }
      return res;
    }).catch(function () {
      return caches.open(HALAMAN).then(function (c) { return c.match("/lapangan/formulir.json"); })
        .then(function (hit) { return hit || new Response("{}", { status: 503 }); });
    }));
  }
});
