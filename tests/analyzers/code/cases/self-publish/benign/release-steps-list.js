module.exports = {steps: ['build', 'test', 'npm publish']};
