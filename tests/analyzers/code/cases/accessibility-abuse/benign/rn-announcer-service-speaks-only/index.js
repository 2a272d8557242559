// expect: clean
// source: a React Native accessibility helper whose Android service reads focused and changed text aloud on the
// device (text-to-speech); it never talks to a server
import { NativeModules } from 'react-native';
export const enable = () => NativeModules.A11ySpeaker.enable();
