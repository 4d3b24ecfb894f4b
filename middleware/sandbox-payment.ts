import type { RequestHandler, Response } from 'express'
import type { SandboxPayment } from '../models/sandbox-payment.model.ts'
import { pathTo, paymentSandboxPaths } from '../routes/paths.ts'
import type { SandboxCheckout } from '../services/payments/sandbox/sandbox-checkout.ts'
import type { ApplyLanguage } from './setUpI18n.ts'

/** How many payments one sandbox session remembers. */
const REMEMBERED_PAYMENTS = 5

export function rememberSandboxPayment(session: { sandboxPaymentIds?: string[] }, paymentId: string): void {
  const others = (session.sandboxPaymentIds ?? []).filter(id => id !== paymentId)
  session.sandboxPaymentIds = [...others, paymentId].slice(-REMEMBERED_PAYMENTS)
}

function notFound(): Error {
  return Object.assign(new Error('Not found'), { status: 404 })
}

/**
 * Loads the payment named in the URL, but only for the browser that opened it through its one-time
 * link (as GOV.UK Pay does): anyone else gets "page not found". The pages speak the payment's language.
 */
export function loadSandboxPayment(checkout: SandboxCheckout, applyLanguage: ApplyLanguage): RequestHandler {
  return async (req, res, next) => {
    const paymentId = String(req.params.paymentId)
    if (!(req.session.sandboxPaymentIds ?? []).includes(paymentId)) {
      next(notFound())
      return
    }
    const payment = await checkout.find(paymentId)
    if (!payment) {
      next(notFound())
      return
    }
    applyLanguage(req, res, payment.language)
    res.locals.payment = payment
    res.locals.sandboxUrls = {
      cardDetails: pathTo(paymentSandboxPaths.cardDetails, { paymentId }),
      confirm: pathTo(paymentSandboxPaths.confirm, { paymentId }),
      cancel: pathTo(paymentSandboxPaths.cancel, { paymentId }),
    }
    next()
  }
}

export function sandboxPaymentOf(res: Response): SandboxPayment {
  return res.locals.payment as SandboxPayment
}

export function sandboxUrlsOf(res: Response): { cardDetails: string; confirm: string; cancel: string } {
  return res.locals.sandboxUrls as { cardDetails: string; confirm: string; cancel: string }
}
