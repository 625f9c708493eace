import type { Api } from '../app.ts'
import type { Emulator } from '../context.ts'

export function registerProvisionerDaemons(_app: Api, _emu: Emulator): void {}
