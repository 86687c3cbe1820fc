// The log upload (mine3, issue 15): sends the chosen file as the raw request body, so the server
// streams it to disk with its size counted while reading, shows the upload's progress, and opens
// the job page, where the check's own progress follows.
(function () {
  "use strict";
  var form = document.getElementById("log-upload");
  if (!form) {
    return;
  }
  var input = document.getElementById("log-file");
  var bar = document.getElementById("log-upload-progress");
  var status = document.getElementById("log-status");
  var meta = document.querySelector('meta[name="csrf-token"]');
  form.addEventListener("submit", function (e) {
    e.preventDefault();
    var file = input.files && input.files[0];
    if (!file) {
      return;
    }
    if (file.size > parseInt(form.getAttribute("data-max"), 10)) {
      status.textContent = form.getAttribute("data-too-large");
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("data-action") + "?name=" + encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    if (meta && meta.content) {
      xhr.setRequestHeader("X-CSRF-Token", meta.content);
    }
    bar.hidden = false;
    xhr.upload.addEventListener("progress", function (p) {
      if (p.lengthComputable) {
        bar.value = Math.round((100 * p.loaded) / p.total);
      }
    });
    xhr.addEventListener("load", function () {
      var answer = {};
      try {
        answer = JSON.parse(xhr.responseText);
      } catch (ignored) {
        answer = {};
      }
      if (xhr.status === 202 && answer.job) {
        location.href = answer.job;
      } else {
        bar.hidden = true;
        status.textContent = answer.message || xhr.statusText || String(xhr.status);
      }
    });
    xhr.addEventListener("error", function () {
      bar.hidden = true;
      status.textContent = form.getAttribute("data-failed");
    });
    xhr.send(file);
  });
})();
