/* site.js: sorting of tables marked "sortable" and the filters of the
 * projects table.  Plain JavaScript, no library, nothing fetched (it runs
 * from file://).  The pages are complete without it: every row shows,
 * sorted by name, and the controls stay hidden. */
(function () {
  "use strict";
  var each = function (list, f) { Array.prototype.forEach.call(list, f); };

  function key(row, i, type) {
    var cell = row.cells[i];
    var v = cell.getAttribute("data-sort");
    if (v === null) { v = cell.textContent.trim().toLowerCase(); }
    return type === "num" ? parseFloat(v) : v;
  }

  /* Buttons in the column heads; a second choice reverses the order. */
  function sortable(table) {
    var tbody = table.tBodies[0];
    if (!tbody) { return; }
    var heads = table.tHead.rows[0].cells;
    function sortBy(i) {
      var type = heads[i].getAttribute("data-type");
      var asc = heads[i].getAttribute("aria-sort") !== "ascending";
      var rows = Array.prototype.slice.call(tbody.rows);
      rows.sort(function (a, b) {
        var x = key(a, i, type), y = key(b, i, type);
        var c = x < y ? -1 : x > y ? 1 : 0;
        return asc ? c : -c;
      });
      each(heads, function (h) { h.removeAttribute("aria-sort"); });
      heads[i].setAttribute("aria-sort", asc ? "ascending" : "descending");
      rows.forEach(function (r) { tbody.appendChild(r); });
    }
    each(heads, function (th, i) {
      var b = document.createElement("button");
      b.type = "button";
      while (th.firstChild) { b.appendChild(th.firstChild); }
      th.appendChild(b);
      b.addEventListener("click", function () { sortBy(i); });
    });
  }
  each(document.querySelectorAll("table.sortable"), sortable);

  /* projects.html: the text filter and the facets, all applying at once. */
  var table = document.getElementById("projects");
  var tools = document.getElementById("project-tools");
  if (!table || !tools || !table.tBodies[0]) { return; }
  var input = document.getElementById("project-filter");
  var count = document.getElementById("project-count");
  var facets = tools.querySelectorAll("select[data-facet]");
  var countText = table.getAttribute("data-count") || "{shown} / {total}";
  function filter() {
    var q = input.value.trim().toLowerCase(), shown = 0;
    var rows = table.tBodies[0].rows;
    each(rows, function (r) {
      var hit = q === "" || r.textContent.toLowerCase().indexOf(q) >= 0;
      each(facets, function (f) {
        var v = f.value;
        var have = " " + (r.getAttribute("data-" + f.getAttribute("data-facet")) || "") + " ";
        if (v !== "" && have.indexOf(" " + v + " ") < 0) { hit = false; }
      });
      r.hidden = !hit;
      if (hit) { shown++; }
    });
    count.textContent = countText.replace("{shown}", shown).replace("{total}", rows.length);
  }
  tools.hidden = false;
  input.addEventListener("input", filter);
  each(facets, function (f) { f.addEventListener("change", filter); });
  filter();
}());
