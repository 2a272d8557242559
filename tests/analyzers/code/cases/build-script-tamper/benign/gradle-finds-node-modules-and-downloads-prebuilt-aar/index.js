// expect: clean
// A React Native library's build.gradle in the common shape: it runs Node to find react-native's directory, and
// downloads its prebuilt native archive into the build directory (no init script, nothing from the network run).
export const encode = (s) => s;
