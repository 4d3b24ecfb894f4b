import type { Request, RequestHandler } from 'express'
import { rememberSandboxPayment } from '../../middleware/sandbox-payment.ts'
import { pathTo, paymentSandboxPaths } from '../../routes/paths.ts'
import type { SandboxCheckout } from '../../services/payments/sandbox/sandbox-checkout.ts'

/**
 * The provider's next URL: a one-time link. Its first use ties the payment to this browser's sandbox
 * session and goes on to the card details page; a used link only lets the same browser back in.
 */
export function get(checkout: SandboxCheckout): RequestHandler {
  return async (req, res, next) => {
    const opened = await checkout.open(String(req.params.token))
    const known = opened && (opened.firstUse || (req.session.sandboxPaymentIds ?? []).includes(opened.paymentId))
    if (!opened || !known) {
      next(Object.assign(new Error('Not found'), { status: 404 }))
      return
    }
    // A new session id on first use, so a session id planted before the payment opened is worthless.
    if (opened.firstUse) await regenerateKeeping(req)
    rememberSandboxPayment(req.session, opened.paymentId)
    res.redirect(303, pathTo(paymentSandboxPaths.cardDetails, { paymentId: opened.paymentId }))
  }
}

function regenerateKeeping(req: Request): Promise<void> {
  const { sandboxPaymentIds } = req.session
  return new Promise((resolve, reject) => {
    req.session.regenerate(error => {
      if (error) {
        reject(error as Error)
        return
      }
      if (sandboxPaymentIds) req.session.sandboxPaymentIds = sandboxPaymentIds
      resolve()
    })
  })
}
