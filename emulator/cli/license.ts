// `npm run license -- --days 30 --users 100 --feature-set premium [--trial] [--expired]
//   [--grace-period] [--starts-in DAYS] [--deployment ID] [--out FILE] [--data-dir DIR]`
// Writes a license signed with the emulator key in DATA_DIR, which that emulator accepts.
import { mkdirSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { generateLicense, type LicenseOptions } from '../seed/license.ts'

const USAGE = `Usage: npm run license -- [options]
  --days N            days until the license expires (default 365)
  --users N           user limit (default 100)
  --feature-set SET   premium | enterprise (default premium)
  --trial             mark as a trial license
  --expired           already past its grace period (uploads are refused)
  --grace-period      expired but still inside the grace period
  --starts-in N       valid only N days from now
  --deployment ID     lock to a deployment_id (repeatable)
  --out FILE          where to write (default ./license-<timestamp>.jwt)
  --data-dir DIR      the emulator's DATA_DIR holding its signing key (default ./.data)`

function positive(name: string, raw: string | undefined, fallback: number): number {
  if (raw === undefined) return fallback
  const n = Number(raw)
  if (!Number.isInteger(n) || n < 0)
    throw new Error(`--${name} must be a whole number, got "${raw}"`)
  return n
}

function main(argv: string[]): void {
  const { values } = parseArgs({
    args: argv,
    options: {
      days: { type: 'string' },
      users: { type: 'string' },
      'feature-set': { type: 'string' },
      trial: { type: 'boolean' },
      expired: { type: 'boolean' },
      'grace-period': { type: 'boolean' },
      'starts-in': { type: 'string' },
      deployment: { type: 'string', multiple: true },
      out: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  })
  if (values.help) {
    console.log(USAGE)
    return
  }
  const featureSet = values['feature-set'] ?? 'premium'
  if (featureSet !== 'premium' && featureSet !== 'enterprise') {
    throw new Error(`--feature-set must be premium or enterprise, got "${featureSet}"`)
  }
  const options: LicenseOptions = {
    days: positive('days', values.days, 365),
    users: positive('users', values.users, 100),
    featureSet,
    trial: values.trial,
    expired: values.expired,
    gracePeriod: values['grace-period'],
    startsInDays: positive('starts-in', values['starts-in'], 0),
    deploymentIds: values.deployment,
  }
  const dataDir = resolve(values['data-dir'] ?? process.env.DATA_DIR ?? './.data')
  const out = resolve(values.out ?? `license-${new Date().toISOString().replace(/[:.]/g, '-')}.jwt`)
  mkdirSync(dirname(out), { recursive: true })
  writeFileSync(out, `${generateLicense(options, dataDir)}\n`)
  console.log(`License written to ${out} (signed with the key in ${dataDir})`)
}

try {
  main(process.argv.slice(2))
} catch (error) {
  console.error(`license: ${(error as Error).message}\n\n${USAGE}`)
  process.exit(1)
}
