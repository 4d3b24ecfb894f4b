import { expect } from 'chai'
import { insertCase } from '../../fixtures/cases.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { createTestApp, type TestApp } from '../../support/test-app.ts'

/**
 * The one model of a client's cases: every page that shows a client's cases or children reads it,
 * so its scoping, its names and its orders are what those pages show.
 */
describe('a client’s cases, as the client sees them', () => {
  let testApp: TestApp
  before(async () => {
    testApp = await createTestApp()
  })
  after(() => testApp.close())

  let clientsMade = 0

  async function caseNumbered(caseNumber: string, caseId: number) {
    await testApp.database.db('cases').where({ id: caseId }).update({ case_number: caseNumber })
    return caseId
  }

  /** Pays on case number ...2 (four children, twins among them) and ...3 (none); receives on ...1. */
  async function clientWithThreeCases() {
    const db = testApp.database.db
    clientsMade += 1
    const numbered = (last: number) => String(100_000_000 + clientsMade * 10 + last)
    const client = await insertClientRecord(db, { first_name: 'Alex' })
    const pat = await insertClientRecord(db, { first_name: 'Pat', last_name: 'Jones' })
    const sid = await insertClientRecord(db, { first_name: 'Sid', last_name: 'Hidden' })
    const quinn = await insertClientRecord(db, { first_name: 'Quinn' })
    await db('special_client_records').insert({
      client_id: sid,
      reason: 'At risk',
      marked_by: 'AB1234567',
      marked_at: '2026-11-01T09:00:00.000Z',
    })
    const paying = await caseNumbered(
      numbered(2),
      await insertCase(db, {
        payingParentClientId: client,
        receivingParentClientId: pat,
        children: [
          { firstName: 'Tom', lastName: 'Jones', dateOfBirth: '2015-01-01' },
          { firstName: 'Amy', lastName: 'Jones', dateOfBirth: '2012-05-05' },
          { firstName: 'Ben', lastName: 'Jones', dateOfBirth: '2018-03-03' },
          { firstName: 'Ann', lastName: 'Jones', dateOfBirth: '2018-03-03' },
        ],
      }),
    )
    const receiving = await caseNumbered(
      numbered(1),
      await insertCase(db, {
        payingParentClientId: sid,
        receivingParentClientId: client,
        children: [
          { firstName: 'Zac', lastName: 'Hidden', dateOfBirth: '2016-02-02' },
          { firstName: 'Amy', lastName: 'Hidden', dateOfBirth: '2017-02-02' },
        ],
      }),
    )
    const childless = await caseNumbered(
      numbered(3),
      await insertCase(db, { payingParentClientId: client, receivingParentClientId: quinn }),
    )
    const stranger = await insertClientRecord(db)
    await insertCase(db, {
      payingParentClientId: stranger,
      receivingParentClientId: pat,
      children: [{ firstName: 'Eve', lastName: 'Jones' }],
    })
    const childIds = new Map(
      (
        await db('qualifying_children').whereIn('case_id', [paying, receiving]).select('id', 'first_name', 'case_id')
      ).map(row => [`${row.first_name}@${row.case_id}`, row.id]),
    )
    return { client, paying, receiving, childless, childIds, numbered }
  }

  it('gives each of the client’s own cases by case number, with the role, the other parent’s first name and the children oldest first', async () => {
    const { client, paying, receiving, childless, childIds, numbered } = await clientWithThreeCases()
    const cases = await testApp.deps.clientCases.casesFor(client)
    expect(cases.map(item => [item.caseNumber, item.id, item.role, item.otherParentFirstName])).to.deep.equal([
      [numbered(1), receiving, 'receiving_parent', null],
      [numbered(2), paying, 'paying_parent', 'Pat'],
      [numbered(3), childless, 'paying_parent', 'Quinn'],
    ])
    const child = (firstName: string, caseId: number, lastName: string) => ({
      id: childIds.get(`${firstName}@${caseId}`),
      firstName,
      lastName,
    })
    expect(cases.map(item => item.children)).to.deep.equal([
      [child('Zac', receiving, 'Hidden'), child('Amy', receiving, 'Hidden')],
      [
        child('Amy', paying, 'Jones'),
        child('Tom', paying, 'Jones'),
        child('Ann', paying, 'Jones'),
        child('Ben', paying, 'Jones'),
      ],
      [],
    ])
  })

  it('lists the children on all the client’s cases by first name, then in the order they were recorded', async () => {
    const { client, paying, receiving, childIds } = await clientWithThreeCases()
    const children = await testApp.deps.clientCases.qualifyingChildrenFor(client)
    expect(children.map(item => [item.firstName, item.lastName, item.caseId, item.id])).to.deep.equal(
      [
        ['Amy', 'Jones', paying],
        ['Amy', 'Hidden', receiving],
        ['Ann', 'Jones', paying],
        ['Ben', 'Jones', paying],
        ['Tom', 'Jones', paying],
        ['Zac', 'Hidden', receiving],
      ].map(([firstName, lastName, caseId]) => [
        firstName,
        lastName,
        caseId,
        childIds.get(`${String(firstName)}@${String(caseId)}`),
      ]),
    )
  })

  it('finds nothing for a client on no case, and no case that is another client’s', async () => {
    const { paying } = await clientWithThreeCases()
    const nobody = await insertClientRecord(testApp.database.db)
    expect(await testApp.deps.clientCases.casesFor(nobody)).to.deep.equal([])
    expect(await testApp.deps.clientCases.qualifyingChildrenFor(nobody)).to.deep.equal([])
    expect(await testApp.deps.clientCases.caseFor(nobody, paying)).to.equal(undefined)
  })
})
