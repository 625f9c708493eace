import { mkdir, mkdtemp, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { staleReason } from './build.ts'

let root: string

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'console-build-'))
  await mkdir(join(root, 'src', 'deep'), { recursive: true })
  await writeFile(join(root, 'src', 'deep', 'a.tsx'), '')
  await writeFile(join(root, 'index.html'), '')
})

afterEach(() => rm(root, { recursive: true, force: true }))

const at = (path: string, seconds: number) =>
  utimes(join(root, path), new Date(seconds * 1000), new Date(seconds * 1000))

async function built(seconds: number) {
  await mkdir(join(root, 'dist'), { recursive: true })
  await writeFile(join(root, 'dist', 'index.html'), '')
  await at('dist/index.html', seconds)
}

describe('staleReason', () => {
  it('wants a build when dist/ is missing', () => {
    expect(staleReason(root)).toBe('dist/ is missing')
  })

  it('is satisfied when dist/ is newer than every source', async () => {
    for (const path of ['src', 'src/deep', 'src/deep/a.tsx', 'index.html']) await at(path, 1000)
    await built(2000)
    expect(staleReason(root)).toBeUndefined()
  })

  it('notices a nested source file newer than the build', async () => {
    for (const path of ['src', 'src/deep', 'index.html']) await at(path, 1000)
    await at('src/deep/a.tsx', 3000)
    await built(2000)
    expect(staleReason(root)).toMatch(/^src/)
  })

  it('notices a changed vite.config.ts or public/ file', async () => {
    for (const path of ['src', 'src/deep', 'src/deep/a.tsx', 'index.html']) await at(path, 1000)
    await built(2000)
    await writeFile(join(root, 'vite.config.ts'), '')
    await at('vite.config.ts', 3000)
    expect(staleReason(root)).toMatch(/^vite\.config\.ts/)
  })
})
