import type { RequestHandler } from 'express'
import type { ClientUrls } from '../../routes/paths.ts'

interface Link {
  text: string
  href: string
}

export interface ContentSection {
  heading?: string
  paragraphs?: string[]
  bullets?: string[]
  after?: string[]
  links?: Link[]
}

/** Internal links in content are written "@page" (a key of the client paths), so no URL is typed twice. */
function resolveLinks(sections: ContentSection[], urls: ClientUrls): ContentSection[] {
  return sections.map(section => ({
    ...section,
    links: section.links?.map(link => ({
      text: link.text,
      href: link.href.startsWith('@') ? urls[link.href.slice(1) as keyof ClientUrls] : link.href,
    })),
  }))
}

/**
 * A page made only of translated content: a title, an introduction and sections read from the
 * namespace's locale file, in the region's variant where one exists.
 */
export function get(namespace: string): RequestHandler {
  return (req, res) => {
    const region = res.locals.region as string
    const values = {
      department: req.t(`common:department.${region}`),
      serviceName: req.t(`common:serviceName.${region}`),
    }
    const regional = req.t(`${namespace}:sections_${region}`, { ...values, returnObjects: true, defaultValue: '' })
    const sections = Array.isArray(regional)
      ? regional
      : req.t(`${namespace}:sections`, { ...values, returnObjects: true })
    res.render('pages/client/content-page', {
      title: req.t(`${namespace}:title`, values),
      intro: req.t(`${namespace}:intro`, { ...values, defaultValue: '' }),
      sections: resolveLinks(sections as unknown as ContentSection[], res.locals.urls as ClientUrls),
    })
  }
}
