// expect: malicious
// A React Native library whose build.gradle asks a host for "build flags" and runs what it answers as a shell command,
// in every build of the app that depends on it.
export const BlurView = null;
