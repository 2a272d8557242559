// expect: clean
// source: the look-alike: a deploy notifier whose exported function posts the host and user to the chat webhook its
// user configures; written here
"use strict";
const os = require("os");
exports.notifyDeploy = async function notifyDeploy(options, release) {
    await fetch(options.webhookUrl, {
        method: "POST",
        body: JSON.stringify({ text: `${release} deployed by ${os.userInfo().username} on ${os.hostname()}` })
    });
};
