import { Router, type RequestHandler } from 'express'
import * as cancel from '../controllers/payment-sandbox/cancel.controller.ts'
import * as cardDetails from '../controllers/payment-sandbox/card-details.controller.ts'
import * as confirm from '../controllers/payment-sandbox/confirm.controller.ts'
import * as secure from '../controllers/payment-sandbox/secure.controller.ts'
import { loadSandboxPayment } from '../middleware/sandbox-payment.ts'
import type { CsrfProtection } from '../middleware/setUpCsrf.ts'
import type { ApplyLanguage } from '../middleware/setUpI18n.ts'
import { noStore } from '../middleware/no-store.ts'
import type { Clock } from '../services/clock.ts'
import type { SandboxCheckout } from '../services/payments/sandbox/sandbox-checkout.ts'
import { paymentSandboxPaths } from './paths.ts'

export interface PaymentSandboxRouteDependencies {
  checkout: SandboxCheckout
  clock: Clock
  session: RequestHandler[]
  csrf: CsrfProtection
  applyLanguage: ApplyLanguage
}

/** The sandbox payment provider's card pages (/payment-sandbox), with their own session cookie. */
export function paymentSandboxRoutes({
  checkout,
  clock,
  session,
  csrf,
  applyLanguage,
}: PaymentSandboxRouteDependencies): Router {
  const router = Router()
  router.use(paymentSandboxPaths.root, ...session, noStore, csrf.exposeToken, csrf.protectForms)
  const payment = loadSandboxPayment(checkout, applyLanguage)

  router.get(paymentSandboxPaths.secure, secure.get(checkout))
  router.get(paymentSandboxPaths.cardDetails, payment, cardDetails.get())
  router.post(paymentSandboxPaths.cardDetails, payment, cardDetails.post(checkout, clock))
  router.get(paymentSandboxPaths.confirm, payment, confirm.get())
  router.post(paymentSandboxPaths.confirm, payment, confirm.post(checkout))
  router.post(paymentSandboxPaths.cancel, payment, cancel.post(checkout))
  return router
}
