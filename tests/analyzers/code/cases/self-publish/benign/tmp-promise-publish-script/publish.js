const { execSync } = require('child_process');
execSync('npm test', { stdio: 'inherit' });
execSync('npm publish', { stdio: 'inherit' });
