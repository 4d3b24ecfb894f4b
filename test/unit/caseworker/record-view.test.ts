import { expect } from 'chai'
import type { Request } from 'express'
import type { AuditEntry, AuditLog } from '../../../models/audit.model.ts'
import { recordClientView } from '../../../controllers/caseworker/record-view.ts'

describe('audit logging a caseworker’s view of a client record', () => {
  const entries: AuditEntry[] = []
  const auditLog = {
    record: (entry: AuditEntry) => {
      entries.push(entry)
      return Promise.resolve()
    },
  } as unknown as AuditLog
  const req = { session: { staff: { staffId: '35220900' } } } as unknown as Request

  beforeEach(() => {
    entries.length = 0
  })

  it('names the caseworker, the client and what was viewed, with its details', async () => {
    await recordClientView(auditLog, req, {
      action: 'client_document_viewed',
      clientId: 7,
      details: { documentId: 3 },
    })
    expect(entries).to.deep.equal([
      {
        actorType: 'staff',
        actorId: '35220900',
        action: 'client_document_viewed',
        subjectType: 'client',
        subjectId: 7,
        details: { documentId: 3 },
      },
    ])
  })

  it('records no details when there are none', async () => {
    await recordClientView(auditLog, req, { action: 'client_record_viewed', clientId: 7 })
    expect(entries).to.have.length(1)
    expect(entries[0]!.details).to.equal(undefined)
    expect(entries[0]).to.include({ actorId: '35220900', action: 'client_record_viewed', subjectId: 7 })
  })
})
