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

  // capture3: the capture page sends the chosen drawing or list as the request body (the server
  // takes no multipart uploads) and shows the answer — the converted text and the warnings — below.
  document.addEventListener("submit", function (e) {
    var form = e.target;
    if (!form.hasAttribute || !form.hasAttribute("data-upload")) {
      return;
    }
    e.preventDefault();
    var input = form.querySelector('input[type="file"]');
    var out = document.querySelector(form.getAttribute("data-upload"));
    if (!input || !input.files || !input.files[0] || !out) {
      return;
    }
    var file = input.files[0];
    var meta = document.querySelector('meta[name="csrf-token"]');
    out.setAttribute("aria-busy", "true");
    fetch(form.getAttribute("action") + "?name=" + encodeURIComponent(file.name), {
      method: "POST",
      body: file,
      credentials: "same-origin",
      headers: {
        "Content-Type": "application/octet-stream",
        "X-CSRF-Token": meta ? meta.content : ""
      }
    })
      .then(function (r) {
        return r.text();
      })
      .then(function (html) {
        // an error answer is a whole page: show its message only
        var doc = new DOMParser().parseFromString(html, "text/html");
        var part = doc.getElementById("upload-outcome") || doc.querySelector("[role=alert]");
        out.innerHTML = "";
        if (part) {
          out.appendChild(document.importNode(part, true));
        }
        out.removeAttribute("aria-busy");
      });
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
