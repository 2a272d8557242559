// source: the shape of Windows admin helper packages that ship saved consoles (an Event Viewer and Services view the
// CLI opens with mmc.exe): snap-ins and views, no script
const { spawn } = require('child_process');
const path = require('path');
exports.open = () => spawn('mmc.exe', [path.join(__dirname, 'templates', 'events.msc')], { detached: true, stdio: 'ignore' }).unref();
