// Switching the language on a page that shows a form keeps what was typed: the language menu leads
// to the form's page by a GET (the address of a POST answers no GET), so the values travel in this
// tab's sessionStorage and are put back into the form with the same action on the next page.
// Passwords and tokens are never kept.
(function () {
  'use strict';

  var PREFIX = 'portal.typed:';

  function keptForms() {
    return Array.prototype.filter.call(document.querySelectorAll('main form'), function (form) {
      var action = form.getAttribute('action') || '';
      return (form.getAttribute('method') || '').toLowerCase() === 'post' && !/\/(account\/language|logout)$/.test(action);
    });
  }

  function actionOf(form) {
    return new URL(form.getAttribute('action') || '', window.location.href).pathname;
  }

  function kept(element) {
    var type = (element.type || '').toLowerCase();
    return element.name && element.name !== '_csrf' && ['hidden', 'password', 'file', 'submit', 'button', 'reset'].indexOf(type) < 0;
  }

  function remember() {
    keptForms().forEach(function (form) {
      var values = [];
      Array.prototype.forEach.call(form.elements, function (element) {
        if (!kept(element)) {
          return;
        }
        var type = (element.type || '').toLowerCase();
        if (type === 'checkbox' || type === 'radio') {
          values.push([element.name, element.value, element.checked]);
        }
        else if (element.multiple) {
          Array.prototype.forEach.call(element.options, function (option) {
            values.push([element.name, option.value, option.selected]);
          });
        }
        else {
          values.push([element.name, element.value]);
        }
      });
      try {
        window.sessionStorage.setItem(PREFIX + actionOf(form), JSON.stringify(values));
      }
      catch (ignored) {
        // storage full or off: the language still changes
      }
    });
  }

  function restore() {
    keptForms().forEach(function (form) {
      var key = PREFIX + actionOf(form);
      var stored;
      try {
        stored = window.sessionStorage.getItem(key);
        window.sessionStorage.removeItem(key);
      }
      catch (ignored) {
        return;
      }
      if (!stored) {
        return;
      }
      JSON.parse(stored).forEach(function (entry) {
        Array.prototype.forEach.call(form.elements, function (element) {
          if (element.name !== entry[0] || !kept(element)) {
            return;
          }
          var type = (element.type || '').toLowerCase();
          if (type === 'checkbox' || type === 'radio') {
            if (element.value === entry[1]) {
              element.checked = entry[2];
            }
          }
          else if (element.multiple) {
            Array.prototype.forEach.call(element.options, function (option) {
              if (option.value === entry[1]) {
                option.selected = entry[2];
              }
            });
          }
          else {
            element.value = entry[1];
          }
        });
      });
    });
  }

  function start() {
    restore();
    var menu = document.querySelector('[aria-labelledby="languageMenu"]');
    if (!menu) {
      return;
    }
    menu.addEventListener('click', function (event) {
      if (event.target.closest('a[lang], button[lang]')) {
        remember();
      }
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', start);
  }
  else {
    start();
  }
})();
