// Coder's rules for organization names and display names, checked as the user types so most
// mistakes never reach the server. The server's answer still wins (see fieldErrors()).
const NAME_PATTERN = /^[a-zA-Z0-9]+(?:-[a-zA-Z0-9]+)*$/
const RESERVED_NAMES = ['default', 'new', 'create']
const MAX_NAME = 32
const MAX_DISPLAY_NAME = 64

export function validateOrganizationName(value: string): string | null {
  if (value.length === 0) return 'Name is required.'
  if (value.length > MAX_NAME) return `Name must be at most ${MAX_NAME} characters.`
  if (!NAME_PATTERN.test(value)) {
    return 'Use letters, digits and single hyphens only; no leading or trailing hyphen.'
  }
  if (RESERVED_NAMES.includes(value.toLowerCase())) return `"${value}" is a reserved name.`
  return null
}

export function validateDisplayName(value: string): string | null {
  if (value.length > MAX_DISPLAY_NAME) {
    return `Display name must be at most ${MAX_DISPLAY_NAME} characters.`
  }
  if (value !== value.trim()) return 'Display name cannot start or end with a space.'
  return null
}
