import { expect } from 'chai'
import { createCaseworkerIntranet } from '../../../services/caseworker/index.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

const GEORGE = '121003957455'

describe('completing a Direct Debit service request', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp({ demoData: true })
  })
  after(() => testApp.close())

  async function requestDirectDebit(clientId: number, accountName: string) {
    return testApp.deps.bankAccountChanges.request(clientId, {
      purpose: 'direct_debit',
      requestType: 'new_direct_debit',
      accountName,
      sortCode: '089999',
      accountNumberCiphertext: 'not-read-here',
      accountNumberEnding: '4958',
      collectionDay: 15,
    })
  }

  it('makes the pending account the active one, retiring the one it replaces', async () => {
    const george = (await testApp.database.db('clients').where({ customer_reference_number: GEORGE }).first())!.id
    const intranet = createCaseworkerIntranet(testApp.deps)
    const decide = async (reference: string) => {
      const request = (await testApp.deps.serviceRequests.findForClient(george, reference))!
      return intranet.serviceRequestDecisions.complete(request, '35220900')
    }
    const first = await requestDirectDebit(george, 'G Mills')
    expect((await decide(first.reference)).outcome).to.equal('completed')
    expect(await testApp.deps.bankAccounts.activeFor(george, 'direct_debit')).to.deep.include({
      accountName: 'G Mills',
    })

    const second = await requestDirectDebit(george, 'George Mills')
    expect((await decide(second.reference)).outcome).to.equal('completed')
    expect(await testApp.deps.bankAccounts.activeFor(george, 'direct_debit')).to.deep.include({
      accountName: 'George Mills',
    })
    const rows = await testApp.database.db('bank_accounts').where({ client_id: george }).orderBy('id')
    expect(rows.map(row => row.status)).to.deep.equal(['retired', 'active'])
  })
})
