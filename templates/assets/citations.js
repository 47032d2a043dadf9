// Citation previews: show a cited work's full reference on hover, keyboard focus and tap.
// Without this script every citation is still a plain link to the reference's page.
(function () {
  "use strict";
  var links = document.querySelectorAll("a.citation-link[data-ref]");
  if (!links.length) { return; }

  var preview = document.createElement("div");
  preview.id = "citation-preview";
  preview.className = "citation-preview";
  preview.setAttribute("role", "tooltip");
  preview.hidden = true;
  document.body.appendChild(preview);

  var current = null;
  var hideTimer = 0;
  var lastPointer = "mouse";
  var tapped = null;

  function entryFor(link) {
    return document.getElementById(link.getAttribute("data-ref"));
  }

  function show(link) {
    var entry = entryFor(link);
    if (!entry) { return; }
    window.clearTimeout(hideTimer);
    if (current && current !== link) { current.removeAttribute("aria-describedby"); }
    current = link;
    var text = entry.querySelector(".entry") || entry;
    preview.innerHTML = "";
    var body = document.createElement("p");
    body.className = "citation-preview-entry";
    body.innerHTML = text.innerHTML;
    preview.appendChild(body);
    // what this citation points to, the annotation, and the pages the reading list suggests
    var locator = link.getAttribute("data-locator");
    if (locator) { line("citation-preview-locator", "Cited here: ", locator); }
    var annotation = entry.querySelector(".entry-annotation");
    if (annotation) { line("citation-preview-annotation", "", annotation.textContent); }
    var pages = entry.querySelector(".entry-pages");
    if (pages) { line("citation-preview-pages", "Pages to read: ", pages.textContent); }
    // the way to the work's own page; keyboard users reach it through the citation, which links there too
    var more = document.createElement("p");
    more.className = "citation-preview-more";
    var page = document.createElement("a");
    page.href = link.href;
    page.tabIndex = -1;
    page.textContent = "About this work, and every passage that cites it";
    more.appendChild(page);
    preview.appendChild(more);
    if (byTouch()) {
      // A tooltip holds no controls; on touch screens it says how to go on instead.
      var hint = document.createElement("p");
      hint.className = "citation-preview-hint";
      hint.textContent = "Tap the citation again to open its page.";
      preview.appendChild(hint);
    }
    preview.hidden = false;
    link.setAttribute("aria-describedby", preview.id);
    place(link);
  }

  function line(className, label, value) {
    var p = document.createElement("p");
    p.className = className;
    if (label) {
      var strong = document.createElement("span");
      strong.className = "citation-preview-label";
      strong.textContent = label;
      p.appendChild(strong);
    }
    p.appendChild(document.createTextNode(value));
    preview.appendChild(p);
  }

  // Below the citation, or above it when there is no room below; always inside the viewport's width.
  function place(link) {
    var box = link.getBoundingClientRect();
    var width = preview.offsetWidth;
    var height = preview.offsetHeight;
    var viewport = document.documentElement.clientWidth;
    var left = Math.min(window.scrollX + box.left, window.scrollX + viewport - width - 8);
    preview.style.left = Math.max(window.scrollX + 8, left) + "px";
    var below = box.bottom + 8 + height <= window.innerHeight || box.top - 8 - height < 0;
    preview.style.top = (below ? window.scrollY + box.bottom + 8 : window.scrollY + box.top - 8 - height) + "px";
  }

  function hide() {
    if (current) { current.removeAttribute("aria-describedby"); }
    current = null;
    tapped = null;
    preview.hidden = true;
  }

  function hideSoon() {
    window.clearTimeout(hideTimer);
    hideTimer = window.setTimeout(hide, 200);
  }

  // A tap also fires compatibility mouse and focus events; those must not count as hover or keyboard focus.
  function byTouch() { return lastPointer === "touch"; }

  links.forEach(function (link) {
    link.addEventListener("mouseenter", function () { if (!byTouch()) { show(link); } });
    link.addEventListener("mouseleave", function () { if (!byTouch()) { hideSoon(); } });
    link.addEventListener("focus", function () { if (!byTouch()) { show(link); } });
    link.addEventListener("blur", hideSoon);
    link.addEventListener("click", function (event) {
      // On touch screens the first tap shows the preview; a second tap (or the preview's link) opens the page.
      if (byTouch() && tapped !== link) {
        event.preventDefault();
        tapped = link;
        show(link);
      }
    });
  });

  preview.addEventListener("mouseenter", function () { window.clearTimeout(hideTimer); });
  preview.addEventListener("mouseleave", hideSoon);
  preview.addEventListener("focusin", function () { window.clearTimeout(hideTimer); });
  preview.addEventListener("focusout", hideSoon);
  document.addEventListener("keydown", function (event) {
    lastPointer = "keyboard";
    if (event.key === "Escape" && current) {
      hide();
    }
  });
  document.addEventListener("pointerdown", function (event) {
    lastPointer = event.pointerType;
    if (current && !preview.contains(event.target) && event.target !== current) { hide(); }
  });
})();
