require('../src/install')(require('path').join(__dirname, '..'));
