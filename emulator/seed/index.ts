import type { Emulator, SeedName } from '../context.ts'
import { seedDemoWorkload } from './demo.ts'
import { seedIdentity } from './identity.ts'
import { seedLicense } from './license.ts'

/** `empty`: default org, owner, member, prebuilds user, a premium license. `demo` adds work. */
export async function applySeed(emu: Emulator, seed: SeedName): Promise<void> {
  await seedIdentity(emu)
  await seedLicense(emu)
  if (seed === 'demo') await seedDemoWorkload(emu)
}
