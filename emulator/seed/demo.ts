import type { Emulator } from '../context.ts'

export async function seedDemoWorkload(_emu: Emulator): Promise<void> {}
