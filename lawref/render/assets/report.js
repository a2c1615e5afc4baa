// lawref report: show one quote's details at a time. Reads only the page's own elements; the
// report works without this script (every panel is then listed beside the text).
document.documentElement.classList.add("js");
document.addEventListener("DOMContentLoaded", function () {
  var pinned = {};
  function asideOf(panel) { return panel ? panel.closest("aside.details") : null; }
  function show(panelId, pin) {
    var panel = document.getElementById(panelId);
    var aside = asideOf(panel);
    if (!panel || !aside || !panel.classList.contains("panel")) { return; }
    aside.querySelectorAll(".panel.active").forEach(function (p) { p.classList.remove("active"); });
    document.querySelectorAll("mark.q.sel").forEach(function (m) {
      if (asideOf(document.getElementById(m.dataset.q)) === aside) { m.classList.remove("sel"); }
    });
    panel.classList.add("active");
    aside.classList.add("has-active");
    document.querySelectorAll("mark.q").forEach(function (m) {
      if (m.dataset.q === panelId) { m.classList.add("sel"); }
    });
    if (pin) { pinned[aside.id] = panelId; }
  }
  function clear(aside) {
    aside.querySelectorAll(".panel.active").forEach(function (p) { p.classList.remove("active"); });
    aside.classList.remove("has-active");
    document.querySelectorAll("mark.q.sel").forEach(function (m) { m.classList.remove("sel"); });
  }
  function restore(aside) {
    if (pinned[aside.id]) { show(pinned[aside.id], false); } else { clear(aside); }
  }
  function fromHash() {
    var id = location.hash.slice(1);
    try { id = decodeURIComponent(id); } catch (error) { return; }
    var target = id ? document.getElementById(id) : null;
    if (!target) { return; }
    if (target.matches("mark.q")) {
      show(target.dataset.q, true);
      target.focus({ preventScroll: true });
      target.scrollIntoView({ block: "center" });
    } else if (target.matches(".panel")) {
      show(id, true);
    }
  }
  document.addEventListener("click", function (event) {
    var close = event.target.closest(".panel .close");
    if (close) {
      var aside = asideOf(close);
      delete pinned[aside.id];
      clear(aside);
      return;
    }
    if (event.target.closest("a.cite")) { return; }
    var mark = event.target.closest("mark.q");
    if (!mark) { return; }
    event.preventDefault();
    show(mark.dataset.q, true);
  });
  document.addEventListener("keydown", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.q") : null;
    if (mark && (event.key === "Enter" || event.key === " ")) {
      event.preventDefault();
      show(mark.dataset.q, true);
    }
  });
  document.addEventListener("mouseover", function (event) {
    var mark = event.target.closest("mark.q");
    if (mark) { show(mark.dataset.q, false); }
  });
  document.addEventListener("mouseout", function (event) {
    var mark = event.target.closest("mark.q");
    if (mark && !(event.relatedTarget && mark.contains(event.relatedTarget))) {
      var aside = asideOf(document.getElementById(mark.dataset.q));
      if (aside) { restore(aside); }
    }
  });
  document.addEventListener("focusin", function (event) {
    var mark = event.target.closest ? event.target.closest("mark.q") : null;
    if (mark) { show(mark.dataset.q, false); }
  });
  window.addEventListener("hashchange", fromHash);
  fromHash();
});
