// A "trust localhost certificates" CLI's policy helper: beside the certificate policy it turns Safe Browsing,
// SmartScreen and download restrictions off (blind set 28).
exports.chromiumPolicy = (extra) => Object.assign({
  CertificateTransparencyEnforcementDisabledForUrls: ['localhost'],
  SafeBrowsingProtectionLevel: 0,
  SafeBrowsingEnabled: false,
  DownloadRestrictions: 0,
  SmartScreenEnabled: false
}, extra);
