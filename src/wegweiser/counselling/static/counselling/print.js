// The ticket page's print button (no inline script: CSP).
document.addEventListener("DOMContentLoaded", function () {
  var button = document.getElementById("print-ticket");
  if (button) { button.addEventListener("click", function () { window.print(); }); }
});
