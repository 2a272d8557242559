// source: the shape of @capacitor/cli's and React Native upgrade helpers' wrapper update: the Gradle version pinned
// on services.gradle.org, or the mirror the user configured (GRADLE_DISTRIBUTION_MIRROR), never a host of the package's.
const fs = require('fs');
const path = require('path');
function updateGradleWrapper(androidDir, version, mirror = process.env.GRADLE_DISTRIBUTION_MIRROR) {
  const file = path.join(androidDir, 'gradle', 'wrapper', 'gradle-wrapper.properties');
  const base = mirror || 'https\\://services.gradle.org/distributions';
  const text = fs.readFileSync(file, 'utf8').replace(/^distributionUrl=.*$/m, `distributionUrl=${base}/gradle-${version}-all.zip`);
  fs.writeFileSync(file, text);
}
module.exports = { updateGradleWrapper };
