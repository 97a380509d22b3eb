// Copy a section's full link: a click on a heading's ¶ (toc permalink, "이 부분의 링크") copies the page
// URL with that section's #anchor, ready to paste into a study chat, and says so. The browser still goes
// to the anchor, as before. One listener on the document also serves pages loaded by instant navigation.
(function () {
  var MESSAGE = "링크를 복사했습니다";

  function say(message) {
    if (typeof alert$ !== "undefined") return alert$.next(message); // Material's own notice (code copy uses it)
    var notice = document.createElement("div");
    notice.className = "kb-copied";
    notice.setAttribute("role", "status");
    notice.textContent = message;
    document.body.appendChild(notice);
    setTimeout(function () { notice.remove(); }, 2000);
  }

  function copyWithSelection(text) { // for pages opened over plain http or from a file
    var field = document.createElement("textarea");
    field.value = text;
    field.setAttribute("readonly", "");
    field.style.position = "fixed";
    field.style.opacity = "0";
    document.body.appendChild(field);
    field.select();
    var copied = false;
    try { copied = document.execCommand("copy"); } catch (error) { copied = false; }
    field.remove();
    return copied;
  }

  document.addEventListener("click", function (event) {
    var link = event.target.closest && event.target.closest("a.headerlink");
    if (!link) return;
    var url = new URL(link.getAttribute("href"), location.href).href;
    if (navigator.clipboard && window.isSecureContext) {
      navigator.clipboard.writeText(url).then(function () { say(MESSAGE); }, function () {
        if (copyWithSelection(url)) say(MESSAGE);
      });
    } else if (copyWithSelection(url)) {
      say(MESSAGE);
    }
  });
})();
