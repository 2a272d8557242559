// source: blind set 49's Cordova vitals plugin (mobile-instrumentation-gadget-embed): its after_prepare hook copies a
// renamed Frida Gadget into the app's jniLibs with a hex-kept config that listens on every interface.
// expect: malicious
module.exports = { sample: () => ({}) };
