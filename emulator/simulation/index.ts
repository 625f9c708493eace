import type { Emulator } from '../context.ts'
import { acquireJobs, finishJobs, heartbeat, type DaemonStepOptions } from './daemons.ts'
import { reconcilePrebuilds, type ReconcileOptions } from './reconciler.ts'

export interface SimulationOptions extends DaemonStepOptions, ReconcileOptions {
  /** Real-time interval between steps when started with startSimulation. */
  intervalMs: number
}

export const defaultSimulationOptions: SimulationOptions = {
  intervalMs: 1_000,
  runMs: 4_000,
  failureRate: 0.1,
  perPresetPerStep: 8,
  pendingCap: 1_500,
}

export interface StepReport {
  finished: number
  acquired: number
  prebuildsCreated: number
}

/**
 * One deterministic step at emu.now(): daemons heartbeat, finish what ran long enough, take
 * new work in queue order, then the reconciler tops up prebuild presets.
 */
export async function simulationStep(
  emu: Emulator,
  options: Partial<SimulationOptions> = {},
): Promise<StepReport> {
  const o = { ...defaultSimulationOptions, ...options }
  await heartbeat(emu)
  const finished = await finishJobs(emu, o)
  const acquired = await acquireJobs(emu)
  const prebuildsCreated = await reconcilePrebuilds(emu, o)
  return { finished, acquired, prebuildsCreated }
}

/** Starts simulated provisioner daemons and the prebuild reconciler; returns a stopper. */
export function startSimulation(
  emu: Emulator,
  options: Partial<SimulationOptions> = {},
): () => Promise<void> {
  const o = { ...defaultSimulationOptions, ...options }
  let inFlight: Promise<unknown> | undefined
  let stopped = false
  const timer = setInterval(() => {
    // A slow step is never stacked on: the next one waits for the following interval.
    if (stopped || inFlight) return
    inFlight = simulationStep(emu, o)
      .catch((error: unknown) => console.error('emulator simulation step failed:', error))
      .finally(() => (inFlight = undefined))
  }, o.intervalMs)
  // Never keep Node alive just for the simulation.
  timer.unref()
  return async () => {
    stopped = true
    clearInterval(timer)
    await inFlight
  }
}
