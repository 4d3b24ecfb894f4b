/** A complete, valid "create an exceptional case" form; override any field. */
export function caseForm(overrides: Record<string, string | string[]> = {}): Record<string, string | string[]> {
  return {
    caseType: 'one',
    missingIdentifiers: ['paying_parent_nino'],
    payingParentName: 'Alex Turner',
    payingParentAddressLine1: '1 High Street',
    payingParentAddressLine2: '',
    payingParentTown: 'York',
    payingParentPostcode: 'YO1 7HH',
    receivingParentName: 'Sam Turner',
    receivingParentAddressLine1: '2 Low Street',
    receivingParentAddressLine2: 'Flat 3',
    receivingParentTown: 'Leeds',
    receivingParentPostcode: 'LS1 4AP',
    childName: 'Robin Turner',
    'childDateOfBirth-day': '5',
    'childDateOfBirth-month': '6',
    'childDateOfBirth-year': '2017',
    maintenanceAmount: '42.50',
    maintenanceFrequency: 'weekly',
    ...overrides,
  }
}

export function receiptForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'dateReceived-day': '20',
    'dateReceived-month': '11',
    'dateReceived-year': '2026',
    amount: '100.10',
    method: 'cheque',
    payer: 'Alex Turner',
    reference: '000451',
    ...overrides,
  }
}

export function paymentForm(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    'datePaid-day': '21',
    'datePaid-month': '11',
    'datePaid-year': '2026',
    amount: '50.00',
    method: 'bank_transfer',
    payeeAccountReference: 'TURNER-S-001',
    ...overrides,
  }
}
