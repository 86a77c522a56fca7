/* site.js: sorting and filtering of the projects table.  Plain
 * JavaScript, no library; the page is complete without it. */
(function () {
  "use strict";
  var table = document.getElementById("projects");
  if (!table) { return; }
  var tbody = table.tBodies[0];
  var rows = Array.prototype.slice.call(tbody.rows);
  var heads = table.tHead.rows[0].cells;
  var tools = document.getElementById("project-tools");
  var input = document.getElementById("project-filter");
  var count = document.getElementById("project-count");
  var countText = table.getAttribute("data-count") || "{shown} / {total}";

  function key(row, i, type) {
    var cell = row.cells[i];
    var v = cell.getAttribute("data-sort");
    if (v === null) { v = cell.textContent.trim().toLowerCase(); }
    return type === "num" ? parseFloat(v) : v;
  }

  function sortBy(i) {
    var type = heads[i].getAttribute("data-type");
    var asc = heads[i].getAttribute("aria-sort") !== "ascending";
    rows.sort(function (a, b) {
      var x = key(a, i, type), y = key(b, i, type);
      var c = x < y ? -1 : x > y ? 1 : 0;
      return asc ? c : -c;
    });
    for (var h = 0; h < heads.length; h++) { heads[h].removeAttribute("aria-sort"); }
    heads[i].setAttribute("aria-sort", asc ? "ascending" : "descending");
    rows.forEach(function (r) { tbody.appendChild(r); });
  }

  function filter() {
    var q = input.value.trim().toLowerCase(), shown = 0;
    rows.forEach(function (r) {
      var hit = q === "" || r.textContent.toLowerCase().indexOf(q) >= 0;
      r.hidden = !hit;
      if (hit) { shown++; }
    });
    count.textContent = countText.replace("{shown}", shown).replace("{total}", rows.length);
  }

  Array.prototype.forEach.call(heads, function (th, i) {
    var b = document.createElement("button");
    b.type = "button";
    while (th.firstChild) { b.appendChild(th.firstChild); }
    th.appendChild(b);
    b.addEventListener("click", function () { sortBy(i); });
  });
  tools.hidden = false;
  input.addEventListener("input", filter);
  filter();
}());
