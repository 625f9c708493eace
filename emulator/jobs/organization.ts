import type { Emulator } from '../context.ts'
import { isUuid } from '../http.ts'

export interface OrganizationRef {
  id: string
  name: string
  is_default: boolean
}

const NIL_UUID = '00000000-0000-0000-0000-000000000000'

/**
 * Coder's {organization} path parameter: a UUID, a name (case-insensitive) or `default`;
 * the nil UUID also means the default organization. Undefined when nothing matches.
 */
export async function resolveOrganization(
  emu: Emulator,
  param: string,
): Promise<OrganizationRef | undefined> {
  const select = 'SELECT id, name, is_default FROM organizations WHERE deleted = false AND '
  let where: string
  let args: unknown[] = []
  if (param === 'default' || param === NIL_UUID) {
    where = 'is_default'
  } else if (isUuid(param)) {
    where = 'id = $1'
    args = [param.toLowerCase()]
  } else {
    where = 'lower(name) = lower($1)'
    args = [param]
  }
  const { rows } = await emu.db.query<OrganizationRef>(`${select}${where} LIMIT 1`, args)
  return rows[0]
}
