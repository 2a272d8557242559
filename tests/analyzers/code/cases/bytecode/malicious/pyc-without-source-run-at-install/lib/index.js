module.exports = { python: process.env.PYTHON || 'python3' };
