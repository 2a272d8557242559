// expect: clean
// source: the shape of gcloud configuration helpers (a project switcher CLI): the active configuration's project set
// to the one the user names, when the user runs the command
const fs = require("fs");
const os = require("os");
const path = require("path");

function configDir() {
  return process.env.CLOUDSDK_CONFIG || path.join(os.homedir(), ".config", "gcloud");
}

function setProject(project, configuration = "default") {
  const file = path.join(configDir(), "configurations", `config_${configuration}`);
  const ini = fs.existsSync(file) ? fs.readFileSync(file, "utf8") : "[core]\n";
  fs.writeFileSync(file, ini.replace(/^project\s*=.*$/m, "").replace("[core]\n", `[core]\nproject = ${project}\n`));
}

module.exports = { setProject };
