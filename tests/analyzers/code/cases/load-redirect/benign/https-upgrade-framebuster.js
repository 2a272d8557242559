// source: https-only redirects and frame busters in site snippets: the page goes to its own address.
if (location.protocol === 'http:' && location.hostname !== 'localhost') {
  location.replace('https:' + location.href.substring(location.protocol.length));
}
if (window.top !== window.self) {
  window.top.location = window.self.location;
}
