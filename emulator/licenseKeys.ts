// Ed25519 license keys and the EdDSA JWTs Coder uses for licenses (coder-api.md §4.3).
// The emulator signs with its own key; real Coder will never trust it, and vice versa.
import {
  createHash,
  createPrivateKey,
  createPublicKey,
  generateKeyPairSync,
  sign,
  verify,
  type KeyObject,
} from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

export interface SigningKey {
  kid: string
  privateKey: KeyObject
  publicKey: KeyObject
}

export const SIGNING_KEY_FILE = 'license-signing-key.json'

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url')

/** The raw 32-byte public key, base64url: the format EMULATOR_LICENSE_KEYS takes. */
export const rawPublicKey = (key: KeyObject): string => {
  const jwk = key.export({ format: 'jwk' })
  if (!jwk.x) throw new Error('not an Ed25519 public key')
  return jwk.x
}

const publicKeyFromRaw = (x: string): KeyObject =>
  createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x }, format: 'jwk' })

// A kid derived from the key itself stays stable across restarts and differs between data dirs.
const kidFor = (publicKey: KeyObject) =>
  `emulator-${createHash('sha256').update(rawPublicKey(publicKey)).digest('hex').slice(0, 12)}`

function fromPem(pem: string): SigningKey {
  const privateKey = createPrivateKey(pem)
  const publicKey = createPublicKey(privateKey)
  return { kid: kidFor(publicKey), privateKey, publicKey }
}

function generate(): SigningKey {
  const { privateKey, publicKey } = generateKeyPairSync('ed25519')
  return { kid: kidFor(publicKey), privateKey, publicKey }
}

function readKeyFile(file: string): SigningKey | undefined {
  try {
    const stored = JSON.parse(readFileSync(file, 'utf8')) as { private_key_pem?: string }
    if (!stored.private_key_pem) throw new Error(`${file} has no private_key_pem`)
    return fromPem(stored.private_key_pem)
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined
    throw error
  }
}

function createKeyFile(dataDir: string, file: string): SigningKey {
  mkdirSync(dataDir, { recursive: true })
  const key = generate()
  const pem = key.privateKey.export({ format: 'pem', type: 'pkcs8' }).toString()
  const body = JSON.stringify({ kid: key.kid, private_key_pem: pem }, null, 2)
  try {
    // 'wx': if another process (the CLI, a second emulator) won the race, use its key.
    writeFileSync(file, `${body}\n`, { flag: 'wx', mode: 0o600 })
    return key
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
    const existing = readKeyFile(file)
    if (!existing) throw error
    return existing
  }
}

const cache = new Map<string, SigningKey>()
const IN_MEMORY = '\0memory'

/**
 * The emulator's license signing key: kept in `<dataDir>/license-signing-key.json`, made on
 * first use. Without a data dir the key lives in memory, shared by every emulator in the process.
 */
export function signingKey(dataDir?: string): SigningKey {
  const cacheKey = dataDir ?? IN_MEMORY
  let key = cache.get(cacheKey)
  if (!key) {
    if (dataDir) {
      const file = join(dataDir, SIGNING_KEY_FILE)
      key = readKeyFile(file) ?? createKeyFile(dataDir, file)
    } else {
      key = generate()
    }
    cache.set(cacheKey, key)
  }
  return key
}

/** kid → public key: the emulator's own key plus EMULATOR_LICENSE_KEYS. */
export function trustedKeys(
  dataDir: string | undefined,
  extra: Record<string, string>,
): Map<string, KeyObject> {
  const own = signingKey(dataDir)
  const keys = new Map<string, KeyObject>([[own.kid, own.publicKey]])
  for (const [kid, x] of Object.entries(extra)) keys.set(kid, publicKeyFromRaw(x))
  return keys
}

export function signJwt(key: Pick<SigningKey, 'kid' | 'privateKey'>, claims: object): string {
  const header = b64url(JSON.stringify({ alg: 'EdDSA', kid: key.kid, typ: 'JWT' }))
  const payload = b64url(JSON.stringify(claims))
  const signature = sign(null, Buffer.from(`${header}.${payload}`), key.privateKey)
  return `${header}.${payload}.${b64url(signature)}`
}

export class JwtError extends Error {}

export interface DecodedJwt {
  header: Record<string, unknown>
  payload: Record<string, unknown>
}

const decodePart = (part: string, what: string): Record<string, unknown> => {
  try {
    const value: unknown = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'))
    if (value && typeof value === 'object' && !Array.isArray(value)) {
      return value as Record<string, unknown>
    }
  } catch {
    // falls through to the error below
  }
  throw new JwtError(`token is malformed: could not JSON decode ${what}`)
}

/** Parses the structure and checks alg, kid and signature; claim checks are the caller's. */
export function verifyJwt(token: string, keys: Map<string, KeyObject>): DecodedJwt {
  const parts = token.trim().split('.')
  if (parts.length !== 3) {
    throw new JwtError('token is malformed: token contains an invalid number of segments')
  }
  const [headerPart, payloadPart, signaturePart] = parts as [string, string, string]
  const header = decodePart(headerPart, 'header')
  const payload = decodePart(payloadPart, 'claim')
  if (header.alg !== 'EdDSA') throw new JwtError(`signing method ${String(header.alg)} is invalid`)
  if (typeof header.kid !== 'string' || header.kid === '') {
    throw new JwtError('JOSE header must contain kid')
  }
  const key = keys.get(header.kid)
  if (!key) throw new JwtError(`no key with ID ${header.kid}`)
  const signed = Buffer.from(`${headerPart}.${payloadPart}`)
  if (!verify(null, signed, key, Buffer.from(signaturePart, 'base64url'))) {
    throw new JwtError('ed25519: verification error')
  }
  return { header, payload }
}
