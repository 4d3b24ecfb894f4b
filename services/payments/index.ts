import type { Config } from '../../config.ts'
import type { Database } from '../../models/db.ts'
import { SandboxPaymentModel } from '../../models/sandbox-payment.model.ts'
import type { Clock } from '../clock.ts'
import { GovukPayClient } from './govuk-pay-client.ts'
import type { PaymentProvider } from './payment-provider.ts'
import { SandboxCheckout } from './sandbox/sandbox-checkout.ts'
import { SandboxPaymentProvider } from './sandbox/sandbox-provider.ts'

export interface PaymentProviderChoice {
  provider: PaymentProvider
  /** The sandbox's card pages, or null when payments go to GOV.UK Pay (then the pages are not served). */
  sandbox: SandboxCheckout | null
}

/** GOV.UK Pay when an API key is configured, otherwise the sandbox the app serves itself. */
export function choosePaymentProvider(
  config: Pick<Config, 'govukPayApiKey' | 'govukPayApiUrl'>,
  db: Database,
  clock: Clock,
): PaymentProviderChoice {
  if (config.govukPayApiKey) {
    return {
      provider: new GovukPayClient({ apiKey: config.govukPayApiKey, baseUrl: config.govukPayApiUrl }),
      sandbox: null,
    }
  }
  const payments = new SandboxPaymentModel(db, clock)
  return { provider: new SandboxPaymentProvider(payments, clock), sandbox: new SandboxCheckout(payments) }
}
