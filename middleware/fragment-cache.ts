import nunjucks from 'nunjucks'

/*
 * `{% cached "footer-" + region + "-" + lang %} … {% endcached %}`: renders the body once per key and
 * reuses the HTML. For the parts of the page shell that are the same for every visitor (the GOV.UK
 * header and footer, the phase banner), whose macros cost more than the rest of a page together.
 * The key must name everything the body depends on; never wrap anything that holds a nonce, a CSRF
 * token, the current URL or anyone's data.
 */

/** Enough for every key the layouts make; a key built from unbounded input stops being cached. */
const MAXIMUM_ENTRIES = 500

interface ParserLike {
  nextToken(): { value: string }
  parseSignature(tolerant: null, noParens: boolean): unknown
  advanceAfterBlockEnd(name?: string): void
  parseUntilBlocks(...names: string[]): unknown
}

interface NodesLike {
  CallExtension: new (extension: object, method: string, args: unknown, contentArgs: unknown[]) => unknown
}

export class FragmentCache {
  readonly tags = ['cached']
  private readonly fragments = new Map<string, nunjucks.runtime.SafeString>()

  constructor(private readonly enabled: boolean) {}

  parse(parser: ParserLike, nodes: NodesLike): unknown {
    const token = parser.nextToken()
    const args = parser.parseSignature(null, true)
    parser.advanceAfterBlockEnd(token.value)
    const body = parser.parseUntilBlocks('endcached')
    parser.advanceAfterBlockEnd()
    return new nodes.CallExtension(this, 'run', args, [body])
  }

  run(_context: unknown, key: unknown, body: () => string): nunjucks.runtime.SafeString {
    if (!this.enabled || typeof key !== 'string') return new nunjucks.runtime.SafeString(body())
    let fragment = this.fragments.get(key)
    if (!fragment) {
      fragment = new nunjucks.runtime.SafeString(body())
      if (this.fragments.size < MAXIMUM_ENTRIES) this.fragments.set(key, fragment)
    }
    return fragment
  }
}
