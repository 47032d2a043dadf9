// SiteBuilder preview: reloads the page when the site is rebuilt, and swaps stylesheets when only CSS changed.
// Served only by `sitebuilder serve`; a built site never contains it.
(function () {
  "use strict";
  var script = document.currentScript;
  var events = new URL("events", script ? script.src : location.href).href;
  var source = new EventSource(events);

  var meta = document.querySelector("meta[name='sitebuilder-version']");
  var loaded = meta ? meta.content : null;

  // On every (re)connection the server names the site's version; a page built from an older one reloads.
  source.addEventListener("hello", function (event) {
    if (loaded !== null && event.data !== loaded) { location.reload(); }
  });
  source.addEventListener("reload", function () { location.reload(); });
  source.addEventListener("css", function (event) {
    document.querySelectorAll("link[rel~='stylesheet']").forEach(function (link) {
      var url = new URL(link.href);
      url.searchParams.set("v", event.data);
      loaded = event.data;
      var fresh = link.cloneNode();
      fresh.href = url.href;
      fresh.addEventListener("load", function () { link.remove(); });
      link.after(fresh);
    });
  });
})();
