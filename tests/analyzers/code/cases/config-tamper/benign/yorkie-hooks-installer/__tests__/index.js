const path = require('path');
const installFrom = require('../src/install');
const findParent = require('../src/utils/find-parent');
test('installs from a dependency directory', () => {
  const depDir = path.join(__dirname, 'fixtures', 'project', 'node_modules', 'yorkie');
  expect(findParent(depDir, 'package.json')).toBeTruthy();
  installFrom(depDir);
});
