// Keyboard shortcuts: j / k move between stories (or search results), o opens the current one,
// / focuses the search box. Loaded as a file: the Content-Security-Policy forbids inline script.
(function () {
  "use strict";
  var current = -1;

  function items() {
    return Array.prototype.slice.call(document.querySelectorAll("article.card, li.result"));
  }

  function typing(target) {
    var tag = target && target.tagName ? target.tagName.toLowerCase() : "";
    return tag === "input" || tag === "textarea" || tag === "select" || (target && target.isContentEditable);
  }

  function select(index) {
    var list = items();
    if (list.length === 0) return;
    index = Math.max(0, Math.min(list.length - 1, index));
    if (current >= 0 && list[current]) list[current].classList.remove("current");
    current = index;
    var item = list[current];
    item.classList.add("current");
    var link = item.querySelector("h2 a");
    if (link) link.focus({ preventScroll: true });
    item.scrollIntoView({ block: "nearest" });
  }

  document.addEventListener("keydown", function (event) {
    if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
    if (event.key === "j") { select(current + 1); event.preventDefault(); }
    else if (event.key === "k") { select(current - 1); event.preventDefault(); }
    else if (event.key === "o") {
      var list = items();
      var item = list[current];
      var link = item ? item.querySelector("h2 a") : null;
      if (link) { window.location.href = link.href; event.preventDefault(); }
    } else if (event.key === "/") {
      var box = document.getElementById("q");
      if (box) { box.focus(); box.select(); event.preventDefault(); }
    }
  });
})();
