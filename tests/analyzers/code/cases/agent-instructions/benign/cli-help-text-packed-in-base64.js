// expect: clean
// A CLI that keeps its help text in base64 (a build step packs it): instructions for people, no command piped to a shell.
const HELP = "VXNhZ2U6IGRldmVudiBbb3B0aW9uc10KCkluc3RhbGwgdGhlIENMSSB3aXRoIG5wbSBpIC1nIGRldmVudiwgdGhlbiBydW4gZGV2ZW52IGluaXQuIFNlZSB0aGUgZG9jcyBmb3IgaW5zdHJ1Y3Rpb25zLg==";
module.exports = () => console.log(Buffer.from(HELP, "base64").toString("utf8"));
