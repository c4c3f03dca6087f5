/**
 * Opening the plan with the device: a passkey with the WebAuthn PRF extension. The
 * authenticator turns a stored salt into 32 secret bytes only after the person's screen lock,
 * fingerprint or face; those bytes, through HKDF, unwrap the data key (see keySlots.ts). No
 * server is involved: the assertion itself is not checked by anyone, only the PRF output is used.
 * It is never the only way in: the passphrase and the recovery code always work.
 */
import { openPasskeySlot, passkeySlot, randomBytes, type PasskeySlot } from './keySlots';
import { readSlots } from './lockStore';

export class PasskeyUnavailable extends Error {
  constructor(reason: string) {
    super(reason);
    this.name = 'PasskeyUnavailable';
  }
}

interface PrfResults {
  prf?: { enabled?: boolean; results?: { first?: ArrayBuffer } };
}

export function canUsePasskeys(): boolean {
  return (
    typeof window !== 'undefined' &&
    window.isSecureContext &&
    typeof PublicKeyCredential !== 'undefined' &&
    typeof navigator.credentials?.create === 'function'
  );
}

function prfExtension(salt: Uint8Array<ArrayBuffer>): AuthenticationExtensionsClientInputs {
  return { prf: { eval: { first: salt } } } as AuthenticationExtensionsClientInputs;
}

async function prfOutput(
  credentialId: Uint8Array<ArrayBuffer>,
  salt: Uint8Array<ArrayBuffer>,
): Promise<Uint8Array<ArrayBuffer>> {
  const assertion = (await navigator.credentials.get({
    publicKey: {
      challenge: randomBytes(32),
      allowCredentials: [{ type: 'public-key', id: credentialId }],
      userVerification: 'required',
      extensions: prfExtension(salt),
    },
  })) as PublicKeyCredential | null;
  const first = (assertion?.getClientExtensionResults() as PrfResults | undefined)?.prf?.results
    ?.first;
  if (!first) throw new PasskeyUnavailable('no PRF output');
  return new Uint8Array(first);
}

/** Makes a passkey on this device and a slot that opens the plan with it. */
export async function createPasskeySlot(dataKey: CryptoKey): Promise<PasskeySlot> {
  if (!canUsePasskeys()) throw new PasskeyUnavailable('no WebAuthn');
  const prfSalt = randomBytes(32);
  const credential = (await navigator.credentials.create({
    publicKey: {
      rp: { name: 'Waymark' },
      user: { id: randomBytes(16), name: 'Waymark', displayName: 'Waymark' },
      challenge: randomBytes(32),
      pubKeyCredParams: [
        { type: 'public-key', alg: -7 },
        { type: 'public-key', alg: -257 },
      ],
      authenticatorSelection: { userVerification: 'required', residentKey: 'preferred' },
      extensions: prfExtension(prfSalt),
    },
  })) as PublicKeyCredential | null;
  if (!credential) throw new PasskeyUnavailable('no credential');
  const prf = (credential.getClientExtensionResults() as PrfResults).prf;
  if (!prf?.enabled && !prf?.results?.first) throw new PasskeyUnavailable('no PRF');
  const credentialId = new Uint8Array(credential.rawId);
  const output = prf.results?.first
    ? new Uint8Array(prf.results.first)
    : await prfOutput(credentialId, prfSalt);
  return passkeySlot(dataKey, credentialId, prfSalt, output);
}

/** The data key, opened with the passkey (the device asks the person first). */
export async function unlockWithPasskey(): Promise<CryptoKey> {
  const slot = (await readSlots())?.passkey;
  if (!slot) throw new PasskeyUnavailable('no passkey slot');
  return openPasskeySlot(slot, await prfOutput(slot.credentialId, slot.prfSalt));
}
