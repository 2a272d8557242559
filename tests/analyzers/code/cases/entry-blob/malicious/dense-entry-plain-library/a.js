// Formats a number with thousands separators.
module.exports = function format(n, sep = ',') {
  const [whole, fraction] = String(n).split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, sep);
  return fraction ? grouped + '.' + fraction : grouped;
};
