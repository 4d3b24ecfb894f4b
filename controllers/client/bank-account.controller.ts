import type { Request, RequestHandler, Response } from 'express'
import type { BankAccountPurpose } from '../../models/bank-account.model.ts'
import type { ClientSummary } from '../../models/client.model.ts'
import type { ClientPage, ClientUrls } from '../../routes/paths.ts'
import type { BankAccountChanges, BankAccountOption } from '../../services/account/bank-account-changes.ts'
import { checkBankDetails } from '../../services/bank-details/bank-details-rules.ts'
import { accountNumberEnding, formatSortCode } from '../../services/bank-details/masking.ts'
import { checkCollectionDay } from '../../services/validation/collection-day.ts'
import { textField } from '../../services/validation/fields.ts'
import {
  emptyFormErrors,
  formatErrors,
  type FieldError,
  type FormErrors,
} from '../../services/validation/form-errors.ts'

/** The pages of one bank account journey: Direct Debit (paying parent) or direct payment (receiving parent). */
export interface BankAccountJourney {
  purpose: BankAccountPurpose
  form: ClientPage
  check: ClientPage
  done: ClientPage
}

export const directDebitJourney: BankAccountJourney = {
  purpose: 'direct_debit',
  form: 'directDebit',
  check: 'directDebitCheck',
  done: 'directDebitDone',
}
export const directPaymentJourney: BankAccountJourney = {
  purpose: 'direct_payment',
  form: 'directPayment',
  check: 'directPaymentCheck',
  done: 'directPaymentDone',
}

interface FormValues {
  accountName: string
  sortCode: string
  accountNumber: string
  collectionDay: string
}

const clientOf = (res: Response) => res.locals.client as ClientSummary
const urlsOf = (res: Response) => res.locals.urls as ClientUrls

function renderForm(
  res: Response,
  journey: BankAccountJourney,
  option: BankAccountOption,
  values: FormValues,
  errors: FormErrors,
  status = errors.errorSummary.length > 0 ? 400 : 200,
) {
  res.status(status).render('pages/client/bank-account/form', {
    journey,
    option,
    values,
    errors,
    formAction: urlsOf(res)[journey.form],
  })
}

/** The bank details form, or why the client cannot give one (the Direct Debit eligibility rule). */
export function get(changes: BankAccountChanges, journey: BankAccountJourney): RequestHandler {
  return async (req, res) => {
    const option = await changes.optionFor(clientOf(res).id, journey.purpose)
    const draft = req.session.bankAccountDraft
    const values =
      draft?.purpose === journey.purpose
        ? {
            accountName: draft.accountName,
            sortCode: draft.sortCode,
            accountNumber: '',
            collectionDay: String(draft.collectionDay ?? ''),
          }
        : { accountName: '', sortCode: '', accountNumber: '', collectionDay: '' }
    renderForm(res, journey, option, values, emptyFormErrors())
  }
}

export function post(changes: BankAccountChanges, journey: BankAccountJourney): RequestHandler {
  return async (req, res) => {
    const client = clientOf(res)
    const option = await changes.optionFor(client.id, journey.purpose)
    if (option.kind !== 'set_up' && option.kind !== 'amend') {
      const noValues = { accountName: '', sortCode: '', accountNumber: '', collectionDay: '' }
      renderForm(res, journey, option, noValues, emptyFormErrors(), 403)
      return
    }
    const body = req.body as Record<string, unknown>
    const values: FormValues = {
      accountName: textField(body, 'accountName'),
      sortCode: textField(body, 'sortCode'),
      accountNumber: textField(body, 'accountNumber'),
      collectionDay: textField(body, 'collectionDay'),
    }
    const checked = checkBankDetails(values)
    const errors: FieldError[] = [...checked.errors]
    const day = journey.purpose === 'direct_debit' ? checkCollectionDay(values.collectionDay) : {}
    if (day.error) errors.push(day.error)
    if (!checked.details || errors.length > 0) {
      renderForm(res, journey, option, values, formatErrors(errors, req.t))
      return
    }
    req.session.bankAccountDraft = {
      purpose: journey.purpose,
      requestType: option.requestType,
      accountName: checked.details.accountName,
      sortCode: checked.details.sortCode,
      accountNumberCiphertext: changes.secret.encrypt(checked.details.accountNumber, {
        customerReferenceNumber: client.customerReferenceNumber,
        purpose: journey.purpose,
        sortCode: checked.details.sortCode,
      }),
      accountNumberEnding: accountNumberEnding(checked.details.accountNumber),
      collectionDay: day.day ?? null,
    }
    res.redirect(303, urlsOf(res)[journey.check])
  }
}

function draftFor(req: Request, res: Response, journey: BankAccountJourney) {
  const draft = req.session.bankAccountDraft
  if (draft?.purpose === journey.purpose) return draft
  res.redirect(urlsOf(res)[journey.form])
  return undefined
}

/** Check your answers, with the account number masked. */
export function getCheck(journey: BankAccountJourney): RequestHandler {
  return (req, res) => {
    const draft = draftFor(req, res, journey)
    if (!draft) return
    res.render('pages/client/bank-account/check', {
      journey,
      draft,
      sortCodeShown: formatSortCode(draft.sortCode),
      formUrl: urlsOf(res)[journey.form],
    })
  }
}

/** Confirmed: the pending account, its service request and the audit entry, in one transaction. */
export function postCheck(changes: BankAccountChanges, journey: BankAccountJourney): RequestHandler {
  return async (req, res) => {
    const draft = draftFor(req, res, journey)
    if (!draft) return
    const client = clientOf(res)
    const option = await changes.optionFor(client.id, journey.purpose)
    if (option.kind !== 'set_up' && option.kind !== 'amend') {
      delete req.session.bankAccountDraft
      res.redirect(303, urlsOf(res)[journey.form])
      return
    }
    const { reference } = await changes.request(client.id, { ...draft, requestType: option.requestType })
    delete req.session.bankAccountDraft
    req.session.bankAccountRequested = { purpose: journey.purpose, reference }
    res.redirect(303, urlsOf(res)[journey.done])
  }
}

export function getDone(journey: BankAccountJourney): RequestHandler {
  return (req, res) => {
    const requested = req.session.bankAccountRequested
    if (requested?.purpose !== journey.purpose) {
      res.redirect(urlsOf(res)[journey.form])
      return
    }
    res.render('pages/client/bank-account/confirmation', { journey, reference: requested.reference })
  }
}
