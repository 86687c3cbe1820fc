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

  // People import: a chosen CSV file is sent as it is (its bytes, so that a file that is not
  // UTF-8 gets a located error from the server), and the answer replaces the page.
  document.addEventListener("change", function (e) {
    if (!e.target || e.target.id !== "import-file" || !e.target.files.length) {
      return;
    }
    var file = e.target.files[0];
    var max = parseInt(e.target.getAttribute("data-max"), 10);
    if (max > 0 && file.size > max) {
      e.target.setCustomValidity(file.name + ": > " + Math.round(max / 1048576) + " MiB");
      e.target.reportValidity();
      return;
    }
    e.target.setCustomValidity("");
    var meta = document.querySelector('meta[name="csrf-token"]');
    fetch("/people/import/preview", {
      method: "POST",
      headers: { "Content-Type": "text/csv", "X-CSRF-Token": meta ? meta.content : "" },
      body: file,
      credentials: "same-origin"
    })
      .then(function (r) { return r.text(); })
      .then(function (html) {
        document.open();
        document.write(html);
        document.close();
      });
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

// sso4 (#20): after signing out of Flowbook, go on to the provider's sign-out (a link, because the
// policy form-action 'self' stops a form's redirect to another site; the link stays for no script).
(function () {
  var next = document.querySelector("a[data-follow-now]");
  if (next) {
    window.location.assign(next.href);
  }
})();
