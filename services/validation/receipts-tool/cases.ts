import type { NewExceptionalCase, Parent, QualifyingChild } from '../../../models/exceptional-case.model.ts'
import { frequencyNames, missingIdentifierNames } from '../../receipts-tool/exceptional-cases.ts'
import type { FieldError } from '../form-errors.ts'
import { dateParts, parseDateFields, parseMoney, requiredText, text } from '../staff-fields.ts'

const POSTCODE = /^[A-Z]{1,2}\d[A-Z\d]? ?\d[A-Z]{2}$/i

function list(value: unknown): string[] {
  if (Array.isArray(value)) return value.filter((item): item is string => typeof item === 'string')
  return typeof value === 'string' ? [value] : []
}

function readParent(body: Record<string, unknown>, prefix: string): Parent {
  return {
    name: text(body[`${prefix}Name`]),
    addressLine1: text(body[`${prefix}AddressLine1`]),
    addressLine2: text(body[`${prefix}AddressLine2`]),
    town: text(body[`${prefix}Town`]),
    postcode: text(body[`${prefix}Postcode`]).toUpperCase(),
  }
}

function parentErrors(parent: Parent, prefix: string, who: string): Array<FieldError | undefined> {
  return [
    requiredText(parent.name, `${prefix}Name`, `the ${who}’s full name`, 100),
    requiredText(parent.addressLine1, `${prefix}AddressLine1`, `the first line of the ${who}’s address`, 100),
    parent.addressLine2.length > 100
      ? { field: `${prefix}AddressLine2`, key: 'Address line 2 must be 100 characters or fewer' }
      : undefined,
    requiredText(parent.town, `${prefix}Town`, `the ${who}’s town or city`, 100),
    parent.postcode === ''
      ? { field: `${prefix}Postcode`, key: `Enter the ${who}’s postcode` }
      : POSTCODE.test(parent.postcode)
        ? undefined
        : { field: `${prefix}Postcode`, key: 'Enter a real postcode' },
  ]
}

export function validateChild(body: Record<string, unknown>, today: string) {
  const fullName = text(body.childName)
  const dateOfBirth = parseDateFields(body, 'childDateOfBirth', 'child’s date of birth', today)
  const errors = [requiredText(fullName, 'childName', 'the child’s full name', 100), dateOfBirth.error].filter(
    (error): error is FieldError => error !== undefined,
  )
  const child: QualifyingChild | undefined =
    errors.length === 0 ? { fullName, dateOfBirth: dateOfBirth.date! } : undefined
  return { values: { childName: fullName, childDateOfBirth: dateParts(body, 'childDateOfBirth') }, errors, child }
}

/** Create an exceptional case: its type and why, both parents, the first qualifying child and the maintenance. */
export function validateCase(body: Record<string, unknown>, today: string) {
  const caseType = text(body.caseType)
  const missingIdentifiers = list(body.missingIdentifiers).filter(item => item in missingIdentifierNames)
  const payingParent = readParent(body, 'payingParent')
  const receivingParent = readParent(body, 'receivingParent')
  const amount = parseMoney(text(body.maintenanceAmount), 'maintenanceAmount', 'maintenance amount')
  const frequency = text(body.maintenanceFrequency)
  const cmsCaseNumber = text(body.cmsCaseNumber).replace(/\s/g, '')
  const incidentReference = text(body.incidentReference)
  const childCheck = validateChild(body, today)
  const errors = [
    caseType === 'one' || caseType === 'two' ? undefined : { field: 'caseType', key: 'Select the type of case' },
    caseType === 'one' && missingIdentifiers.length === 0
      ? { field: 'missingIdentifiers', key: 'Select who has no National Insurance number or child reference number' }
      : undefined,
    caseType === 'two' && !/^\d{1,12}$/.test(cmsCaseNumber)
      ? {
          field: 'cmsCaseNumber',
          key:
            cmsCaseNumber === '' ? 'Enter the CMS 2012 case number' : 'CMS 2012 case number must be up to 12 numbers',
        }
      : undefined,
    caseType === 'two' ? requiredText(incidentReference, 'incidentReference', 'the incident reference', 20) : undefined,
    ...parentErrors(payingParent, 'payingParent', 'paying parent'),
    ...parentErrors(receivingParent, 'receivingParent', 'receiving parent'),
    ...childCheck.errors,
    amount.error,
    frequency in frequencyNames
      ? undefined
      : { field: 'maintenanceFrequency', key: 'Select how often maintenance is due' },
  ].filter((error): error is FieldError => error !== undefined)

  const values = {
    caseType,
    missingIdentifiers,
    cmsCaseNumber,
    incidentReference,
    payingParent,
    receivingParent,
    maintenanceAmount: text(body.maintenanceAmount),
    maintenanceFrequency: frequency,
    ...childCheck.values,
  }
  const newCase: NewExceptionalCase | undefined =
    errors.length === 0
      ? {
          caseType: caseType as 'one' | 'two',
          missingIdentifiers,
          cmsCaseNumber,
          incidentReference,
          payingParent,
          receivingParent,
          maintenanceAmountPence: amount.pence!,
          maintenanceFrequency: frequency,
        }
      : undefined
  return { values, errors, newCase, child: childCheck.child }
}
