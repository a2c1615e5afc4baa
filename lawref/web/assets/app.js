// lawref web app: the reviewer's decision on each quotation (confirm or override, with a note),
// and the exports. Talks only to this app's own API; the report's own script (report.js) shows
// the panels. Text from the story reaches the page only through textContent, never as markup.
(function () {
  "use strict";
  document.addEventListener("DOMContentLoaded", function () {
    var dataNode = document.getElementById("lawref-data");
    if (!dataNode) { return; }
    var data = JSON.parse(dataNode.textContent);
    var reviews = {};
    var countNode = document.getElementById("review-count");
    var statusNode = document.getElementById("review-status");

    function say(text, isError) {
      if (!statusNode) { return; }
      statusNode.textContent = text;
      statusNode.classList.toggle("error", Boolean(isError));
    }

    function record(box, decision) {
      var note = box.querySelector("input.note").value.trim();
      var verdict = decision === "overridden"
        ? box.querySelector("select.override-verdict").value : null;
      var review = {
        document: Number(box.dataset.doc),
        quote: Number(box.dataset.quote),
        start: Number(box.dataset.start),
        end: Number(box.dataset.end),
        decision: decision,
        verdict: verdict,
        note: note,
        time: new Date().toISOString()
      };
      reviews[box.dataset.doc + "-" + box.dataset.quote] = review;
      var shown = decision === "confirmed"
        ? "Confirmed: " + box.dataset.verdict
        : "Overridden: " + verdict + " (lawref said " + box.dataset.verdict + ")";
      if (note) { shown += " — " + note; }
      box.querySelector(".decision").textContent = shown;
      box.dataset.decision = decision;
      var mark = document.getElementById("m" + box.dataset.doc + "-" + box.dataset.quote);
      if (mark) { mark.dataset.review = decision; }
      if (countNode) { countNode.textContent = String(Object.keys(reviews).length); }
      say("");
    }

    function payload(format, save) {
      var list = Object.keys(reviews).map(function (key) { return reviews[key]; });
      return {
        text: data.text,
        source: data.source,
        media_type: data.media_type,
        blockquotes: data.blockquotes,
        pages: data.pages,
        paragraphs: data.paragraphs,
        min_score: data.options.min_score,
        crosslingual: data.options.crosslingual,
        reuse: data.options.reuse,
        reviews: list,
        format: format,
        save: Boolean(save)
      };
    }

    function fileName(extension) {
      var slug = String(data.source).toLowerCase().replace(/[^a-z0-9]+/g, "-")
        .replace(/^-+|-+$/g, "").slice(-40) || "story";
      return "lawref-review-" + slug + "." + extension;
    }

    function download(blob, name) {
      var url = URL.createObjectURL(blob);
      var link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(function () { URL.revokeObjectURL(url); }, 5000);
    }

    function send(format, save) {
      say("Preparing…");
      return fetch("/api/review", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(payload(format, save))
      }).then(function (response) {
        if (!response.ok) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            throw new Error(body.error || ("the server answered " + response.status));
          });
        }
        return response.blob().then(function (blob) {
          return { blob: blob, record: response.headers.get("X-Lawref-Record") };
        });
      });
    }

    function exportAs(format) {
      send(format, false).then(function (result) {
        download(result.blob, fileName(format));
        say("Exported " + fileName(format));
      }).catch(function (error) { say("Not exported: " + error.message, true); });
    }

    document.addEventListener("click", function (event) {
      var button = event.target.closest ? event.target.closest("button") : null;
      if (!button) { return; }
      var box = button.closest(".review");
      if (box && button.classList.contains("confirm")) { record(box, "confirmed"); return; }
      if (box && button.classList.contains("override")) { record(box, "overridden"); return; }
      if (button.id === "export-json") { exportAs("json"); return; }
      if (button.id === "export-html") { exportAs("html"); return; }
      if (button.id === "save-record") {
        send("json", true).then(function (result) {
          say("Saved as record " + result.record);
        }).catch(function (error) { say("Not saved: " + error.message, true); });
      }
    });
  });
})();
