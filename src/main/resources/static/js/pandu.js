// Sends the page's CSRF token with every htmx request.
document.addEventListener("htmx:configRequest", function (event) {
  var token = document.querySelector('meta[name="_csrf"]');
  var header = document.querySelector('meta[name="_csrf_header"]');
  if (token && header) {
    event.detail.headers[header.content] = token.content;
  }
});
// "Add" buttons of the region search put a code into the scope field named by data-target.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-tambah-kode]");
  if (!button) return;
  var field = document.getElementById(button.getAttribute("data-target"));
  if (!field) return;
  var codes = field.value.split(/[\s,;]+/).filter(Boolean);
  var code = button.getAttribute("data-tambah-kode");
  if (codes.indexOf(code) < 0) codes.push(code);
  field.value = codes.join(", ");
  field.dispatchEvent(new Event("change"));
});
// On the sign-in page the forms kept on the phone for offline use belonged to the last session:
// they go (entries still waiting to send stay in the queue, tied to their user).
if (location.pathname === "/masuk" && window.caches) {
  caches.delete("pandu-halaman");
  try { localStorage.removeItem("pandu-siap"); } catch (e) { /* private mode */ }
}
