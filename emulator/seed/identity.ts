import type { Emulator } from '../context.ts'

export async function seedIdentity(_emu: Emulator): Promise<void> {}
