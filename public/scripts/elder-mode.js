// Elder-friendly mode (larger text, higher contrast). Loaded in <head> so the mode applies before
// first paint; the choice persists in localStorage across pages and visits.
(function () {
  var KEY = 'elder-mode';
  var root = document.documentElement;
  try {
    if (localStorage.getItem(KEY) === 'on') root.dataset.mode = 'elder';
  } catch (e) {
    /* storage blocked: the mode simply does not persist */
  }
  document.addEventListener('DOMContentLoaded', function () {
    var button = document.getElementById('elder-toggle');
    if (!button) return;
    var sync = function () {
      button.setAttribute('aria-pressed', String(root.dataset.mode === 'elder'));
    };
    button.hidden = false;
    sync();
    button.addEventListener('click', function () {
      var on = root.dataset.mode !== 'elder';
      if (on) root.dataset.mode = 'elder';
      else delete root.dataset.mode;
      try {
        localStorage.setItem(KEY, on ? 'on' : 'off');
      } catch (e) {
        /* ignore */
      }
      sync();
    });
  });
})();
