// The planlint HTML report's behaviour (report/check_html.cpp inlines this file). Everything it
// reads is already in the page; nothing is fetched and no text from a draft is ever parsed as
// markup (only textContent and cloned nodes are used). Listeners are delegated from the document,
// so opening a report of thousands of drafts costs no work per finding, and the script runs
// before the documents are read: the overview answers while they load.
"use strict";
(function () {
  const tip = document.getElementById("tip");
  let current = null; // the first <mark> of the selected finding

  function article(node) { return node.closest("article.doc"); }
  function marksOf(doc, index) { return doc.querySelectorAll(`mark.f[data-f="${index}"]`); }
  function entryOf(doc, index) { return document.getElementById(`${doc.id}-i${index}`); }

  // Selects a finding: outlines exactly its characters, marks its entry, scrolls to it.
  function select(mark) {
    document.querySelectorAll("mark.f.current, ol.findings li.current")
      .forEach((node) => node.classList.remove("current"));
    const doc = article(mark);
    const index = mark.dataset.f;
    marksOf(doc, index).forEach((node) => node.classList.add("current"));
    const entry = entryOf(doc, index);
    if (entry) entry.classList.add("current");
    current = mark;
    mark.scrollIntoView({ block: "center" });
    mark.focus({ preventScroll: true });
    showTip(mark);
  }

  function visibleFindings(scope) {
    return Array.from(scope.querySelectorAll("mark.f[id]")).filter((mark) => !mark.classList.contains("off"));
  }

  // Moves to the next (step 1) or previous (step -1) finding not filtered out, across documents.
  function go(step) {
    const marks = visibleFindings(document);
    if (marks.length === 0) return;
    // From the finding that has the focus, else the one selected last.
    const focused = document.activeElement;
    const from = focused && focused.matches("mark.f[id]") ? focused : current;
    let at = from ? marks.indexOf(from) : -1;
    if (at === -1 && from) {
      // The finding is filtered out: start from its place in the page.
      at = marks.findIndex((mark) => from.compareDocumentPosition(mark) & Node.DOCUMENT_POSITION_FOLLOWING);
      at = at === -1 ? marks.length : at;
      if (step > 0) at -= 1;
    }
    const next = at + step;
    if (next < 0 || next >= marks.length) return;
    select(marks[next]);
  }

  // The tooltip lists every finding covering the characters under the pointer or focus.
  function showTip(mark) {
    const doc = article(mark);
    tip.replaceChildren();
    for (let node = mark; node && node.matches("mark.f"); node = node.parentElement) {
      if (node.classList.contains("off")) continue;
      const entry = entryOf(doc, node.dataset.f);
      if (!entry) continue;
      const line = document.createElement("div");
      // The entry without its location link.
      Array.from(entry.childNodes).slice(1).forEach((child) => line.appendChild(child.cloneNode(true)));
      tip.appendChild(line);
    }
    if (!tip.firstChild) return hideTip();
    const box = mark.getBoundingClientRect();
    tip.style.left = `${window.scrollX + box.left}px`;
    tip.style.top = `${window.scrollY + box.bottom + 6}px`;
    tip.hidden = false;
  }
  function hideTip() { tip.hidden = true; }

  // Filters the findings of every document by severity and rule: unlisted and unhighlighted.
  function filterFindings() {
    const severity = document.getElementById("severity-filter").value;
    const rule = document.getElementById("rule-filter").value;
    document.querySelectorAll("article.doc").forEach((doc) => {
      const hidden = new Set();
      doc.querySelectorAll("ol.findings li").forEach((entry) => {
        const shown = (!severity || entry.classList.contains(severity)) && (!rule || entry.dataset.rule === rule);
        entry.hidden = !shown;
        if (!shown) hidden.add(entry.id.slice(entry.id.lastIndexOf("-i") + 2));
      });
      doc.querySelectorAll("pre mark.f").forEach((mark) => {
        const off = hidden.has(mark.dataset.f);
        mark.classList.toggle("off", off);
        if (off) mark.removeAttribute("tabindex");
        else if (mark.id) mark.setAttribute("tabindex", "0");
      });
    });
  }

  function toggleSection(twisty) {
    const expanded = twisty.getAttribute("aria-expanded") !== "true";
    twisty.setAttribute("aria-expanded", String(expanded));
  }

  // The table of files: sorted by a column header, filtered by path and status.
  const files = document.getElementById("files");
  function sortFiles(button) {
    const header = button.closest("th");
    const column = Number(button.dataset.column);
    const numeric = button.hasAttribute("data-numeric");
    const ascending = header.getAttribute("aria-sort") !== "ascending";
    files.querySelectorAll("thead th").forEach((th) => th.setAttribute("aria-sort", "none"));
    header.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const body = files.tBodies[0];
    const key = (row) => {
      const text = row.cells[column].textContent;
      return numeric ? Number(text) : text;
    };
    const rows = Array.from(body.rows).map((row) => [key(row), row]);
    rows.sort((a, b) => {
      const order = numeric ? a[0] - b[0] : a[0].localeCompare(b[0]);
      return ascending ? order : -order;
    });
    body.append(...rows.map((pair) => pair[1]));
  }
  function filterFiles() {
    const text = document.getElementById("file-filter").value.trim().toLowerCase();
    const status = document.getElementById("status-filter").value;
    let shown = 0;
    const rows = files.tBodies[0].rows;
    for (const row of rows) {
      const visible = (!text || row.cells[0].textContent.toLowerCase().includes(text)) &&
        (!status || row.dataset.status === status);
      row.hidden = !visible;
      if (visible) shown += 1;
    }
    const pattern = document.body.dataset.shown;
    document.getElementById("files-shown").textContent =
      pattern.replace("{}", String(shown)).replace("{}", String(rows.length));
  }

  document.addEventListener("click", (event) => {
    const target = event.target;
    const sort = target.closest("#files th button");
    if (sort) return sortFiles(sort);
    const location = target.closest("ol.findings li > a:first-child");
    if (location) {
      event.preventDefault();
      const mark = document.getElementById(location.hash.slice(1));
      if (mark) select(mark);
      return;
    }
    const step = target.closest("button[data-go]");
    if (step) return go(Number(step.dataset.go));
    const twisty = target.closest(".twisty");
    if (twisty) return toggleSection(twisty);
    const mark = target.closest("mark.f");
    if (mark && !mark.classList.contains("off")) {
      const doc = article(mark);
      select(doc.querySelector(`mark.f[id][data-f="${mark.dataset.f}"]`) || mark);
    }
  });
  document.addEventListener("change", (event) => {
    if (event.target.id === "severity-filter" || event.target.id === "rule-filter") filterFindings();
    if (event.target.id === "status-filter") filterFiles();
  });
  document.addEventListener("input", (event) => {
    if (event.target.id === "file-filter") filterFiles();
  });
  document.addEventListener("mouseover", (event) => {
    const mark = event.target.closest("mark.f");
    if (mark && !mark.classList.contains("off")) showTip(mark);
  });
  document.addEventListener("mouseout", (event) => {
    if (event.target.closest("mark.f") && document.activeElement !== event.target) hideTip();
  });
  document.addEventListener("focusin", (event) => {
    if (event.target.matches("mark.f")) showTip(event.target);
    else hideTip();
  });
  document.addEventListener("keydown", (event) => {
    if (event.key === "Escape") return hideTip();
    if ((event.key === "Enter" || event.key === " ") && event.target.matches(".twisty")) {
      event.preventDefault();
      return toggleSection(event.target);
    }
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    if (event.target.closest("input, select, textarea")) return;
    if (event.key !== "j" && event.key !== "k") return;
    event.preventDefault();
    go(event.key === "j" ? 1 : -1);
  });

  // The controls show only where they work (report.css).
  document.documentElement.classList.add("js");
  if (files) filterFiles();
  document.documentElement.dataset.ready = "1";
  performance.mark("planlint-ready"); // bench/html.sh: the time until the page is interactive
})();
