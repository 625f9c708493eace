import type { Emulator } from './context.ts'

/** A version-4 UUID drawn from emu.random, so a seeded random gives repeatable ids. */
export function randomUuid(emu: Pick<Emulator, 'random'>): string {
  const bytes = Array.from({ length: 16 }, () => Math.floor(emu.random() * 256) & 0xff)
  bytes[6] = (bytes[6]! & 0x0f) | 0x40
  bytes[8] = (bytes[8]! & 0x3f) | 0x80
  const hex = bytes.map((b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`
}
