// The index: family, outcome and split selects plus a free-text search, all applied together; a click on
// a column heading sorts by it (again: the other way); a click on a bar of the card's figures filters.
// Only the first PAGE matching rows are in the table ("show more" adds the next): laying out a thousand
// rows anew after every sort or filter took a quarter of a second.
(function () {
  "use strict";
  const table = document.getElementById("sessions");
  const body = table.tBodies[0];
  const rows = Array.from(body.rows);
  const page = parseInt(table.dataset.page, 10);
  const search = document.getElementById("search");
  const selects = ["family", "outcome", "split"].map((name) => document.getElementById(name));
  const shown = document.getElementById("shown");
  const more = document.getElementById("more");
  let matching = rows;
  let limit = page;

  function matchesSelects(row) {
    return selects.every((select) => select.value === "" || row.dataset[select.id] === select.value);
  }

  function matchesSearch(row, words) {
    return words.every((word) => row.dataset.search.includes(word));
  }

  function render() {
    body.replaceChildren(...matching.slice(0, limit));
    const cut = matching.length > limit;
    shown.textContent = matching.length + " of " + rows.length + (cut ? " (first " + limit + " shown)" : "");
    more.hidden = !cut;
  }

  function applyFilters() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    matching = rows.filter((row) => matchesSelects(row) && matchesSearch(row, words));
    limit = page;
    render();
  }

  function cellKey(row, column, numeric) {
    const cell = row.cells[column];
    return numeric ? parseFloat(cell.dataset.value ?? cell.textContent) : cell.textContent.trim();
  }

  function sortBy(heading) {
    const column = heading.cellIndex;
    const numeric = heading.dataset.sort === "number";
    const ascending = heading.getAttribute("aria-sort") !== "ascending";
    heading.parentElement.querySelectorAll("th").forEach((other) => other.removeAttribute("aria-sort"));
    heading.setAttribute("aria-sort", ascending ? "ascending" : "descending");
    const keyed = rows.map((row, order) => ({ row, order, key: cellKey(row, column, numeric) }));
    const compare = numeric ? (a, b) => a.key - b.key : (a, b) => a.key.localeCompare(b.key);
    keyed.sort((a, b) => (ascending ? compare(a, b) : compare(b, a)) || a.order - b.order);
    rows.splice(0, rows.length, ...keyed.map((item) => item.row));
    applyFilters();
  }

  function filterFromBar(bar) {
    const select = document.getElementById(bar.dataset.filter);
    select.value = select.value === bar.dataset.value ? "" : bar.dataset.value;
    applyFilters();
  }

  function showMore() {
    limit += page;
    render();
  }

  search.addEventListener("input", applyFilters);
  selects.forEach((select) => select.addEventListener("change", applyFilters));
  table.querySelectorAll("th[data-sort]").forEach((heading) => heading.addEventListener("click", () => sortBy(heading)));
  document.querySelectorAll("#card g.bar").forEach((bar) => bar.addEventListener("click", () => filterFromBar(bar)));
  more.addEventListener("click", showMore);
  applyFilters();
})();
