// Field forms that work without signal. A form marked data-lapangan is not posted by the browser:
// its entry (fields and photos) is first written to the phone (IndexedDB), then sent. If the
// connection fails the entry waits, shown as "waiting to send", and is sent when the connection
// returns — in order, with progress, each with its own Idempotency-Key so a resend after a dropped
// connection is stored once. A refused entry or a conflict with a change made on the server is kept
// and shown, to be corrected or discarded by the person — never overwritten behind their back.
(function () {
  "use strict";
  if (!window.indexedDB || !window.FormData || !window.fetch) return;

  var T = {};
  var panelTeks = document.getElementById("antrean-lapangan");
  if (panelTeks && panelTeks.dataset.teks) T = JSON.parse(panelTeks.dataset.teks);
  function t(key, a, b) {
    return (T[key] || key).replace("{0}", a === undefined ? "" : a).replace("{1}", b === undefined ? "" : b);
  }

  // ---- the queue on the phone -------------------------------------------------------------
  var DB_NAMA = "pandu-lapangan";
  var TOKO = "antrean";
  var dbJanji = null;
  function db() {
    if (!dbJanji) {
      dbJanji = new Promise(function (ok, gagal) {
        var r = indexedDB.open(DB_NAMA, 1);
        r.onupgradeneeded = function () { r.result.createObjectStore(TOKO, { keyPath: "id" }); };
        r.onsuccess = function () { ok(r.result); };
        r.onerror = function () { gagal(r.error); };
      });
    }
    return dbJanji;
  }
  function toko(mode, kerja) {
    return db().then(function (d) {
      return new Promise(function (ok, gagal) {
        var tx = d.transaction(TOKO, mode);
        var hasil = kerja(tx.objectStore(TOKO));
        tx.oncomplete = function () { ok(hasil && "result" in hasil ? hasil.result : undefined); };
        tx.onerror = function () { gagal(tx.error); };
        tx.onabort = function () { gagal(tx.error); };
      });
    });
  }
  function semua() {
    return toko("readonly", function (s) { return s.getAll(); }).then(function (list) {
      return (list || []).sort(function (a, b) { return a.dibuat - b.dibuat; });
    });
  }
  function simpan(entri) { return toko("readwrite", function (s) { return s.put(entri); }); }
  function ambil(id) { return toko("readonly", function (s) { return s.get(id); }); }
  function hapus(id) { return toko("readwrite", function (s) { return s.delete(id); }); }

  function uuid() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = new Uint8Array(16);
    crypto.getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  // ---- sending ----------------------------------------------------------------------------
  /** Who is signed in and a fresh CSRF token: LURING without a connection, MASUK without a session. */
  function sesi() {
    return fetch("/lapangan/sesi", { headers: { Accept: "application/json" }, credentials: "same-origin", cache: "no-store" })
      .then(function (r) {
        if (r.redirected || !r.ok || (r.headers.get("Content-Type") || "").indexOf("json") < 0) {
          return r.status >= 500 ? { hasil: "LURING" } : { hasil: "MASUK" };
        }
        return r.json();
      }, function () { return { hasil: "LURING" }; });
  }

  function kirim(entri, s, halaman) {
    // Encoded as the form would be: multipart only where there are files (a questionnaire's
    // hundreds of answers go as an ordinary form body).
    var fd;
    if (entri.enctype === "multipart/form-data") {
      fd = new FormData();
      entri.isian.forEach(function (p) {
        if (p[1] instanceof Blob) fd.append(p[0], p[1], p[1].name || "berkas");
        else fd.append(p[0], p[1]);
      });
    } else {
      fd = new URLSearchParams();
      entri.isian.forEach(function (p) { if (!(p[1] instanceof Blob)) fd.append(p[0], p[1]); });
    }
    // From the open form a refusal comes back as the form's own page; from the queue, as JSON.
    var headers = { "Idempotency-Key": entri.id, Accept: halaman ? "text/html, application/json;q=0.9" : "application/json" };
    headers[s.header] = s.token;
    return fetch(entri.alamat, { method: "POST", body: fd, headers: headers, credentials: "same-origin" })
      .then(function (r) {
        if (r.redirected && new URL(r.url).pathname === "/masuk") return { hasil: "MASUK" };
        var jenis = r.headers.get("Content-Type") || "";
        if (jenis.indexOf("application/json") === 0 && r.status !== 503) {
          return r.json();
        }
        if (halaman && r.headers.get("Pandu-Hasil") && jenis.indexOf("text/html") === 0) {
          return r.text().then(function (html) { return { hasil: "HALAMAN", html: html }; });
        }
        if (r.status === 503 || r.status === 502 || r.status === 504 || r.status === 429) return { hasil: "LURING" };
        if (r.status === 403) return { hasil: "DITOLAK", pesan: [t("ditolak403")] };
        if (r.status === 404) return { hasil: "DITOLAK", pesan: [t("ditolak404")] };
        if (r.status === 413) return { hasil: "DITOLAK", pesan: [t("terlaluBesar")] };
        return { hasil: "GAGAL", pesan: [t("galatServer", r.status)] };
      }, function () { return { hasil: "LURING" }; });
  }

  var sedangMengirim = false;
  /** Sends every waiting entry, oldest first; stops at the first sign of no connection. */
  function kirimSemua() {
    if (sedangMengirim) return Promise.resolve();
    sedangMengirim = true;
    var jalan = function () {
      return semua().then(function (list) {
        var tunggu = list.filter(function (e) { return e.status === "MENUNGGU" || e.status === "GAGAL"; });
        if (!tunggu.length) return;
        status(t("memeriksa"));
        return sesi().then(function (s) {
          if (s.hasil === "LURING") { status(t("luring", tunggu.length)); return; }
          if (s.hasil === "MASUK") { status(t("perluMasuk", tunggu.length), true); return; }
          var milik = tunggu.filter(function (e) { return e.pengguna === s.pengguna; });
          var terkirim = 0;
          var i = 0;
          var lanjut = function () {
            if (i >= milik.length) {
              status(terkirim ? t("selesai", terkirim) : "");
              return;
            }
            var e = milik[i++];
            kemajuan(i, milik.length);
            return kirim(e, s).then(function (h) {
              if (h.hasil === "TERKIRIM") {
                terkirim++;
                return hapus(e.id).then(tampilkan).then(lanjut);
              }
              if (h.hasil === "LURING") { status(t("luring", milik.length - i + 1)); return; }
              if (h.hasil === "MASUK") { status(t("perluMasuk", milik.length - i + 1), true); return; }
              e.status = h.hasil === "BENTROK" ? "BENTROK" : h.hasil === "DITOLAK" ? "DITOLAK" : "GAGAL";
              e.pesan = berlabel(h.pesan || [], e.label);
              e.dicoba = Date.now();
              return simpan(e).then(tampilkan).then(function () {
                if (e.status === "GAGAL") { status(t("galatServer", "")); return; }
                return lanjut();
              });
            });
          };
          return lanjut();
        });
      });
    };
    var selesai = function () { sedangMengirim = false; kemajuan(0, 0); return tampilkan(); };
    var kerja = navigator.locks ? navigator.locks.request("pandu-antrean", jalan) : jalan();
    return kerja.then(selesai, function (err) { selesai(); status(String(err)); });
  }

  // ---- the queue on screen ----------------------------------------------------------------
  var panel = document.getElementById("antrean-lapangan");
  function status(teksStatus, masuk) {
    var el = document.getElementById("antrean-status");
    if (!el) return;
    el.textContent = teksStatus || "";
    var link = document.getElementById("antrean-masuk");
    if (link) link.hidden = !masuk;
  }
  function kemajuan(n, dari) {
    var bar = document.getElementById("antrean-kemajuan");
    if (!bar) return;
    bar.hidden = !dari;
    bar.max = dari || 1;
    bar.value = n;
    bar.textContent = n + "/" + dari;
    if (dari) status(t("mengirim", n, dari));
  }
  function waktu(ms) {
    try {
      return new Date(ms).toLocaleString(document.documentElement.lang || "id", { dateStyle: "medium", timeStyle: "short" });
    } catch (err) { return new Date(ms).toString(); }
  }
  function el(tag, kelas, isi) {
    var x = document.createElement(tag);
    if (kelas) x.className = kelas;
    if (isi !== undefined) x.textContent = isi;
    return x;
  }
  function tampilkan() {
    if (!panel) return Promise.resolve();
    return semua().then(function (list) {
      var daftar = panel.querySelector("ol");
      var ringkas = document.getElementById("antrean-ringkas");
      daftar.textContent = "";
      var menunggu = list.filter(function (e) { return e.status === "MENUNGGU" || e.status === "GAGAL"; }).length;
      var masalah = list.length - menunggu;
      ringkas.textContent = list.length ? t("ringkas", menunggu, masalah) : t("kosong");
      panel.classList.toggle("ada", list.length > 0);
      document.getElementById("antrean-kirim").hidden = !menunggu;
      list.forEach(function (e) {
        var li = el("li", "kartu antre " + e.status.toLowerCase());
        li.dataset.id = e.id;
        var kepala = el("p");
        kepala.appendChild(el("strong", "", e.judul));
        kepala.appendChild(document.createTextNode(" "));
        kepala.appendChild(el("span", "lencana status-" + e.status.toLowerCase(), t("status." + e.status)));
        li.appendChild(kepala);
        var foto = e.isian.filter(function (p) { return p[1] instanceof Blob && p[1].size > 0; }).length;
        li.appendChild(el("p", "kecil", waktu(e.dibuat) + (foto ? " · " + t("foto", foto) : "")));
        (e.pesan || []).forEach(function (m) { li.appendChild(el("p", "galat", m)); });
        var aksi = el("p", "tombol-baris");
        if (e.status === "DITOLAK" || e.status === "BENTROK") {
          var perbaiki = el("a", "tombol", t("perbaiki"));
          perbaiki.href = e.halaman + (e.halaman.indexOf("#") < 0 ? "#antrean=" + e.id : "");
          aksi.appendChild(perbaiki);
        }
        var buang = el("button", "kedua", t("buang"));
        buang.type = "button";
        buang.addEventListener("click", function () {
          if (window.confirm(t("buangYakin", e.judul))) hapus(e.id).then(tampilkan);
        });
        aksi.appendChild(buang);
        li.appendChild(aksi);
        daftar.appendChild(li);
      });
    });
  }

  // ---- the forms --------------------------------------------------------------------------
  function ringkasan(form) {
    var bagian = [form.dataset.lapanganJudul || document.title];
    (form.dataset.lapanganRingkas || "").split(",").forEach(function (nama) {
      var f = nama && form.elements[nama.trim()];
      if (!f || !f.value) return;
      var v = f.tagName === "SELECT" && f.selectedIndex >= 0 ? f.options[f.selectedIndex].text : f.value;
      bagian.push(v.length > 60 ? v.slice(0, 57) + "…" : v);
    });
    return bagian.join(" — ");
  }

  // The form's own label of each field sent ("Tanggal"), so that a refusal reads
  // "Tanggal: …" and not "tanggal: …" when the form is no longer on screen.
  function labelIsian(form, isian) {
    var label = {};
    isian.forEach(function (pasangan) {
      var f = form.elements[pasangan[0]];
      var id = f && f.id;
      var l = id && form.querySelector('label[for="' + id + '"]');
      if (l && l.textContent.trim()) label[pasangan[0]] = l.textContent.trim().replace(/\s+/g, " ");
    });
    return label;
  }

  function berlabel(daftarPesan, label) {
    return daftarPesan.map(function (m) {
      var i = m.indexOf(": ");
      var nama = i > 0 ? m.slice(0, i) : null;
      return nama && label && label[nama] ? label[nama] + m.slice(i) : m;
    });
  }

  function kotakPesan(form, kelas, teksPesan, daftarPesan) {
    var lama = form.querySelector(".lapangan-pesan");
    if (lama) lama.remove();
    var kotak = el("div", "lapangan-pesan " + kelas, teksPesan);
    kotak.setAttribute("role", kelas === "kotak-galat" ? "alert" : "status");
    if (daftarPesan && daftarPesan.length) {
      var ul = el("ul");
      daftarPesan.forEach(function (m) { ul.appendChild(el("li", "", m)); });
      kotak.appendChild(ul);
    }
    form.insertBefore(kotak, form.firstChild);
    kotak.scrollIntoView({ block: "center" });
  }

  document.addEventListener("submit", function (event) {
    var form = event.target;
    if (!form.matches || !form.matches("form[data-lapangan]")) return;
    var tombol = event.submitter;
    if (tombol && tombol.hasAttribute("data-lapangan-langsung")) {
      // An action that needs the server now (a what-if) — sent as usual when there is a connection.
      if (!navigator.onLine) {
        event.preventDefault();
        event.stopImmediatePropagation();
        kotakPesan(form, "kotak-galat", t("perluSinyal"));
      }
      return;
    }
    event.preventDefault();
    event.stopImmediatePropagation();
    var data = tombol ? new FormData(form, tombol) : new FormData(form);
    var isian = [];
    data.forEach(function (v, k) {
      if (k !== "_csrf" && !(v instanceof Blob && v.size === 0 && !v.name)) isian.push([k, v]);
    });
    var ganti = form.dataset.lapanganAntrean;
    var entri = {
      id: ganti || uuid(),
      pengguna: form.dataset.lapanganPengguna || (panel && panel.dataset.pengguna),
      alamat: form.getAttribute("action") || location.pathname,
      enctype: form.enctype,
      halaman: location.pathname + location.search,
      judul: ringkasan(form),
      dibuat: Date.now(),
      status: "MENUNGGU",
      pesan: [],
      isian: isian,
      label: labelIsian(form, isian)
    };
    var tombolTombol = form.querySelectorAll("button[type=submit], button:not([type])");
    tombolTombol.forEach(function (b) { b.disabled = true; });
    var lepas = function () { tombolTombol.forEach(function (b) { b.disabled = false; }); };
    var lama = ganti ? ambil(ganti) : Promise.resolve(null);
    lama.then(function (sebelum) {
      if (sebelum) entri.dibuat = sebelum.dibuat; // a corrected entry keeps its place in the queue
      return simpan(entri);
    }).then(function () {
      // Written on the phone: from here nothing is lost, whatever the connection does.
      return semua();
    }).then(function (list) {
      var lebihDulu = list.some(function (e) {
        return e.id !== entri.id && e.dibuat < entri.dibuat && (e.status === "MENUNGGU" || e.status === "GAGAL");
      });
      // Older entries wait: they go first, in order, and this one after them.
      if (lebihDulu) return { hasil: "ANTRE" };
      return sesi().then(function (s) {
        if (s.hasil) return s;
        if (s.pengguna !== entri.pengguna) return { hasil: "MASUK" };
        return kirim(entri, s, true);
      });
    }).then(function (h) {
      if (h.hasil === "TERKIRIM" || (h.lokasi && (h.hasil === "DITOLAK" || h.hasil === "BENTROK"))) {
        return hapus(entri.id).then(function () { location.assign(h.lokasi); });
      }
      if (h.hasil === "HALAMAN") {
        // Refused while the form is open: the server's own form with every message by its field.
        return hapus(entri.id).then(function () {
          document.open();
          document.write(h.html);
          document.close();
        });
      }
      lepas();
      if (h.hasil === "DITOLAK" || h.hasil === "BENTROK") {
        // Online and refused: the person is still on the form with their values, so it is fixed here.
        return hapus(entri.id).then(function () {
          delete form.dataset.lapanganAntrean;
          kotakPesan(form, "kotak-galat", t(h.hasil === "BENTROK" ? "bentrok" : "ditolak"), berlabel(h.pesan || [], entri.label));
          return tampilkan();
        });
      }
      delete form.dataset.lapanganAntrean;
      form.reset();
      if (h.hasil === "ANTRE") {
        kotakPesan(form, "kotak-pesan", t("tersimpanAntre"));
        return tampilkan().then(kirimSemua);
      }
      kotakPesan(form, "kotak-pesan", h.hasil === "MASUK" ? t("tersimpanMasuk") : t("tersimpanLuring"));
      return tampilkan().then(function () { status(h.hasil === "MASUK" ? t("perluMasuk", "") : t("luring", "")); });
    }).catch(function (err) {
      lepas();
      kotakPesan(form, "kotak-galat", t("gagalSimpan") + " " + err);
    });
  }, true);

  /** "Correct" from the queue: the form filled with the entry, to be checked and sent again. */
  function isiDariAntrean() {
    var m = /^#antrean=([0-9a-f-]+)$/.exec(location.hash);
    if (!m) return;
    ambil(m[1]).then(function (e) {
      if (!e) return;
      var form = Array.prototype.find.call(document.querySelectorAll("form[data-lapangan]"), function (f) {
        return (f.getAttribute("action") || location.pathname) === e.alamat;
      });
      if (!form) return;
      var berkas = {};
      e.isian.forEach(function (p) {
        var nama = p[0];
        var nilai = p[1];
        if (nama === "versi" || nama === "aksi") return; // the server's current version decides; the button is chosen again
        if (nilai instanceof Blob) { (berkas[nama] = berkas[nama] || []).push(nilai); return; }
        var f = form.elements[nama];
        if (!f) return;
        var daftar = f instanceof RadioNodeList ? Array.prototype.slice.call(f) : [f];
        daftar.forEach(function (x) {
          if (x.type === "checkbox" || x.type === "radio") x.checked = x.value === nilai || (x.type === "checkbox" && nilai === "true");
          else if (x.type !== "file") x.value = nilai;
        });
      });
      Object.keys(berkas).forEach(function (nama) {
        var input = form.elements[nama];
        if (!input || !window.DataTransfer) return;
        var dt = new DataTransfer();
        berkas[nama].forEach(function (b) { dt.items.add(b instanceof File ? b : new File([b], "berkas", { type: b.type })); });
        input.files = dt.files;
      });
      form.dataset.lapanganAntrean = e.id;
      // Whatever follows the answers (a running score) sees them as if typed.
      form.dispatchEvent(new Event("change", { bubbles: true }));
      kotakPesan(form, "kotak-galat", t("dariAntrean"), e.pesan);
    });
  }

  // ---- keeping forms for offline use ------------------------------------------------------
  function siapkan(tombol) {
    var bar = document.getElementById("siapkan-kemajuan");
    var keterangan = document.getElementById("siapkan-status");
    if (!window.caches) return Promise.resolve();
    return fetch("/lapangan/formulir.json", { credentials: "same-origin", cache: "no-store" })
      .then(function (r) { if (!r.ok || r.redirected) throw new Error(r.status); return r.json(); })
      .then(function (j) {
        var list = j.alamat || [];
        if (bar) { bar.hidden = false; bar.max = list.length; bar.value = 0; }
        if (tombol) tombol.disabled = true;
        return caches.open("pandu-halaman").then(function (c) {
          var n = 0;
          // The list itself, so the service worker knows which pages to keep fresh.
          c.put("/lapangan/formulir.json", new Response(JSON.stringify(j), { headers: { "Content-Type": "application/json" } }));
          return list.reduce(function (janji, alamat) {
            return janji.then(function () {
              // Marked as a background copy: it must not take the one-time message of the next page.
              return fetch(alamat, { credentials: "same-origin", headers: { "Pandu-Simpan-Luring": "1" } }).then(function (r) {
                if (!r.ok || r.redirected) return;
                return r.clone().text().then(function (html) {
                  simpanAset(aset(new DOMParser().parseFromString(html, "text/html")));
                  return c.put(alamat, r);
                });
              }).catch(function () {}).then(function () {
                n++;
                if (bar) bar.value = n;
                if (keterangan) keterangan.textContent = t("menyiapkan", n, list.length);
              });
            });
          }, Promise.resolve()).then(function () {
            localStorage.setItem("pandu-siap", String(Date.now()));
            if (keterangan) keterangan.textContent = t("siap", list.length, waktu(Date.now()));
          });
        });
      })
      .catch(function () { if (keterangan) keterangan.textContent = t("siapkanGagal"); })
      .then(function () { if (tombol) tombol.disabled = false; if (bar) bar.hidden = true; });
  }

  // ---- start ------------------------------------------------------------------------------
  /** The scripts, styles and images a page uses, for the service worker to keep. */
  function aset(doc) {
    var list = [];
    doc.querySelectorAll("link[rel=stylesheet][href], script[src], img[src], link[rel=icon][href]").forEach(function (x) {
      list.push(x.getAttribute("href") || x.getAttribute("src"));
    });
    return list;
  }
  function simpanAset(list) {
    if (!("serviceWorker" in navigator)) return;
    navigator.serviceWorker.ready.then(function (reg) {
      if (reg.active) reg.active.postMessage({ simpan: list });
    });
  }
  if ("serviceWorker" in navigator) {
    navigator.serviceWorker.register("/sw.js").catch(function () {});
    simpanAset(aset(document));
  }
  var kirimTombol = document.getElementById("antrean-kirim");
  if (kirimTombol) kirimTombol.addEventListener("click", kirimSemua);
  var siapkanTombol = document.getElementById("siapkan-luring");
  if (siapkanTombol) siapkanTombol.addEventListener("click", function () { siapkan(siapkanTombol); });
  var terakhir = Number(localStorage.getItem("pandu-siap") || 0);
  var ket = document.getElementById("siapkan-status");
  if (terakhir && ket) ket.textContent = t("siapSebelumnya", waktu(terakhir));
  // Forms and reference data kept and refreshed by themselves when online: at most twice a day.
  if (navigator.onLine && Date.now() - terakhir > 12 * 3600 * 1000) siapkan(siapkanTombol);
  window.addEventListener("online", kirimSemua);
  window.addEventListener("hashchange", isiDariAntrean); // "correct" from the queue on the form's own page
  setInterval(function () { if (navigator.onLine) kirimSemua(); }, 30000);
  tampilkan().then(function () { isiDariAntrean(); return kirimSemua(); });
  window.panduLapangan = { kirimSemua: kirimSemua, semua: semua, sibuk: function () { return sedangMengirim; } };
})();
