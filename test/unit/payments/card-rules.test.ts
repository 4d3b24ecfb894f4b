import { expect } from 'chai'
import {
  cardBrandOf,
  checkCardNumber,
  checkExpiry,
  isValidSecurityCode,
  looksLikeCardNumber,
  passesLuhnCheck,
} from '../../../services/payments/card-rules.ts'
import { authorisationFor, testCards } from '../../../services/payments/sandbox/test-cards.ts'

describe('card rules', () => {
  describe('Luhn check', () => {
    it('accepts numbers whose check digit is right', () => {
      for (const number of ['4444333322221111', '4000000000000002', '371449635398431', '79927398713', '0']) {
        expect(passesLuhnCheck(number), number).to.equal(true)
      }
    })

    it('refuses a changed digit, swapped digits and anything not digits', () => {
      for (const number of ['4444333322221112', '4444333322221121', '79927398710', '4444-3333', '', 'abcd']) {
        expect(passesLuhnCheck(number), number).to.equal(false)
      }
    })
  })

  describe('card numbers', () => {
    it('takes spaces and hyphens people type, and knows the brand', () => {
      expect(checkCardNumber(' 4444 3333-2222 1111 ')).to.deep.equal({
        ok: true,
        digits: '4444333322221111',
        brand: 'Visa',
      })
      expect(cardBrandOf('5105105105105100')).to.equal('Mastercard')
      expect(cardBrandOf('2221000000000009')).to.equal('Mastercard')
      expect(cardBrandOf('371449635398431')).to.equal('American Express')
      expect(cardBrandOf('36148900647913')).to.equal('Diners Club')
      expect(cardBrandOf('3566002020360505')).to.equal('Jcb')
      expect(cardBrandOf('6011000990139424')).to.equal('Discover')
      expect(cardBrandOf('6759649826438453')).to.equal('Maestro')
      expect(cardBrandOf('6200000000000005')).to.equal('Union Pay')
      expect(cardBrandOf('9999999999999995')).to.equal(undefined)
    })

    it('names each problem the way GOV.UK Pay’s messages need', () => {
      expect(checkCardNumber('')).to.deep.equal({ ok: false, problem: 'missing' })
      expect(checkCardNumber('4444 3333 2222 111X')).to.deep.equal({ ok: false, problem: 'nonNumeric' })
      expect(checkCardNumber('42424242424')).to.deep.equal({ ok: false, problem: 'incorrectLength' })
      expect(checkCardNumber('42424242424242424242')).to.deep.equal({ ok: false, problem: 'incorrectLength' })
      expect(checkCardNumber('4444333322221112')).to.deep.equal({ ok: false, problem: 'luhnInvalid' })
      expect(checkCardNumber('9999999999999995')).to.deep.equal({ ok: false, problem: 'notAccepted' })
      // Passes Luhn but an American Express number is 15 digits long.
      expect(checkCardNumber('3400000000000000')).to.deep.equal({ ok: false, problem: 'incorrectLength' })
    })
  })

  describe('card security code', () => {
    it('is 4 digits for American Express and 3 for the rest', () => {
      expect(isValidSecurityCode('1234', 'American Express')).to.equal(true)
      expect(isValidSecurityCode('123', 'American Express')).to.equal(false)
      expect(isValidSecurityCode(' 123 ', 'Visa')).to.equal(true)
      expect(isValidSecurityCode('1234', 'Visa')).to.equal(false)
      expect(isValidSecurityCode('12a', 'Visa')).to.equal(false)
      expect(isValidSecurityCode('', undefined)).to.equal(false)
    })
  })

  describe('expiry date', () => {
    const today = '2026-11-23'

    it('takes 2- or 4-digit years and gives MM/YY', () => {
      expect(checkExpiry('3', '27', today)).to.deep.equal({ ok: true, expiry: '03/27' })
      expect(checkExpiry('12', '2030', today)).to.deep.equal({ ok: true, expiry: '12/30' })
    })

    it('accepts a card until the end of its expiry month', () => {
      expect(checkExpiry('11', '26', today)).to.deep.equal({ ok: true, expiry: '11/26' })
      expect(checkExpiry('10', '26', today)).to.deep.equal({ ok: false, problem: 'inThePast' })
      expect(checkExpiry('12', '2025', today)).to.deep.equal({ ok: false, problem: 'inThePast' })
    })

    it('refuses dates that are not dates', () => {
      for (const [month, year] of [
        ['', '27'],
        ['13', '27'],
        ['0', '27'],
        ['1', '7'],
        ['1', '207'],
        ['ab', '27'],
        ['1', '2100'],
      ]) {
        expect(checkExpiry(month!, year!, today), `${month}/${year}`).to.deep.equal({ ok: false, problem: 'invalid' })
      }
    })
  })

  it('spots a card number typed where a name or address should go', () => {
    expect(looksLikeCardNumber('4444 3333 2222 1111')).to.equal(true)
    expect(looksLikeCardNumber('Flat 12, 345 Long Road')).to.equal(false)
  })
})

describe('GOV.UK Pay test cards in the sandbox', () => {
  it('authorises 4444333322221111 and the other good cards', () => {
    expect(authorisationFor('4444333322221111')).to.equal('authorised')
    for (const card of testCards.authorised) {
      expect(authorisationFor(card), card).to.equal('authorised')
      expect(checkCardNumber(card).ok, card).to.equal(true)
    }
  })

  it('declines 4000000000000002, the expired card and the wrong-code card', () => {
    expect(authorisationFor('4000000000000002')).to.equal('declined')
    expect(authorisationFor('4000000000000069')).to.equal('declined')
    expect(authorisationFor('4000000000000127')).to.equal('declined')
  })

  it('fails with an error for the processing-error card and for cards that are not test cards', () => {
    expect(authorisationFor('4000000000000119')).to.equal('error')
    expect(authorisationFor('4111111111111111')).to.equal('error')
  })
})
