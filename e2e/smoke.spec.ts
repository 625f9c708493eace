import { expect, OWNER, signIn, test } from './fixtures.ts'

test('a fresh console loads, signs in the seeded owner and shows who is signed in', async ({
  page,
}) => {
  const consoleErrors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text())
  })

  await page.goto('/')
  // Signed out: the app sends us to the sign-in page, remembering where we were going.
  await expect(page).toHaveURL(/\/login(\?|$)/)
  await expect(page.getByLabel('Email')).toBeVisible()

  await signIn(page)

  const account = page.getByRole('button', { name: 'Account menu' })
  await expect(account).toContainText(OWNER.username)
  await expect(page).not.toHaveURL(/\/login/)
  // The session lives in an HttpOnly cookie the page cannot read.
  const cookies = await page.context().cookies()
  const session = cookies.find((cookie) => cookie.name === 'coder_session_token')
  expect(session?.httpOnly).toBe(true)
  expect(await page.evaluate<string>('document.cookie')).not.toContain('coder_session_token')
  // The session survives a reload (cookie → Coder-Session-Token on our server).
  await page.reload()
  await expect(account).toContainText(OWNER.username)
  // A CSP violation (e.g. an inline script) would show up as a console error.
  expect(consoleErrors.filter((text) => /Content Security Policy/i.test(text))).toEqual([])
})

test('the built dashboard runs under the strict CSP (no inline scripts)', async ({ request }) => {
  const response = await request.get('/')
  expect(response.headers()['content-security-policy']).toContain("script-src 'self'")
  const html = await response.text()
  expect(html).toMatch(/<script[^>]*\bsrc=/)
  expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/)
})
