// The index: family, outcome and split selects plus a free-text search, all applied together; a click on
// a column heading sorts by it (again: the other way); a click on a bar of the card's figures filters.
(function () {
  "use strict";
  const body = document.querySelector("#sessions tbody");
  const rows = Array.from(body.rows);
  const search = document.getElementById("search");
  const selects = ["family", "outcome", "split"].map((name) => document.getElementById(name));
  const shown = document.getElementById("shown");

  function matchesSelects(row) {
    return selects.every((select) => select.value === "" || row.dataset[select.id] === select.value);
  }

  function matchesSearch(row, words) {
    return words.every((word) => row.dataset.search.includes(word));
  }

  function applyFilters() {
    const words = search.value.toLowerCase().split(/\s+/).filter(Boolean);
    let count = 0;
    for (const row of rows) {
      const visible = matchesSelects(row) && matchesSearch(row, words);
      row.hidden = !visible;
      count += visible ? 1 : 0;
    }
    shown.textContent = count + " of " + rows.length;
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
    body.append(...keyed.map((item) => item.row));
  }

  function filterFromBar(bar) {
    const select = document.getElementById(bar.dataset.filter);
    select.value = select.value === bar.dataset.value ? "" : bar.dataset.value;
    applyFilters();
  }

  search.addEventListener("input", applyFilters);
  selects.forEach((select) => select.addEventListener("change", applyFilters));
  document.querySelectorAll("#sessions th[data-sort]").forEach((heading) => {
    heading.addEventListener("click", () => sortBy(heading));
  });
  document.querySelectorAll("#card g.bar").forEach((bar) => bar.addEventListener("click", () => filterFromBar(bar)));
  applyFilters();
})();
