import { expect } from 'chai'
import { parsePoundsToPence } from '../../../services/payments/amount.ts'
import {
  expiresAt,
  hasExpired,
  isFinished,
  isValidAmount,
  isValidReturnUrl,
  MAX_PAYMENT_PENCE,
  outcomeOf,
  problemsWith,
} from '../../../services/payments/payment-rules.ts'

describe('payment rules', () => {
  describe('amounts typed in pounds', () => {
    it('reads pounds and pence as whole pence, without floating-point error', () => {
      expect(parsePoundsToPence('50')).to.deep.equal({ ok: true, pence: 5000 })
      expect(parsePoundsToPence('50.5')).to.deep.equal({ ok: true, pence: 5050 })
      expect(parsePoundsToPence('£1,234.56')).to.deep.equal({ ok: true, pence: 123456 })
      expect(parsePoundsToPence(' 0.29 ')).to.deep.equal({ ok: true, pence: 29 })
      expect(parsePoundsToPence('.01')).to.deep.equal({ ok: true, pence: 1 })
      expect(parsePoundsToPence('100000')).to.deep.equal({ ok: true, pence: MAX_PAYMENT_PENCE })
    })

    it('names what is wrong with an amount', () => {
      expect(parsePoundsToPence('')).to.deep.equal({ ok: false, problem: 'missing' })
      expect(parsePoundsToPence(undefined)).to.deep.equal({ ok: false, problem: 'missing' })
      expect(parsePoundsToPence('£ ')).to.deep.equal({ ok: false, problem: 'missing' })
      for (const typed of ['12.345', '-5', '1e3', '12,34', 'ten', '5.', '£-5']) {
        expect(parsePoundsToPence(typed), typed).to.deep.equal({ ok: false, problem: 'format' })
      }
      expect(parsePoundsToPence('0.00')).to.deep.equal({ ok: false, problem: 'tooSmall' })
      expect(parsePoundsToPence('100000.01')).to.deep.equal({ ok: false, problem: 'tooLarge' })
      expect(parsePoundsToPence('99999999999999999999')).to.deep.equal({ ok: false, problem: 'tooLarge' })
    })

    it('accepts only whole pence above zero and up to GOV.UK Pay’s maximum', () => {
      expect(isValidAmount(1)).to.equal(true)
      expect(isValidAmount(MAX_PAYMENT_PENCE)).to.equal(true)
      for (const pence of [0, -1, 1.5, MAX_PAYMENT_PENCE + 1, Number.NaN]) expect(isValidAmount(pence)).to.equal(false)
    })
  })

  describe('expiry after 90 minutes', () => {
    const created = new Date('2026-11-23T10:00:00.000Z')

    it('expires a payment 90 minutes after it was created', () => {
      expect(expiresAt(created).toISOString()).to.equal('2026-11-23T11:30:00.000Z')
      expect(hasExpired(created, new Date('2026-11-23T11:29:59.999Z'))).to.equal(false)
      expect(hasExpired(created, new Date('2026-11-23T11:30:00.000Z'))).to.equal(true)
    })
  })

  describe('outcomes', () => {
    it('turns GOV.UK Pay’s status and error code into what happened', () => {
      expect(outcomeOf({ status: 'success', failureCode: null })).to.equal('success')
      expect(outcomeOf({ status: 'failed', failureCode: 'P0010' })).to.equal('declined')
      expect(outcomeOf({ status: 'failed', failureCode: 'P0020' })).to.equal('expired')
      expect(outcomeOf({ status: 'failed', failureCode: 'P0030' })).to.equal('cancelled')
      expect(outcomeOf({ status: 'cancelled', failureCode: 'P0040' })).to.equal('cancelled')
      expect(outcomeOf({ status: 'error', failureCode: 'P0050' })).to.equal('error')
      for (const status of ['created', 'started', 'submitted', 'capturable'] as const) {
        expect(outcomeOf({ status, failureCode: null })).to.equal('in_progress')
        expect(isFinished(status)).to.equal(false)
      }
      expect(isFinished('success')).to.equal(true)
    })
  })

  describe('create-payment requests', () => {
    const good = {
      amountPence: 100,
      reference: 'ref',
      description: 'A payment',
      returnUrl: 'https://example.gov.uk/return',
      language: 'en' as const,
    }

    it('passes a good request', () => {
      expect(problemsWith(good)).to.deep.equal([])
      expect(isValidReturnUrl('/client/make-a-payment/return')).to.equal(true)
    })

    it('names each problem', () => {
      expect(problemsWith({ ...good, amountPence: 0 })).to.deep.equal(['amount'])
      expect(problemsWith({ ...good, reference: ' ' })).to.deep.equal(['reference'])
      expect(problemsWith({ ...good, description: 'x'.repeat(256) })).to.deep.equal(['description'])
      expect(problemsWith({ ...good, language: 'fr' as 'en' })).to.deep.equal(['language'])
      for (const returnUrl of ['//evil.example', 'javascript:alert(1)', 'ftp://x', '/\\evil', 'nowhere']) {
        expect(problemsWith({ ...good, returnUrl }), returnUrl).to.deep.equal(['return_url'])
      }
    })
  })
})
