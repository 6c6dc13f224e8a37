// After the server rejects a form, its error summary takes the focus so that a screen reader reads
// it first and a keyboard user starts from it; each link in it moves the focus to its field (the
// first control of a group of checkboxes), not just the scroll position.
(function () {
  'use strict';

  function focusable(target) {
    if (target.matches('input, select, textarea, button, [tabindex]')) {
      return target;
    }
    return target.querySelector('input:not([type=hidden]):not([disabled]), select, textarea, button') || target;
  }

  function start() {
    var summary = document.querySelector('[data-error-summary]');
    if (!summary) {
      return;
    }
    summary.focus();
    summary.addEventListener('click', function (event) {
      var link = event.target.closest('a[href^="#"]');
      if (!link) {
        return;
      }
      var target = document.getElementById(decodeURIComponent(link.getAttribute('href').substring(1)));
      if (!target) {
        return;
      }
      event.preventDefault();
      var field = focusable(target);
      field.scrollIntoView({ block: 'center' });
      field.focus();
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
