// A widget decodes its base64 config and schedules a function (not a string) with setTimeout: nothing is evaluated.
var config = JSON.parse(atob('eyJkZWxheSI6MjUwMH0='));
function refresh() { document.querySelectorAll('img[data-src]').forEach(function (i) { i.src = i.dataset.src; }); }
setTimeout(refresh, config.delay);
module.exports = { refresh: refresh };
