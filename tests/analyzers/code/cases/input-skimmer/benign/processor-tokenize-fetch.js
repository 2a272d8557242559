// expect: clean
// A payment form helper (the shape of Stripe.js v2's card tokenisation and Braintree's client): it reads the card
// fields the merchant marked and posts them to the processor it names, waiting for the token it answers.
const API = 'https://api.payments.example/v1/tokens';
export async function tokenize(form, publishableKey) {
  const body = new URLSearchParams({
    'card[number]': form.querySelector('[data-pay="cc-number"]').value,
    'card[cvc]': form.querySelector('[data-pay="cvc"]').value,
    'card[exp]': form.querySelector('[data-pay="cc-exp"]').value,
    key: publishableKey,
  });
  const res = await fetch(API, { method: 'POST', body });
  const { id } = await res.json();
  return id;
}
