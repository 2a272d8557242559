// source: the shape of click-tracking plugins (mailgun/postmark link tracking helpers): the tracking host is the one the
// user configures or a documented default written in the code, and the link goes in a query parameter.
"use strict";
const DEFAULT_HOST = "https://clicks.mail-tracker.example/r";
module.exports = function track(options = {}) {
  const host = options.host || DEFAULT_HOST;
  return (url) => `${host}?u=${Buffer.from(url).toString("base64url")}&c=${encodeURIComponent(options.campaign || "")}`;
};
