import type { Emulator } from '../context.ts'

export async function seedLicense(_emu: Emulator): Promise<void> {}
