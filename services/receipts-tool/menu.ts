import { receiptsToolPaths as paths } from '../../routes/paths.ts'

export interface MenuItem {
  text: string
  href: string
  description: string
}

/** The chosen role decides the menu: administrators maintain users, case workers handle cases and money. */
export const receiptsToolMenus: Record<string, { title: string; items: MenuItem[] }> = {
  system_administrator: {
    title: 'Administrator menu',
    items: [
      { text: 'Maintain Users', href: paths.users, description: 'Create users and grant or revoke their profiles.' },
    ],
  },
  case_worker: {
    title: 'Case Worker menu',
    items: [
      {
        text: 'Exceptional cases',
        href: paths.cases,
        description: 'Create and find cases, and record their receipts and payments.',
      },
      { text: 'Reports', href: paths.reports, description: 'Receipts, payments and balances, as tables or CSV.' },
      { text: 'Letters', href: paths.letters, description: 'The letter templates for exceptional cases.' },
    ],
  },
}

export function receiptsToolNavigation(role: string | undefined): Array<{ text: string; href: string }> {
  if (!role) return []
  const menu = receiptsToolMenus[role]
  return [{ text: 'Main menu', href: paths.menu }, ...(menu?.items ?? []).map(({ text, href }) => ({ text, href }))]
}
