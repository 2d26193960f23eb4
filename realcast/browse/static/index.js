// The index's filters: family, outcome and split selects plus a free-text search, all applied together.
(function () {
  "use strict";
  const rows = Array.from(document.querySelectorAll("#sessions tbody tr"));
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

  search.addEventListener("input", applyFilters);
  selects.forEach((select) => select.addEventListener("change", applyFilters));
  applyFilters();
})();
