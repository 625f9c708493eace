// Coder's CSRF guard (coderd/httpmw/csrf.go): a browser attaches the session cookie to any
// request, so a cookie-authenticated mutation must also prove it came from the dashboard by
// repeating the token in the Coder-Session-Token header (or the query parameter). Requests
// without the cookie carry no ambient credentials and pass untouched.
import type { MiddlewareHandler } from 'hono'
import { getCookie } from 'hono/cookie'
import { SESSION_COOKIE, SESSION_HEADER } from './auth.ts'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'TRACE'])
const CSRF_FAILURE =
  'Something is wrong with your CSRF token. Please refresh the page. If this error persists, try clearing your cookies.'

export const csrf = (): MiddlewareHandler => async (c, next) => {
  if (SAFE_METHODS.has(c.req.method)) return next()
  const cookie = getCookie(c, SESSION_COOKIE)
  if (!cookie) return next()
  if (c.req.header(SESSION_HEADER) === cookie || c.req.query(SESSION_COOKIE) === cookie) {
    return next()
  }
  // Go's http.Error: plain text with a trailing newline.
  return c.text(`${CSRF_FAILURE}\n`, 400)
}
