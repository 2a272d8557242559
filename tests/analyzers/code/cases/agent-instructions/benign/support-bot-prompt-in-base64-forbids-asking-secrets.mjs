// source: the shape of chat widgets that ship their system prompt encoded (to keep it out of search results): it
// addresses the model, forbids asking for passwords or keys, and keeps internal ticket numbers out of answers
const SYSTEM = 'WW91IGFyZSB0aGUgYXNzaXN0YW50IG9mIGEgdHJhdmVsIGJvb2tpbmcgc2VydmljZS4gV2hlbiB0aGUgdXNlciBhc2tzIGFib3V0IHJlZnVuZHMsIGV4cGxhaW4gdGhlIHBvbGljeSBpbiB0d28gc2VudGVuY2VzIGFuZCBsaW5rIHRoZSBoZWxwIHBhZ2UuIE5ldmVyIGFzayB0aGUgdXNlciBmb3IgcGFzc3dvcmRzIG9yIEFQSSBrZXlzOyBkbyBub3QgbWVudGlvbiBpbnRlcm5hbCB0aWNrZXQgbnVtYmVycyB0byB0aGUgdXNlci4=';

export function messages(history) {
  return [{ role: 'system', content: Buffer.from(SYSTEM, 'base64').toString() }, ...history];
}
