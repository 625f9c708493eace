import type { Page } from '@playwright/test'
import { expect, OWNER, signIn, test } from './fixtures.ts'

// Fills the sign-in form already on screen (signIn() would start over at /login).
async function signInHere(page: Page) {
  await page.getByLabel('Email').fill(OWNER.email)
  await page.getByLabel('Password', { exact: true }).fill(OWNER.password)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
}

// Ends the session behind the page's back, as an expiry would: Coder deletes the API key and
// the browser keeps nothing usable.
async function expireSession(page: Page) {
  await page.context().clearCookies({ name: 'coder_session_token' })
}

test('sign in, see who is signed in, sign out', async ({ page }) => {
  await signIn(page)
  const account = page.getByRole('button', { name: 'Account menu' })
  await expect(account).toContainText(OWNER.username)
  await account.click()
  await page.getByRole('menuitem', { name: 'Sign out' }).click()
  await expect(page).toHaveURL(/\/login$/)
  // The session is really gone: a protected page sends us back to sign-in.
  await page.goto('/organizations')
  await expect(page).toHaveURL(/\/login\?redirect=/)
  await expect(page.getByLabel('Email')).toBeVisible()
})

test("a wrong password shows Coder's message", async ({ page }) => {
  await page.goto('/login')
  await page.getByLabel('Email').fill(OWNER.email)
  await page.getByLabel('Password', { exact: true }).fill('not-the-password')
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByRole('alert')).toContainText('Incorrect email or password.')
  await expect(page).toHaveURL(/\/login/)
})

test('an expired session returns to the same URL, filters included, after sign-in', async ({
  page,
}) => {
  await signIn(page)
  await page.goto('/organizations?q=cod')
  await expect(page.getByLabel('Filter organizations')).toHaveValue('cod')
  await expireSession(page)

  await page.reload()
  await expect(page).toHaveURL(/\/login\?redirect=/)
  const redirect = new URL(page.url()).searchParams.get('redirect')
  expect(redirect).toBe('/organizations?q=cod')

  await signInHere(page)
  await expect(page).toHaveURL(/\/organizations\?q=cod$/)
  await expect(page.getByLabel('Filter organizations')).toHaveValue('cod')
})

test('a request that fails with 401 mid-page sends the user through sign-in and back', async ({
  page,
}) => {
  await signIn(page)
  await page.goto('/organizations?q=cod')
  await expect(page.getByRole('link', { name: 'Coder', exact: true })).toBeVisible()
  await expireSession(page)
  // Pointing at the link preloads the organization page; Coder answers that request with 401.
  await page.getByRole('link', { name: 'Coder', exact: true }).hover()
  await expect(page).toHaveURL(/\/login\?redirect=/)
  expect(new URL(page.url()).searchParams.get('redirect')).toBe('/organizations?q=cod')
  await signInHere(page)
  await expect(page).toHaveURL(/\/organizations\?q=cod$/)
  await expect(page.getByLabel('Filter organizations')).toHaveValue('cod')
})

test('a signed-in user opening the sign-in page goes on to the redirect target', async ({
  page,
}) => {
  await signIn(page)
  const target = '/organizations/coder/provisioner-jobs?status=pending'
  await page.goto('/login?redirect=' + encodeURIComponent(target))
  await expect(page).toHaveURL(/\/organizations\/coder\/provisioner-jobs\?status=pending$/)
  // An old bookmark without a target lands on the organization list; off-site targets are ignored.
  await page.goto('/login')
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/organizations$/)
  await page.goto('/login?redirect=' + encodeURIComponent('//evil.example/steal'))
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/organizations$/)
  await expect(page.getByRole('button', { name: 'Account menu' })).toContainText(OWNER.username)
})

test('with the session gone, the sign-in page stays put even if `me` was cached', async ({
  page,
}) => {
  await signIn(page)
  await expireSession(page)
  // A client-side visit keeps the query cache (with the old `me`); the page must still ask Coder.
  await page.getByRole('button', { name: 'Account menu' }).waitFor()
  await page.evaluate<void>(
    "history.pushState({}, '', '/login?redirect=%2Forganizations'); dispatchEvent(new PopStateEvent('popstate'))",
  )
  await expect(page.getByLabel('Email')).toBeVisible()
  await expect(page).toHaveURL(/\/login\?redirect=%2Forganizations$/)
  await signInHere(page)
  await expect(page).toHaveURL(/\/organizations$/)
})

test('an off-site redirect is ignored after sign-in', async ({ page }) => {
  await page.goto('/login?redirect=' + encodeURIComponent('//evil.example/steal'))
  await signInHere(page)
  await expect(page).toHaveURL(/127\.0\.0\.1:\d+\/organizations$/)
})

test('sign in with a pasted session token (SSO users)', async ({ page, request }) => {
  // A token as `coder tokens create` or Coder's own dashboard would hand out.
  const login = await request.post('/api/v2/users/login', {
    data: { email: OWNER.email, password: OWNER.password },
  })
  expect(login.status()).toBe(201)
  const { session_token: token } = (await login.json()) as { session_token: string }
  const urls: string[] = []
  page.on('request', (r) => urls.push(r.url()))

  await page.goto('/login?redirect=%2Forganizations%3Fq%3Dcod')
  await page.getByRole('button', { name: 'Use a session token' }).click()
  await page.getByLabel('Session token').fill(token)
  await page.getByRole('button', { name: 'Sign in with token' }).click()
  await expect(page.getByRole('button', { name: 'Account menu' })).toContainText(OWNER.username)
  await expect(page).toHaveURL(/\/organizations\?q=cod$/)
  // The token went into an HttpOnly cookie: never into a URL or page-readable storage.
  expect(urls.filter((url) => url.includes(token))).toEqual([])
  // A string expression: the e2e project is type-checked without DOM globals.
  const readable = await page.evaluate<string>('JSON.stringify(localStorage) + document.cookie')
  expect(readable).not.toContain(token)
})

test('a bad session token shows why', async ({ page }) => {
  await page.goto('/login')
  await page.getByRole('button', { name: 'Use a session token' }).click()
  await page.getByLabel('Session token').fill('abcdefghij-notarealsecretatall123456')
  await page.getByRole('button', { name: 'Sign in with token' }).click()
  await expect(page.getByRole('alert')).toContainText(/signed out|session|invalid/i)
  await expect(page).toHaveURL(/\/login/)
})

test('the light/dark choice survives a reload', async ({ page }) => {
  await signIn(page)
  const html = page.locator('html')
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'light')
  await page.getByRole('button', { name: 'Switch to dark mode' }).click()
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark')
  await page.reload()
  await expect(page.getByRole('button', { name: 'Switch to light mode' })).toBeVisible()
  await expect(html).toHaveAttribute('data-mantine-color-scheme', 'dark')
})

test('every page has its own title', async ({ page }) => {
  await signIn(page)
  await page.goto('/organizations')
  await expect(page).toHaveTitle('Organizations · Coder admin console')
  await page.goto('/organizations/coder')
  await expect(page).toHaveTitle('coder · Organizations · Coder admin console')
})
