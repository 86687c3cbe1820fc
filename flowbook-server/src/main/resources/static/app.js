// Flowbook's own script: small progressive enhancements. Pages work without it.
(function () {
  "use strict";

  // Every htmx request carries the session's CSRF token from the page's meta tag.
  document.addEventListener("htmx:configRequest", function (e) {
    var meta = document.querySelector('meta[name="csrf-token"]');
    if (meta && meta.content) {
      e.detail.headers["X-CSRF-Token"] = meta.content;
    }
  });

  // (A click on a step in a flowchart is handled by viewer.js.)
  document.addEventListener("click", function (e) {
    // A problem in the editor selects its line in the text.
    var link = e.target.closest && e.target.closest("a[data-line]");
    if (link) {
      var source = document.getElementById("source");
      var line = parseInt(link.getAttribute("data-line"), 10);
      if (source && line > 0) {
        e.preventDefault();
        var lines = source.value.split("\n");
        var start = 0;
        for (var i = 0; i < line - 1 && i < lines.length; i++) {
          start += lines[i].length + 1;
        }
        var end = start + (lines[line - 1] || "").length;
        source.focus();
        source.setSelectionRange(start, end);
        var lineHeight = source.scrollHeight / Math.max(lines.length, 1);
        source.scrollTop = Math.max(0, (line - 3) * lineHeight);
      }
    }
  });

  // Highlight the step named in the address (#step-3) on load.
  window.addEventListener("load", function () {
    if (location.hash.indexOf("#step-") === 0) {
      var s = document.getElementById(location.hash.substring(1));
      if (s) {
        s.classList.add("selected");
      }
    }
  });
})();
