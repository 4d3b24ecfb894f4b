/*
 * Page numbers for long tables, in the GOV.UK pagination pattern: Previous, numbered pages with
 * ellipses when there are many, Next. Page numbers come from the query string, so anything that is
 * not a page in range is read as the first page.
 */

export interface PageWindow {
  page: number
  pages: number
  offset: number
  limit: number
}

export function pageWindow(requested: unknown, total: number, perPage: number): PageWindow {
  const pages = Math.max(1, Math.ceil(total / perPage))
  const asked = typeof requested === 'string' && /^\d{1,6}$/.test(requested) ? Number(requested) : 1
  const page = asked >= 1 && asked <= pages ? asked : 1
  return { page, pages, offset: (page - 1) * perPage, limit: perPage }
}

export interface PaginationLinks {
  previous?: { href: string }
  next?: { href: string }
  items: Array<{ number: number; href: string; current: boolean } | { ellipsis: true }>
}

/** The govukPagination parameters for a window; none when everything fits on one page. */
export function paginationLinks(window: PageWindow, hrefFor: (page: number) => string): PaginationLinks | null {
  if (window.pages <= 1) return null
  const shown = new Set([1, window.pages, window.page - 1, window.page, window.page + 1])
  const items: PaginationLinks['items'] = []
  for (let number = 1; number <= window.pages; number++) {
    if (shown.has(number)) items.push({ number, href: hrefFor(number), current: number === window.page })
    else if (!('ellipsis' in (items.at(-1) ?? {}))) items.push({ ellipsis: true })
  }
  return {
    ...(window.page > 1 ? { previous: { href: hrefFor(window.page - 1) } } : {}),
    ...(window.page < window.pages ? { next: { href: hrefFor(window.page + 1) } } : {}),
    items,
  }
}
