// expect: clean
// The shape of react-native-sms-retriever: the SMS Retriever API hands the app the one message addressed to it, with no
// SMS permission; the plugin's native side also fetches nothing but its own config check.
import { NativeModules } from 'react-native';
export const requestOtp = () => NativeModules.SmsRetriever.startSmsRetriever();
