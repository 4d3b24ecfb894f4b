import { Router } from 'express'
import type { AppDependencies } from '../dependencies.ts'
import * as changeName from '../controllers/client/details/change-name.controller.ts'
import * as changePin from '../controllers/client/details/change-pin.controller.ts'
import * as changes from '../controllers/client/details/changes.controller.ts'
import * as changeSent from '../controllers/client/details/change-sent.controller.ts'
import * as checkChange from '../controllers/client/details/check-change.controller.ts'
import * as chooseAddress from '../controllers/client/details/choose-address.controller.ts'
import * as contactDetails from '../controllers/client/details/contact-details.controller.ts'
import * as contactPreference from '../controllers/client/details/contact-preference.controller.ts'
import * as email from '../controllers/client/details/email.controller.ts'
import * as enterAddress from '../controllers/client/details/enter-address.controller.ts'
import * as findAddress from '../controllers/client/details/find-address.controller.ts'
import * as myDetails from '../controllers/client/details/my-details.controller.ts'
import * as personalDetails from '../controllers/client/details/personal-details.controller.ts'
import * as reportChange from '../controllers/client/details/report-change.controller.ts'
import * as phoneNumbers from '../controllers/client/details/phone-numbers.controller.ts'
import * as textUpdates from '../controllers/client/details/text-updates.controller.ts'
import { requireSignedInClient } from '../middleware/client-access.ts'
import { clientNavigation } from '../middleware/client-navigation.ts'
import type { CsrfProtection } from '../middleware/setUpCsrf.ts'
import { createUploadParser } from '../middleware/upload-files.ts'
import { clientPaths } from './paths.ts'

/** My details: every page is the signed-in client's own, behind the full sign-in. */
export function clientDetailsRoutes(deps: AppDependencies): Router {
  const { clients, clientCases, details, serviceRequests } = deps
  const router = Router()
  const signedIn = [requireSignedInClient(clients), clientNavigation]

  router.get(clientPaths.myDetails, ...signedIn, myDetails.get())
  router.get(clientPaths.changePin, ...signedIn, changePin.get())
  router.post(clientPaths.changePin, ...signedIn, changePin.post(clients, details.changePin))
  router.get(clientPaths.pinChanged, ...signedIn, changePin.getChanged())

  router.get(clientPaths.personalDetails, ...signedIn, personalDetails.get(clients, clientCases))
  router.get(clientPaths.changeName, ...signedIn, changeName.get(clients))
  router.post(clientPaths.changeName, ...signedIn, changeName.post(clients))

  router.get(clientPaths.contactDetails, ...signedIn, contactDetails.get(clients))
  router.get(clientPaths.changePhoneNumbers, ...signedIn, phoneNumbers.get(clients))
  router.post(clientPaths.changePhoneNumbers, ...signedIn, phoneNumbers.post(clients, details.contactDetails))
  router.get(clientPaths.changeEmail, ...signedIn, email.get(clients))
  router.post(clientPaths.changeEmail, ...signedIn, email.post(clients, details.contactDetails))
  router.get(clientPaths.changeContactPreference, ...signedIn, contactPreference.get(clients))
  router.post(clientPaths.changeContactPreference, ...signedIn, contactPreference.post(clients, details.contactDetails))
  router.get(clientPaths.changeTextUpdates, ...signedIn, textUpdates.get(clients))
  router.post(clientPaths.changeTextUpdates, ...signedIn, textUpdates.post(clients, details.contactDetails))

  router.get(clientPaths.findAddress, ...signedIn, findAddress.get())
  router.post(clientPaths.findAddress, ...signedIn, findAddress.post())
  router.get(clientPaths.chooseAddress, ...signedIn, chooseAddress.get(details.addressLookup))
  router.post(
    clientPaths.chooseAddress,
    ...signedIn,
    chooseAddress.post(clients, details.addressLookup, details.contactDetails),
  )
  router.get(clientPaths.enterAddress, ...signedIn, enterAddress.get())
  router.post(clientPaths.enterAddress, ...signedIn, enterAddress.post(clients))

  router.get(clientPaths.changes, ...signedIn, changes.get())
  router.get(clientPaths.reportChange, ...signedIn, reportChange.get(clientCases, details.evidence))
  router.get(clientPaths.checkChange, ...signedIn, checkChange.get(clientCases, details.evidence))
  router.post(clientPaths.checkChange, ...signedIn, checkChange.post(details.changes))
  router.get(clientPaths.changeSent, ...signedIn, changeSent.get(serviceRequests))
  return router
}

/**
 * The report-a-change form, which carries evidence files: multipart, so it is mounted before the
 * site-wide CSRF check and checks the token itself once multer has read the body. Signed-in
 * checks come first, so nothing is read from anyone else.
 */
export function clientDetailsUploadRoutes(deps: AppDependencies, csrf: CsrfProtection): Router {
  const { clients, clientCases, details, documentUploads } = deps
  const router = Router()
  const uploadFiles = createUploadParser(deps.config.uploads)
  router.post(
    clientPaths.reportChange,
    requireSignedInClient(clients),
    clientNavigation,
    uploadFiles('evidence'),
    csrf.protectUpload,
    reportChange.post(clientCases, details.evidence, documentUploads),
  )
  return router
}
