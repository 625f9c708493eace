// Matching control characters is the point here: URL parsers silently drop them.
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u001f\u007f]/

// Where the sign-in page may send the user back to: only a path on this origin. Anything that
// could leave the site (`//evil`, `/\evil`, `https://…`, `javascript:`) falls back.
export function safeRedirect(raw: unknown, fallback = '/'): string {
  if (typeof raw !== 'string' || !raw.startsWith('/')) return fallback
  if (raw.startsWith('//') || raw.startsWith('/\\')) return fallback
  // Control characters can be stripped by the URL parser and turn `/\t/evil` into `//evil`.
  if (CONTROL_CHARS.test(raw)) return fallback
  try {
    const base = 'http://console.invalid'
    const url = new URL(raw, base)
    if (url.origin !== base) return fallback
    if (url.pathname === '/login') return fallback
    return `${url.pathname}${url.search}${url.hash}`
  } catch {
    return fallback
  }
}

// Image sources we are willing to load: http(s) URLs and same-origin paths. Everything else
// (`javascript:`, `data:`, protocol-relative `//host`) is refused so the caller can fall back.
export function safeImageSrc(raw: unknown): string | undefined {
  if (typeof raw !== 'string') return undefined
  const value = raw.trim()
  if (!value || CONTROL_CHARS.test(value)) return undefined
  if (value.startsWith('/')) {
    return value.startsWith('//') || value.startsWith('/\\') ? undefined : value
  }
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}
