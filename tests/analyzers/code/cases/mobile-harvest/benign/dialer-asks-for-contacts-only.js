// A React Native dialer: it asks for the contacts to show names beside numbers and reports crashes to its backend.
import { PermissionsAndroid } from 'react-native';
export async function init() {
  return PermissionsAndroid.request(PermissionsAndroid.PERMISSIONS.READ_CONTACTS);
}
export function reportCrash(error) {
  return fetch('https://crash.dialer.example/v1', { method: 'POST', body: String(error && error.stack) });
}
