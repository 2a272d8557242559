// source: the shape of video embed APIs (the YouTube iframe API, Vimeo's player.js): the page's script drives the
// player's iframe with postMessage commands; nothing of the page's cookies or storage is posted
var frame = document.createElement('iframe');
frame.src = 'https://player.video.example/embed/abc?enablejsapi=1';
document.body.appendChild(frame);
exports.play = function () {
  frame.contentWindow.postMessage(JSON.stringify({ event: 'command', func: 'playVideo', args: [] }), '*');
};
exports.seek = function (seconds) {
  frame.contentWindow.postMessage(JSON.stringify({ event: 'command', func: 'seekTo', args: [seconds, true] }), '*');
};
