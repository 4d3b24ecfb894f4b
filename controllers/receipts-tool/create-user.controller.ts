import type { RequestHandler } from 'express'
import type { DirectoryEntry } from '../../models/staff.model.ts'
import type { ReceiptsTool } from '../../services/receipts-tool/index.ts'
import { emptyFormErrors, type FieldError } from '../../services/validation/form-errors.ts'
import { validateNewUser } from '../../services/validation/receipts-tool/users.ts'
import { staffFormErrors } from '../../services/validation/staff-errors.ts'
import { pathTo, receiptsToolPaths as paths } from '../../routes/paths.ts'
import { actorOf } from './lookups.ts'

const VIEW = 'pages/receipts-tool/create-user'

const notInDirectory = (staffId: string): FieldError => ({
  field: 'staffId',
  key: `Staff ID ${staffId} is not in the staff directory`,
})
const alreadyUser = (staffId: string): FieldError => ({
  field: 'staffId',
  key: `Staff ID ${staffId} already has a user record`,
})

/** Create user: "Find" fills name and email from the staff directory (no JavaScript needed); "Save" adds the user. */
export function get(): RequestHandler {
  return (_req, res) => {
    res.render(VIEW, { values: {}, errors: emptyFormErrors() })
  }
}

export function post(tool: Pick<ReceiptsTool, 'staff' | 'users'>): RequestHandler {
  return async (req, res) => {
    const body = req.body as Record<string, unknown>
    const saving = body.action === 'save'
    const { values, errors } = validateNewUser(body, saving)
    let found: DirectoryEntry | undefined
    if (!errors.some(error => error.field === 'staffId')) {
      found = await tool.staff.directoryEntry(values.staffId)
      if (!found) errors.unshift(notInDirectory(values.staffId))
      else if (await tool.staff.findMember(values.staffId)) errors.unshift(alreadyUser(values.staffId))
    }
    if (errors.length > 0 || !saving) {
      res.status(errors.length > 0 ? 400 : 200).render(VIEW, { values, found, errors: staffFormErrors(errors) })
      return
    }
    const outcome = await tool.users.createUser(actorOf(req), values.staffId, values.phone)
    if (outcome.outcome !== 'created') {
      const error = outcome.outcome === 'notInDirectory' ? notInDirectory(values.staffId) : alreadyUser(values.staffId)
      res.status(400).render(VIEW, { values, found, errors: staffFormErrors([error]) })
      return
    }
    req.session.flash = 'You have successfully added the new user record to the database'
    req.session.oneTimePassword = { staffId: values.staffId, password: outcome.temporaryPassword }
    res.redirect(pathTo(paths.grantProfile, { staffId: values.staffId }))
  }
}
