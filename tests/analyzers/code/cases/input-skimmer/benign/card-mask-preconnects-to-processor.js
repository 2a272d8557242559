// source: the shape of card-input formatters (cleave.js, payment field helpers): an input listener reformats what is
// typed into the card number field in place, and the page preconnects to the payment processor it names.
var link = document.createElement("link");
link.rel = "preconnect";
link.href = "https://js.payments.example";
document.head.appendChild(link);
function group(digits) {
  return digits.replace(/\D/g, "").slice(0, 16).replace(/(\d{4})(?=\d)/g, "$1 ");
}
export function attach(form) {
  var input = form.querySelector('input[autocomplete="cc-number"]');
  input.addEventListener("input", function (e) {
    var field = e.target;
    field.value = group(field.value);
    field.dataset.brand = /^4/.test(field.value) ? "visa" : "other";
  });
}
