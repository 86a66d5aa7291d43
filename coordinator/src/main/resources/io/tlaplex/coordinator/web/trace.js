"use strict";
(function () {
  const box = document.getElementById("collapse");
  const count = document.getElementById("hidden-count");

  function apply() {
    const rows = document.querySelectorAll("tr.same");
    for (const row of rows) {
      row.hidden = box.checked;
    }
    count.textContent = box.checked ? rows.length + " unchanged value" + (rows.length === 1 ? "" : "s") + " hidden"
        : "";
    document.body.classList.toggle("collapsed", box.checked);
  }

  box.addEventListener("change", apply);
  const wanted = /(^|[#&?])collapse\b/;
  if (wanted.test(location.hash) || wanted.test(location.search)) {
    box.checked = true;
  }
  apply();
})();
