// Flowbook's chart viewer: pan and zoom for the flowcharts on the process and diff pages.
// Without this script the chart is shown at its own (readable) size in a scrolling box; with it,
// the box also zooms (buttons, Ctrl + wheel, trackpad or touch pinch, keys + − 0 and arrows) and
// pans by dragging. Zoom changes the SVG's drawn size, so panning is the box's own scrolling
// (touch drag, scroll bars and the wheel keep working as everywhere else).
(function () {
  "use strict";

  var MIN = 0.1;
  var MAX = 4;
  var STEP = 1.25;
  var ARROW = 60;

  function Viewer(root) {
    var box = root.querySelector(".viewport");
    var svg = box && box.querySelector("svg");
    var bar = root.querySelector(".zoombar");
    if (!svg || !bar) {
      return;
    }
    var vb = svg.viewBox && svg.viewBox.baseVal;
    var width = vb && vb.width ? vb.width : svg.getBoundingClientRect().width;
    var height = vb && vb.height ? vb.height : svg.getBoundingClientRect().height;
    var level = root.querySelector(".zoomlevel");
    var scale = 1;

    root.classList.add("zoomable");
    bar.hidden = false;

    function apply(next, anchorX, anchorY) {
      next = Math.min(MAX, Math.max(MIN, next));
      var ax = anchorX === undefined ? box.clientWidth / 2 : anchorX;
      var ay = anchorY === undefined ? box.clientHeight / 2 : anchorY;
      // Keep the chart point under the anchor where it is.
      var cx = (box.scrollLeft + ax) / scale;
      var cy = (box.scrollTop + ay) / scale;
      scale = next;
      svg.style.width = width * scale + "px";
      svg.style.height = height * scale + "px";
      box.scrollLeft = cx * scale - ax;
      box.scrollTop = cy * scale - ay;
      level.textContent = Math.round(scale * 100) + " %";
      root.setAttribute("data-scale", scale.toFixed(3));
    }

    function fit() {
      var room = Math.max(120, window.innerHeight * 0.75);
      var s = Math.min((box.clientWidth - 2) / width, (room - 2) / height, 1);
      apply(s, 0, 0);
      box.scrollLeft = 0;
      box.scrollTop = 0;
    }

    apply(1, 0, 0);

    bar.addEventListener("click", function (e) {
      var b = e.target.closest("button[data-zoom]");
      if (!b) {
        return;
      }
      var what = b.getAttribute("data-zoom");
      if (what === "in") {
        apply(scale * STEP);
      } else if (what === "out") {
        apply(scale / STEP);
      } else if (what === "fit") {
        fit();
      } else {
        apply(1);
      }
    });

    box.addEventListener("keydown", function (e) {
      if (e.altKey || e.ctrlKey || e.metaKey) {
        return;
      }
      var handled = true;
      switch (e.key) {
        case "+":
        case "=":
          apply(scale * STEP);
          break;
        case "-":
        case "−":
          apply(scale / STEP);
          break;
        case "0":
          apply(1);
          break;
        case "ArrowLeft":
          box.scrollLeft -= ARROW;
          break;
        case "ArrowRight":
          box.scrollLeft += ARROW;
          break;
        case "ArrowUp":
          box.scrollTop -= ARROW;
          break;
        case "ArrowDown":
          box.scrollTop += ARROW;
          break;
        case "Enter":
        case " ":
          handled = openStep(e.target, box);
          break;
        default:
          handled = false;
      }
      if (handled) {
        e.preventDefault();
      }
    });

    // Ctrl + wheel (and a trackpad pinch, which the browser sends as one) zooms at the pointer;
    // the plain wheel scrolls the page as everywhere else.
    box.addEventListener(
      "wheel",
      function (e) {
        if (!e.ctrlKey && !e.metaKey) {
          return;
        }
        e.preventDefault();
        var r = box.getBoundingClientRect();
        apply(scale * Math.pow(1.0015, -e.deltaY), e.clientX - r.left, e.clientY - r.top);
      },
      { passive: false }
    );

    // Dragging with the mouse pans; a drag is not a click on a step.
    var drag = null;
    box.addEventListener("pointerdown", function (e) {
      if (e.pointerType !== "mouse" || e.button !== 0) {
        return;
      }
      drag = { x: e.clientX, y: e.clientY, left: box.scrollLeft, top: box.scrollTop, moved: false };
    });
    window.addEventListener("pointermove", function (e) {
      if (!drag) {
        return;
      }
      var dx = e.clientX - drag.x;
      var dy = e.clientY - drag.y;
      if (!drag.moved && Math.abs(dx) + Math.abs(dy) > 4) {
        drag.moved = true;
        root.classList.add("dragging");
      }
      if (drag.moved) {
        box.scrollLeft = drag.left - dx;
        box.scrollTop = drag.top - dy;
      }
    });
    window.addEventListener("pointerup", function () {
      if (drag && drag.moved) {
        // Swallow the click that ends the drag.
        box.addEventListener(
          "click",
          function (e) {
            e.stopPropagation();
            e.preventDefault();
          },
          { capture: true, once: true }
        );
        setTimeout(function () {
          root.classList.remove("dragging");
        }, 0);
      }
      drag = null;
    });

    // Two fingers pinch to zoom; one finger pans (the browser's own scrolling, touch-action).
    var pinch = null;
    function distance(t) {
      return Math.hypot(t[0].clientX - t[1].clientX, t[0].clientY - t[1].clientY);
    }
    box.addEventListener(
      "touchstart",
      function (e) {
        if (e.touches.length === 2) {
          pinch = { d: distance(e.touches), s: scale };
        }
      },
      { passive: true }
    );
    box.addEventListener(
      "touchmove",
      function (e) {
        if (!pinch || e.touches.length !== 2) {
          return;
        }
        e.preventDefault();
        var r = box.getBoundingClientRect();
        var mx = (e.touches[0].clientX + e.touches[1].clientX) / 2 - r.left;
        var my = (e.touches[0].clientY + e.touches[1].clientY) / 2 - r.top;
        apply((pinch.s * distance(e.touches)) / pinch.d, mx, my);
      },
      { passive: false }
    );
    box.addEventListener("touchend", function (e) {
      if (e.touches.length < 2) {
        pinch = null;
      }
    });

    // Steps can be reached with Tab and opened with Enter, like links.
    box.querySelectorAll("[data-step]").forEach(function (node) {
      node.setAttribute("tabindex", "0");
      node.setAttribute("role", "link");
    });
  }

  // Opens the step a node stands for: on the process page its instructions further down, on the
  // diff page the step in that version's page. Returns whether a step was opened.
  function openStep(target, box) {
    var node = target.closest && target.closest("[data-step]");
    if (!node || !box.contains(node)) {
      return false;
    }
    var id = node.getAttribute("data-step");
    var link = box.getAttribute("data-step-link");
    if (link) {
      location.href = link + encodeURIComponent(id);
      return true;
    }
    var step = document.getElementById("step-" + id);
    if (!step) {
      return false;
    }
    document.querySelectorAll(".step.selected").forEach(function (s) {
      s.classList.remove("selected");
    });
    step.classList.add("selected");
    step.scrollIntoView({ behavior: "smooth", block: "start" });
    history.replaceState(null, "", "#step-" + id);
    return true;
  }

  document.addEventListener("click", function (e) {
    var box = e.target.closest && e.target.closest(".viewport");
    if (box && openStep(e.target, box)) {
      e.preventDefault();
    }
  });

  function start() {
    document.querySelectorAll("[data-viewer]").forEach(Viewer);
  }
  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
