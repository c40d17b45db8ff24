// The one script every page ships (kept small, no build step): elder mode (长辈模式: larger text and
// targets, higher contrast), read-aloud (朗读本页) and whole-card clicks. Loaded in <head> so the
// mode applies before first paint; the choice persists in localStorage across pages and visits.
(function () {
  var KEY = 'elder-mode';
  var root = document.documentElement;
  try {
    if (localStorage.getItem(KEY) === 'on') root.dataset.mode = 'elder';
  } catch (e) {
    /* storage blocked: the mode simply does not persist */
  }

  function setUpToggle(button) {
    var state = button.querySelector('.elder-toggle-state');
    var sync = function () {
      var on = root.dataset.mode === 'elder';
      button.setAttribute('aria-pressed', String(on));
      state.textContent = on ? '开' : '关';
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
  }

  // Reads <main> in sentence-sized pieces (long utterances stall in some browsers); a second press stops.
  function setUpReadAloud(button) {
    var speech = window.speechSynthesis;
    var main = document.getElementById('main');
    if (!speech || !window.SpeechSynthesisUtterance || !main) return;
    var label = button.textContent;
    var reading = false;
    var stop = function () {
      reading = false;
      speech.cancel();
      button.textContent = label;
    };
    button.hidden = false;
    button.addEventListener('click', function () {
      if (reading) return stop();
      var voices = speech.getVoices();
      var voice = voices.find(function (v) { return /^zh[-_]CN/i.test(v.lang); }) || voices.find(function (v) { return /^zh/i.test(v.lang); });
      var pieces = main.innerText.match(/[^。！？；\n]+[。！？；]?/g) || [];
      pieces = pieces.map(function (p) { return p.trim(); }).filter(Boolean);
      if (pieces.length === 0) return;
      speech.cancel();
      reading = true;
      button.textContent = '停止朗读';
      pieces.forEach(function (text, index) {
        var utterance = new SpeechSynthesisUtterance(text);
        utterance.lang = 'zh-CN';
        if (voice) utterance.voice = voice;
        if (index === pieces.length - 1) utterance.onend = function () { if (reading) stop(); };
        speech.speak(utterance);
      });
    });
    window.addEventListener('pagehide', function () { if (reading) stop(); });
  }

  // A card's text sits above its stretched heading link (so it can be selected): a click on the text
  // follows the link, unless it ended a text selection.
  function forwardCardClicks(event) {
    if (event.button !== 0 || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (event.target.closest('a, button, input, select, textarea, summary, label')) return;
    var card = event.target.closest('.card');
    var link = card && card.querySelector(':scope > h2 > a, :scope > h3 > a');
    if (link && String(window.getSelection()).length === 0) link.click();
  }

  document.addEventListener('DOMContentLoaded', function () {
    var toggle = document.getElementById('elder-toggle');
    var readAloud = document.getElementById('read-aloud');
    if (toggle) setUpToggle(toggle);
    if (readAloud) setUpReadAloud(readAloud);
    document.addEventListener('click', forwardCardClicks);
  });
})();
