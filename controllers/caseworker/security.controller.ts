import type { RequestHandler } from 'express'
import type { ClientModel } from '../../models/client.model.ts'
import { caseworkerPaths, pathTo } from '../../routes/paths.ts'
import type { ClientSecurityActions } from '../../services/caseworker/client-security-actions.ts'
import { clientFromPath } from './client-record.ts'

/** Unlocks self-service after a lock-out (from the client view's button). */
export function postUnlock(clients: ClientModel, actions: ClientSecurityActions): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    const unlocked = await actions.unlock(client.id, req.session.staff!.staffId)
    req.session.flash = unlocked
      ? 'Self-service is unlocked. The client can sign in again.'
      : 'Self-service was not locked.'
    res.redirect(pathTo(caseworkerPaths.client, { clientId: client.id }))
  }
}

/** "Reset PIN": what it will do, before it is done. */
export function getResetPin(clients: ClientModel): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    res.render('pages/caseworker/reset-pin', { client })
  }
}

export function postResetPin(clients: ClientModel, actions: ClientSecurityActions): RequestHandler {
  return async (req, res) => {
    const client = await clientFromPath(req, res, clients)
    if (!client) return
    await actions.resetPin(client.id, req.session.staff!.staffId)
    req.session.flash =
      'The PIN is reset and self-service is unlocked. At their next sign-in the client answers security questions and chooses a new PIN.'
    res.redirect(pathTo(caseworkerPaths.client, { clientId: client.id }))
  }
}
