// Evidence (evidence4, issue 19): a chosen file is sent first as the raw request body, so the
// server counts its size while reading and checks its type by content; the form then records the
// evidence with the stored file's number. Without a file the form is sent as it is.
(function () {
  "use strict";
  var form = document.getElementById("evidence-form");
  if (!form) {
    return;
  }
  var input = document.getElementById("evidence-file");
  var fileId = document.getElementById("evidence-file-id");
  var status = document.getElementById("evidence-status");
  var send = document.getElementById("evidence-send");
  var meta = document.querySelector('meta[name="csrf-token"]');
  form.addEventListener("submit", function (e) {
    var file = input.files && input.files[0];
    if (!file || fileId.value) {
      return;
    }
    e.preventDefault();
    if (file.size > parseInt(form.getAttribute("data-max"), 10)) {
      status.textContent = form.getAttribute("data-too-large");
      return;
    }
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.getAttribute("data-upload") + "?name=" + encodeURIComponent(file.name));
    xhr.setRequestHeader("Content-Type", "application/octet-stream");
    if (meta && meta.content) {
      xhr.setRequestHeader("X-CSRF-Token", meta.content);
    }
    send.disabled = true;
    xhr.addEventListener("load", function () {
      var answer = {};
      try {
        answer = JSON.parse(xhr.responseText);
      } catch (ignored) {
        answer = {};
      }
      if (xhr.status === 201 && answer.file) {
        fileId.value = String(answer.file);
        form.submit();
      } else {
        send.disabled = false;
        status.textContent = answer.message || xhr.statusText || String(xhr.status);
      }
    });
    xhr.addEventListener("error", function () {
      send.disabled = false;
      status.textContent = form.getAttribute("data-failed");
    });
    xhr.send(file);
  });
})();
