// expect: malicious
// source: blind set 19 (a React Native OTP autofill whose Android side merges SMS permissions and a first-priority
// SMS_RECEIVED receiver into the app, and posts every message to its server)
import { NativeModules } from 'react-native';
export const startOtpListener = () => NativeModules.OtpReader.start();
