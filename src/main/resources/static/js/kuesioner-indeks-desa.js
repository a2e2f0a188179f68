// The Indeks Desa questionnaire's running figures, computed on the phone as each score is chosen
// (so they follow the answers without a connection too). Exactly as the server computes them:
// whole numbers only, Σ × scale ÷ maximum rounded half-up to the catalogue's decimals; an item not
// yet answered counts at its lowest score, so the figure only rises and is the result when complete.
(function () {
  "use strict";
  var form = document.getElementById("kuesioner-indeks-desa");
  if (!form) return;
  var skala = Number(form.dataset.skala);
  var desimal = Number(form.dataset.desimal);
  var skorMaks = Number(form.dataset.skorMaks);
  var pembagi = Number(form.dataset.pembagi);
  var satuan = Math.pow(10, desimal);

  /** "79.63" as a whole number of the smallest unit (7963), without binary fractions. */
  function keSatuan(teks) {
    var bagian = String(teks).split(".");
    var pecahan = (bagian[1] || "").slice(0, desimal);
    while (pecahan.length < desimal) pecahan += "0";
    return Number(bagian[0]) * satuan + Number(pecahan || 0);
  }
  function persen(jumlah, maks) {
    var n = jumlah * skala * satuan;
    var q = Math.floor(n / maks);
    if (2 * (n - q * maks) >= maks) q += 1;
    return q;
  }
  function teks(q) {
    if (desimal === 0) return String(q);
    var s = String(q);
    while (s.length <= desimal) s = "0" + s;
    return s.slice(0, s.length - desimal) + "." + s.slice(s.length - desimal);
  }
  var batas = Array.prototype.map.call(document.querySelectorAll("#batas-status li"), function (li) {
    return { min: keSatuan(li.dataset.min), label: li.textContent };
  });

  function hitung() {
    var total = 0;
    var terjawab = 0;
    var semua = 0;
    var dimensi = {};
    form.querySelectorAll("fieldset.butir").forEach(function (f) {
      var d = f.dataset.dimensi;
      var dim = dimensi[d] || (dimensi[d] = { jumlah: 0, butir: 0, terjawab: 0 });
      var pilih = f.querySelector("input[type=radio]:checked");
      var skor = pilih ? Number(pilih.value) : Number(f.dataset.min);
      total += skor;
      dim.jumlah += skor;
      dim.butir += 1;
      semua += 1;
      if (pilih) { terjawab += 1; dim.terjawab += 1; }
    });
    var nilai = persen(total, pembagi);
    var status = batas.length ? batas[batas.length - 1].label : "";
    for (var i = 0; i < batas.length; i++) {
      if (nilai >= batas[i].min) { status = batas[i].label; break; }
    }
    setel("skor-sementara", teks(nilai));
    setel("status-sementara", status);
    var jumlahTeks = document.getElementById("terjawab-kuesioner");
    if (jumlahTeks) jumlahTeks.textContent = jumlahTeks.textContent.replace(/^\d+/, String(terjawab));
    var ket = document.getElementById("keterangan-sementara");
    if (ket) ket.textContent = terjawab === semua ? ket.dataset.lengkap : ket.dataset.sementara;
    Object.keys(dimensi).forEach(function (d) {
      var dim = dimensi[d];
      var q = persen(dim.jumlah, skorMaks * dim.butir);
      setel("dimensi-" + d, teks(q));
      var meter = document.getElementById("meter-" + d);
      if (meter) meter.value = q / satuan;
      var hitungan = document.getElementById("terjawab-" + d);
      if (hitungan) hitungan.textContent = hitungan.textContent.replace(/\d+/, String(dim.terjawab));
    });
  }
  function setel(id, isi) {
    var el = document.getElementById(id);
    if (el) el.textContent = isi;
  }
  form.addEventListener("change", hitung);
})();
