import type { RequestHandler } from 'express'
import type { i18n } from 'i18next'
import type { ClientSummary } from '../../../models/client.model.ts'
import type { Letters } from '../../../models/letter.model.ts'
import { pathTo, type ClientUrls, type Region } from '../../../routes/paths.ts'
import type { Clock } from '../../../services/clock.ts'
import { renderLetterPdf } from '../../../services/letters/letter-pdf.ts'

/** The letters issued to the client, newest first; those not yet opened are marked new. */
export function list(letters: Letters): RequestHandler {
  return async (_req, res) => {
    const client = res.locals.client as ClientSummary
    const urls = res.locals.urls as ClientUrls
    const issued = await letters.listForClient(client.id)
    res.render('pages/client/messages/letters', {
      letters: issued.map(letter => ({
        titleKey: `letters:templates.${letter.templateCode}.title`,
        issuedAt: letter.issuedAt,
        posted: letter.delivery === 'post',
        unread: letter.readAt === null,
        href: pathTo(urls.letter, { letterId: letter.id }),
      })),
    })
  }
}

/** One of the client's own letters as a PDF, made on the server; opening it marks it read. Anyone else's: 404. */
export function download(letters: Letters, i18next: i18n, clock: Clock): RequestHandler {
  return async (req, res, next) => {
    const client = res.locals.client as ClientSummary
    const letterId = Number(req.params.letterId)
    const letter = Number.isSafeInteger(letterId) ? await letters.findForClient(client.id, letterId) : undefined
    if (!letter) {
      next()
      return
    }
    const pdf = await renderLetterPdf(
      {
        letter,
        client: {
          name: `${client.firstName} ${client.lastName}`,
          customerReferenceNumber: client.customerReferenceNumber,
        },
        region: res.locals.region as Region,
      },
      i18next,
    )
    await letters.markRead(client.id, letter.id, clock.now())
    res.type('application/pdf').set('Content-Disposition', `inline; filename="${letter.reference}.pdf"`).send(pdf)
  }
}
