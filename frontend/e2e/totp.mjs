// One-time codes (RFC 6238 TOTP: HMAC-SHA1, 6 digits, 30 s) for the demo users that hold two_factor in the realm
// file (leader, stats, admin; deploy/keycloak/attract-realm.json). Keycloak takes each code once per user
// (otpPolicyCodeReusable false), so a second login of the same user waits for the next period, across files.
import { createHmac } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DEMO_TOTP_SECRET = process.env.DEMO_TOTP_SECRET ?? 'attractdemototp2fa00';
const PERIOD = 30;

export function totp(secret, counter) {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const hash = createHmac('sha1', Buffer.from(secret, 'utf8')).update(message).digest();
  const offset = hash[hash.length - 1] & 0xf;
  return String((hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000).padStart(6, '0');
}

const counterNow = () => Math.floor(Date.now() / 1000 / PERIOD);

/** A code `username` has not used yet: waits for the next period when this one's code was taken. */
export async function freshCode(username, secret = DEMO_TOTP_SECRET) {
  const used = join(tmpdir(), `attract-totp-${username}`);
  const last = existsSync(used) ? Number(readFileSync(used, 'utf8')) : -1;
  // Also keep 3 s clear of the period's end, so the code is still current when Keycloak checks it.
  while (counterNow() <= last || PERIOD - ((Date.now() / 1000) % PERIOD) < 3) {
    await new Promise((resolve) => setTimeout(resolve, 1000));
  }
  const counter = counterNow();
  writeFileSync(used, String(counter));
  return totp(secret, counter);
}
