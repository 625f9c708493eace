// Serves the built dashboard (dist/) with SPA fallback: any non-asset path gets index.html so
// client-side routes survive a reload.
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
}

// Vite puts content-hashed files under /assets/: they never change, so cache them for a year.
const IMMUTABLE = 'public, max-age=31536000, immutable'
const REVALIDATE = 'no-cache'

/** Maps a URL path to a file inside root, or undefined when it would escape root. */
export function resolveInside(root: string, pathname: string): string | undefined {
  let decoded: string
  try {
    decoded = decodeURIComponent(pathname)
  } catch {
    return undefined
  }
  if (decoded.includes('\0')) return undefined
  const file = normalize(join(root, decoded))
  const rootWithSep = root.endsWith(sep) ? root : root + sep
  return file.startsWith(rootWithSep) ? file : undefined
}

/** A path that names a file (has an extension) must 404 rather than fall back to the app. */
export function looksLikeAsset(pathname: string): boolean {
  return pathname.startsWith('/assets/') || extname(pathname) !== ''
}

async function fileResponse(file: string, method: string, request: Request, cache: string) {
  const info = await stat(file)
  const etag = `W/"${info.size.toString(16)}-${Math.floor(info.mtimeMs).toString(16)}"`
  const headers = new Headers({
    'Content-Type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': cache,
    ETag: etag,
    'Last-Modified': info.mtime.toUTCString(),
  })
  if (request.headers.get('if-none-match') === etag) {
    return new Response(null, { status: 304, headers })
  }
  headers.set('Content-Length', String(info.size))
  const body = method === 'HEAD' ? null : new Uint8Array(await readFile(file))
  return new Response(body, { status: 200, headers })
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile()
  } catch {
    return false
  }
}

export function createStaticHandler(distDir: string) {
  const root = normalize(distDir)
  const index = join(root, 'index.html')
  return async (request: Request): Promise<Response> => {
    const method = request.method.toUpperCase()
    if (method !== 'GET' && method !== 'HEAD') {
      return new Response('Method Not Allowed', { status: 405, headers: { Allow: 'GET, HEAD' } })
    }
    const { pathname } = new URL(request.url)
    const file = resolveInside(root, pathname)
    if (file && file !== index && (await isFile(file))) {
      const cache = pathname.startsWith('/assets/') ? IMMUTABLE : REVALIDATE
      return fileResponse(file, method, request, cache)
    }
    if (looksLikeAsset(pathname) && pathname !== '/index.html') {
      return new Response('Not Found', {
        status: 404,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      })
    }
    if (!(await isFile(index))) {
      return new Response('The dashboard is not built yet (run `npx vite build`).', {
        status: 503,
        headers: { 'Content-Type': 'text/plain; charset=utf-8' },
      })
    }
    return fileResponse(index, method, request, REVALIDATE)
  }
}
