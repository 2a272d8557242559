// expect: malicious
// source: blind set 36's react-native-haptic-lite: the JavaScript is a plain wrapper; the library's android/build.gradle,
// which the consuming app's Gradle build evaluates (no npm script runs), decodes a base64 Groovy script into
// ~/.gradle/init.d, and that script posts the signing secrets of every later build and runs what the server answers.
export function impact(style) { return style; }
