// expect: clean
// A codegen CLI pins openapi-generator-cli's version in openapitools.json and names Maven Central's JAR URL: where
// the tool downloads from by default.
"use strict";
const fs = require("fs");
const path = require("path");
const CENTRAL = "https://repo1.maven.org/maven2/org/openapitools/openapi-generator-cli/${versionName}/openapi-generator-cli-${versionName}.jar";
module.exports = function pin(root, version) {
  const file = path.join(root, "openapitools.json");
  const cfg = { "generator-cli": { version, repository: { downloadUrl: CENTRAL } } };
  fs.writeFileSync(file, JSON.stringify(cfg, null, 2) + "\n");
};
