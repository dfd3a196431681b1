// TOTP (RFC 6238: HMAC-SHA-1, 30-second steps, 6 digits) written here with node:crypto,
// independently of the server's liboath, so tests compute the code an authenticator app
// would show for the key an enrolment page gives.
import { createHmac, randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

function base32Decode(text) {
  let bits = 0;
  let value = 0;
  const bytes = [];
  for (const c of text.replace(/[\s=]/g, '').toUpperCase()) {
    const index = alphabet.indexOf(c);
    if (index < 0) throw new Error(`not base32: ${text}`);
    value = ((value << 5) | index) & 0xffff;
    bits += 5;
    if (bits >= 8) {
      bytes.push((value >>> (bits - 8)) & 0xff);
      bits -= 8;
    }
  }
  return Buffer.from(bytes);
}

// The step that the time (Unix seconds) falls in.
export function stepAt(seconds = Date.now() / 1000) {
  return Math.floor(seconds / 30);
}

// The code for a step, from the key as the enrolment page shows it (base32, spaces allowed).
export function totpForStep(key, step) {
  const counter = Buffer.alloc(8);
  counter.writeBigUInt64BE(BigInt(step));
  const hash = createHmac('sha1', base32Decode(key)).update(counter).digest();
  const offset = hash[hash.length - 1] & 0x0f;
  const value = (hash.readUInt32BE(offset) & 0x7fffffff) % 1_000_000;
  return String(value).padStart(6, '0');
}

// A random two-factor key for a test server (PATHWAY_TWO_FACTOR_KEY).
export function newTwoFactorKey() {
  return randomBytes(32).toString('hex');
}

// The key shown on an enrolment page.
export function keyOnPage(html) {
  const match = html.match(/<code class="app-secret" id="secret">([A-Z2-7 ]+)<\/code>/);
  if (!match) throw new Error('no two-factor key on the page');
  return match[1];
}

// The recovery codes shown once after enrolment.
export function recoveryCodesOnPage(html) {
  return [...html.matchAll(/<li><code>([a-z2-7-]+)<\/code><\/li>/g)].map((m) => m[1]);
}
