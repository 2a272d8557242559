// expect: clean
// source: the look-alike: a NativeScript before-build hook that writes the splash theme the environment names into the
// app's resources; written here
const fs = require('fs');
const path = require('path');

module.exports = function ($projectData) {
  const color = process.env.NS_SPLASH_COLOR || '#ffffff';
  const file = path.join($projectData.appResourcesDirectoryPath, 'Android', 'src', 'main', 'res', 'values', 'splash.xml');
  fs.writeFileSync(file, `<resources><color name="ns_splash">${color}</color></resources>\n`);
};
