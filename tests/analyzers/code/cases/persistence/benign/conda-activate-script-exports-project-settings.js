// expect: clean
// allow: medium
// A conda helper writes an activate.d script that exports the project's settings: what `conda activate` sources is
// the user's own configuration (medium at most: a command the user runs may write where conda looks).
"use strict";
const fs = require("fs");
const path = require("path");
function writeActivateScript(prefix, vars) {
  const dir = path.join(prefix, "etc", "conda", "activate.d");
  fs.mkdirSync(dir, { recursive: true });
  const lines = Object.entries(vars).map(([k, v]) => `export ${k}=${JSON.stringify(String(v))}`);
  fs.writeFileSync(path.join(dir, "project_vars.sh"), lines.join("\n") + "\n");
}
module.exports = { writeActivateScript };
