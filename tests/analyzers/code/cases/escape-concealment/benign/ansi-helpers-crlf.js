// expect: clean
// source: chalk/ansi-styles shape, CRLF line ends: colours written as escapes in strings, a carriage return only
// before each line feed.
const ESC = '\u001b[';
/* clear the line: ESC + '2K' */
exports.clearLine = () => process.stdout.write(ESC + '2K\r');
exports.up = (n = 1) => ESC + n + 'A'; // cursor up
