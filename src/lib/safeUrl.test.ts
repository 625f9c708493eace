import { describe, expect, it } from 'vitest'
import { safeImageSrc, safeRedirect } from './safeUrl'

describe('safeRedirect', () => {
  it('keeps a same-origin path with its search and hash', () => {
    expect(safeRedirect('/organizations/coder/provisioner-jobs?status=pending#x')).toBe(
      '/organizations/coder/provisioner-jobs?status=pending#x',
    )
  })

  it.each([
    'https://evil.example/',
    '//evil.example/',
    '/\\evil.example',
    '/\t/evil.example',
    'javascript:alert(1)',
    'organizations',
    '/login?redirect=/x',
    undefined,
  ])('refuses %s', (raw) => {
    expect(safeRedirect(raw, '/organizations')).toBe('/organizations')
  })
})

describe('safeImageSrc', () => {
  it.each([
    ['https://example.com/a.png', 'https://example.com/a.png'],
    ['http://example.com/a.png', 'http://example.com/a.png'],
    ['/icon/docker.png', '/icon/docker.png'],
    ['  /emojis/1f3e2.png ', '/emojis/1f3e2.png'],
  ])('accepts %s', (raw, expected) => {
    expect(safeImageSrc(raw)).toBe(expected)
  })

  it.each([
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:image/svg+xml,<svg onload=alert(1)>',
    '//evil.example/x.png',
    'icon.png',
    '',
    'java\tscript:alert(1)',
  ])('refuses %s', (raw) => {
    expect(safeImageSrc(raw)).toBeUndefined()
  })
})
