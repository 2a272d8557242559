// expect: clean
// source: a Group Policy reporting tool: it lists each policy's startup scripts (scripts.ini) and scheduled tasks
// (ScheduledTasks.xml) and the extensions registered for it, and changes nothing
const { readFile } = require('fs/promises');
const path = require('path');

async function report(client, baseDN, sysvol) {
  const { searchEntries } = await client.search(baseDN, { filter: '(objectClass=groupPolicyContainer)', attributes: ['displayName', 'gPCFileSysPath'] });
  const out = [];
  for (const gpo of searchEntries) {
    const dir = path.join(sysvol, path.basename(gpo.gPCFileSysPath));
    const scripts = await readFile(path.join(dir, 'Machine', 'Scripts', 'scripts.ini'), 'utf16le').catch(() => '');
    const tasks = await readFile(path.join(dir, 'Machine', 'Preferences', 'ScheduledTasks', 'ScheduledTasks.xml'), 'utf8').catch(() => '');
    out.push({ name: gpo.displayName, startup: /\[Startup\]/.test(scripts), tasks: (tasks.match(/<Task /g) || []).length });
  }
  return out;
}

module.exports = { report };
