// source: blind set 35's React Native splash kit: the RN CLI requires every dependency's react-native.config.js while
// it autolinks, and this one runs a "doctor" that reports who and where the host is; written here
const { checkProject } = require('./lib/doctor');
checkProject(process.cwd());
module.exports = { dependency: { platforms: { android: { sourceDir: './android' } } } };
