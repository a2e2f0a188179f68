// The dashboard map: loads Leaflet only when the user opens it (a phone on a slow connection does
// not pay for a map it does not look at), then draws one circle per region, coloured by the chosen
// figure. Without a tile source (the default, and offline) the circles stand on a plain background.
(function () {
  var box = document.getElementById("peta");
  if (!box) return;
  var drawn = false;

  function load(cb) {
    if (window.L) return cb();
    var css = document.createElement("link");
    css.rel = "stylesheet";
    css.href = box.getAttribute("data-leaflet-css");
    document.head.appendChild(css);
    var js = document.createElement("script");
    js.src = box.getAttribute("data-leaflet-js");
    js.onload = cb;
    document.head.appendChild(js);
  }

  // Five classes from light to dark green between the smallest and the largest value.
  var colours = ["#e7f3ec", "#b9dcc6", "#7fc09a", "#3f8f62", "#14502f"];
  function colour(v, min, max) {
    if (v === null || isNaN(v)) return "#c8cfd4";
    if (max === min) return colours[2];
    var i = Math.min(4, Math.floor(((v - min) / (max - min)) * 5));
    return colours[i];
  }

  function draw() {
    var items = Array.prototype.slice.call(document.querySelectorAll("#titik-peta li"));
    var points = items.map(function (li) {
      var n = li.getAttribute("data-nilai");
      return {
        lat: parseFloat(li.getAttribute("data-lintang")),
        lon: parseFloat(li.getAttribute("data-bujur")),
        value: n === null || n === "" ? null : parseFloat(n),
        name: li.getAttribute("data-nama"),
        text: li.getAttribute("data-teks"),
        link: li.getAttribute("data-tautan")
      };
    });
    var canvas = document.getElementById("peta-kanvas");
    var map = L.map(canvas, { attributionControl: true, zoomSnap: 0.5 });
    var tiles = box.getAttribute("data-ubin");
    if (tiles) {
      L.tileLayer(tiles, { maxZoom: 18, attribution: box.getAttribute("data-atribusi") || "" }).addTo(map);
    } else {
      canvas.classList.add("tanpa-ubin");
    }
    var values = points.map(function (p) { return p.value; }).filter(function (v) { return v !== null; });
    var min = Math.min.apply(null, values.length ? values : [0]);
    var max = Math.max.apply(null, values.length ? values : [0]);
    var bounds = [];
    points.forEach(function (p) {
      var c = L.circleMarker([p.lat, p.lon], {
        radius: 10, weight: 1, color: "#1c2529", fillColor: colour(p.value, min, max), fillOpacity: 0.9
      }).addTo(map);
      c.bindTooltip(p.name + ": " + p.text, { permanent: !tiles, direction: "right", className: "label-peta" });
      if (p.link) c.on("click", function () { window.location.href = p.link; });
      bounds.push([p.lat, p.lon]);
    });
    if (bounds.length === 1) map.setView(bounds[0], 13);
    else if (bounds.length > 1) map.fitBounds(bounds, { padding: [30, 30] });
    else map.setView([-2.5, 118], 4);
    canvas.setAttribute("data-digambar", String(points.length));
  }

  box.addEventListener("toggle", function () {
    if (!box.open || drawn) return;
    drawn = true;
    load(draw);
  });
})();
