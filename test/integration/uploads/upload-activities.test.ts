import { expect } from 'chai'
import { docx, png } from '../../fixtures/files.ts'
import { insertClientRecord } from '../../fixtures/clients.ts'
import { useUploadTestApp } from '../../support/upload-helpers.ts'

describe('activities that uploads leave for caseworkers', function () {
  this.timeout(60_000)
  const context = useUploadTestApp()
  const { files } = context

  it('records a Self Service inbound activity for documents sent on their own, linked to the documents', async () => {
    const client = await insertClientRecord(context.testApp.database.db)
    await context.testApp.deps.documentUploads.accept(client, [
      files.upload('a.png', png()),
      files.upload('b.png', png()),
    ])
    const activities = await context.testApp.deps.activities.listForClient(client)
    expect(activities.map(activity => [activity.activityType, activity.subject, activity.status])).to.deep.equal([
      ['inbound_upload', 'Self Service inbound', 'open'],
    ])
    const documents = await context.testApp.deps.documents.listForOwner(client)
    expect(documents.map(document => document.messageId)).to.deep.equal([activities[0]!.id, activities[0]!.id])
  })

  it('records an upload error activity, In Progress and In Error, for each refused file', async () => {
    const client = await insertClientRecord(context.testApp.database.db)
    await context.testApp.deps.documentUploads.accept(client, [files.upload('letter.docx', docx())])
    const activities = await context.testApp.deps.activities.listForClient(client)
    expect(activities).to.have.length(1)
    expect(activities[0]).to.deep.include({
      activityType: 'upload_error',
      status: 'in_progress',
      errorStatus: 'in_error',
      errorDescription: 'The document being uploaded is of an incorrect type: letter.docx',
    })
    const [uploadError] = await context.testApp.deps.uploadErrors.listForClient(client)
    expect(activities[0]!.uploadErrorId).to.equal(uploadError!.id)
  })

  it('records no inbound activity when every file is refused', async () => {
    const client = await insertClientRecord(context.testApp.database.db)
    await context.testApp.deps.documentUploads.accept(client, [files.upload('letter.docx', docx())])
    const activities = await context.testApp.deps.activities.listForClient(client)
    expect(activities.map(activity => activity.activityType)).to.deep.equal(['upload_error'])
  })
})
