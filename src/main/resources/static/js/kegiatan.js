// The log form: GPS from the phone on request, and a size check of photos before a slow upload.
(function () {
  var button = document.getElementById("ambil-lokasi");
  var status = document.getElementById("lokasi-status");
  if (button && navigator.geolocation) {
    button.addEventListener("click", function () {
      status.textContent = "…";
      navigator.geolocation.getCurrentPosition(function (pos) {
        document.getElementById(button.dataset.lintang).value = pos.coords.latitude.toFixed(6);
        document.getElementById(button.dataset.bujur).value = pos.coords.longitude.toFixed(6);
        status.textContent = "±" + Math.round(pos.coords.accuracy) + " m";
      }, function (err) {
        status.textContent = err.message;
      }, { enableHighAccuracy: true, timeout: 15000 });
    });
  } else if (button) {
    button.disabled = true;
  }
  var photos = document.getElementById("foto");
  if (photos) {
    photos.addEventListener("change", function () {
      var max = parseInt(photos.dataset.maksMb, 10) * 1024 * 1024;
      for (var i = 0; i < photos.files.length; i++) {
        if (photos.files[i].size > max) {
          photos.setCustomValidity(photos.files[i].name + " > " + photos.dataset.maksMb + " MB");
          photos.reportValidity();
          return;
        }
      }
      photos.setCustomValidity("");
    });
  }
})();
