/*
 * Staff systems and roles. A staff member holds profiles (a role on a system); each internal tool
 * admits only members with a profile for its own system.
 */

export const staffSystems = {
  receiptsTool: 'receipts_tool',
  cms2012: 'cms2012',
} as const

export type StaffSystem = (typeof staffSystems)[keyof typeof staffSystems]

export const receiptsToolRoles = ['system_administrator', 'case_worker'] as const
export type ReceiptsToolRole = (typeof receiptsToolRoles)[number]

export const roleNames: Record<string, string> = {
  system_administrator: 'System Administrator',
  case_worker: 'Case Worker',
  team_leader: 'Team Leader',
  special_client_records: 'Special Client Records',
}

export function roleName(role: string | undefined): string {
  return role === undefined ? '' : (roleNames[role] ?? role)
}

export function isReceiptsToolRole(value: unknown): value is ReceiptsToolRole {
  return typeof value === 'string' && (receiptsToolRoles as readonly string[]).includes(value)
}
