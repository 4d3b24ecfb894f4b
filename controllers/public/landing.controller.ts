import type { RequestHandler } from 'express'
import { clientUrls, externalLinks, type Region } from '../../routes/paths.ts'

const otherRegion: Record<Region, Region> = { gb: 'ni', ni: 'gb' }

/** The client landing page: what the site is for, how to get in the first time, and where else to go. */
export function get(): RequestHandler {
  return (req, res) => {
    const region = res.locals.region as Region
    const applyUrl =
      region === 'gb' && req.language === 'cy'
        ? externalLinks.childMaintenanceWelsh
        : externalLinks.childMaintenance[region]
    res.render('pages/client/landing', {
      applyUrl,
      otherRegionUrl: clientUrls[otherRegion[region]].landing,
      employerUrl: externalLinks.employerSite,
    })
  }
}
