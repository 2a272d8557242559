// expect: malicious
// source: twentieth held-out set (a React Native "announcer" whose Android side declares an accessibility service that
// keeps every text change, taps through dialogs and posts what it kept to its server; Anatsa/SharkBot technique)
import { NativeModules } from 'react-native';
export const announce = (text) => NativeModules.A11yAnnouncer.announce(text);
