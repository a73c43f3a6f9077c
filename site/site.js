// The demo site's own behaviour (host-page code, not the kit): remember the reader's language
// across pages. Loaded as a classic script straight after <slk-language-switch>, so it runs
// before the kit's module and the page never flashes the wrong language.
// The home page is bilingual (<html data-bilingual>): it switches <html lang> itself. The guides
// are in English only: there the choice applies to the kit's own text (a lang on the switch),
// and a note in Welsh says the guide is in English.
(function () {
  'use strict';
  var KEY = 'slk-demo-locale';
  var root = document.documentElement;
  var bilingual = root.hasAttribute('data-bilingual');
  var languageSwitch = document.querySelector('slk-language-switch');

  function apply(locale) {
    root.setAttribute('data-kit-locale', locale);
    if (bilingual) {
      root.lang = locale;
      var title = root.getAttribute(locale === 'cy' ? 'data-title-cy' : 'data-title-en');
      if (title) document.title = title;
    } else if (languageSwitch) {
      languageSwitch.setAttribute('lang', locale);
    }
  }

  var saved = null;
  try {
    saved = window.localStorage.getItem(KEY);
  } catch {
    // Storage can be blocked by policy or private browsing: the page still works, unremembered.
  }
  if (saved === 'cy' || saved === 'en-GB') apply(saved);

  document.addEventListener('slk-locale-change', function (event) {
    var locale = event.detail && event.detail.locale;
    if (locale !== 'cy' && locale !== 'en-GB') return;
    try {
      window.localStorage.setItem(KEY, locale);
    } catch {
      // See above.
    }
    apply(locale);
  });
})();
