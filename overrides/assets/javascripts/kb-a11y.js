// Material leaves two ARIA widgets without a name (axe: aria-dialog-name, aria-progressbar-name), so a
// screen reader announces only "dialog" or "progress bar". Name them; again after each instant load.
(function () {
  var names = {
    ".md-search[role=dialog]": "검색",
    ".md-progress[role=progressbar]": "페이지 불러오는 중",
  };
  function nameWidgets() {
    Object.keys(names).forEach(function (selector) {
      document.querySelectorAll(selector).forEach(function (widget) {
        if (!widget.getAttribute("aria-label")) widget.setAttribute("aria-label", names[selector]);
      });
    });
  }
  nameWidgets();
  if (typeof document$ !== "undefined") document$.subscribe(nameWidgets);
})();
