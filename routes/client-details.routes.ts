import { Router } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as changePin from '../controllers/client/details/change-pin.controller.ts'
import * as contactDetails from '../controllers/client/details/contact-details.controller.ts'
import * as contactPreference from '../controllers/client/details/contact-preference.controller.ts'
import * as email from '../controllers/client/details/email.controller.ts'
import * as myDetails from '../controllers/client/details/my-details.controller.ts'
import * as phoneNumbers from '../controllers/client/details/phone-numbers.controller.ts'
import * as textUpdates from '../controllers/client/details/text-updates.controller.ts'
import { requireSignedInClient } from '../middleware/client-access.ts'
import { clientNavigation } from '../middleware/client-navigation.ts'
import { clientPaths } from './paths.ts'

/** My details: every page is the signed-in client's own, behind the full sign-in. */
export function clientDetailsRoutes(deps: AppDependencies): Router {
  const { clients, details } = deps
  const router = Router()
  const signedIn = [requireSignedInClient(clients), clientNavigation]

  router.get(clientPaths.myDetails, ...signedIn, myDetails.get())
  router.get(clientPaths.changePin, ...signedIn, changePin.get())
  router.post(clientPaths.changePin, ...signedIn, changePin.post(clients, details.changePin))
  router.get(clientPaths.pinChanged, ...signedIn, changePin.getChanged())

  router.get(clientPaths.contactDetails, ...signedIn, contactDetails.get(clients))
  router.get(clientPaths.changePhoneNumbers, ...signedIn, phoneNumbers.get(clients))
  router.post(clientPaths.changePhoneNumbers, ...signedIn, phoneNumbers.post(clients, details.contactDetails))
  router.get(clientPaths.changeEmail, ...signedIn, email.get(clients))
  router.post(clientPaths.changeEmail, ...signedIn, email.post(clients, details.contactDetails))
  router.get(clientPaths.changeContactPreference, ...signedIn, contactPreference.get(clients))
  router.post(clientPaths.changeContactPreference, ...signedIn, contactPreference.post(clients, details.contactDetails))
  router.get(clientPaths.changeTextUpdates, ...signedIn, textUpdates.get(clients))
  router.post(clientPaths.changeTextUpdates, ...signedIn, textUpdates.post(clients, details.contactDetails))
  return router
}
