import type { Emulator } from '../context.ts'

/** Starts simulated provisioner daemons and the prebuild reconciler; returns a stopper. */
export function startSimulation(_emu: Emulator): () => Promise<void> {
  return async () => {}
}
