import type { LicenseClaims } from '../../api/types'

// Browser-side preflight for a license before it is sent: decode the JWT (no signature check,
// the server does that) so the admin can see what they are about to load.

export const MAX_LICENSE_BYTES = 1024 * 1024

export type DecodeResult =
  | { ok: true; jwt: string; header: Record<string, unknown>; claims: Partial<LicenseClaims> }
  | { ok: false; error: string }

const JWT_SHAPE = /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/

function base64UrlJson(part: string): Record<string, unknown> | undefined {
  try {
    const base64 = part.replace(/-/g, '+').replace(/_/g, '/')
    const binary = atob(base64.padEnd(Math.ceil(base64.length / 4) * 4, '='))
    const bytes = Uint8Array.from(binary, (c) => c.charCodeAt(0))
    const value: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes))
    return value && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined
  } catch {
    return undefined
  }
}

const NOT_A_LICENSE =
  'This is not a Coder license. A license is a single line of text in three parts separated by dots (a JWT), as sent by Coder sales.'

export function decodeLicense(text: string): DecodeResult {
  const jwt = text.trim()
  if (jwt === '') return { ok: false, error: 'The license is empty.' }
  if (!JWT_SHAPE.test(jwt)) return { ok: false, error: NOT_A_LICENSE }
  const [headerPart = '', payloadPart = ''] = jwt.split('.')
  const header = base64UrlJson(headerPart)
  const claims = base64UrlJson(payloadPart)
  if (!header || !claims) return { ok: false, error: NOT_A_LICENSE }
  return { ok: true, jwt, header, claims: claims as Partial<LicenseClaims> }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`

/** Reads a dropped or picked file; refuses empty, oversized and binary files before any request. */
export async function readLicenseFile(file: Blob & { name?: string }): Promise<DecodeResult> {
  const name = file.name ? `“${file.name}”` : 'The file'
  if (file.size === 0) return { ok: false, error: `${name} is empty.` }
  if (file.size > MAX_LICENSE_BYTES) {
    return {
      ok: false,
      error: `${name} is ${mib(file.size)}; a license file is a few kilobytes (at most 1 MiB).`,
    }
  }
  const bytes = new Uint8Array(await file.arrayBuffer())
  let text: string
  try {
    if (bytes.includes(0)) throw new Error('NUL byte')
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return {
      ok: false,
      error: `${name} is a binary file, not a license. Pick the license text file.`,
    }
  }
  const decoded = decodeLicense(text)
  if (!decoded.ok && text.trim() === '') return { ok: false, error: `${name} is empty.` }
  return decoded
}
