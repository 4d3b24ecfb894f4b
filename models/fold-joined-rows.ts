/**
 * Folds the rows of a one-to-many join (a row per child, or one with nulls for a parent without any)
 * back into one item per parent id, in the order the parents first appear: `start` makes the item
 * from a parent's first row, `add` takes each of its rows' child into it.
 */
export function foldJoinedRows<Row extends { id: number }, Item>(
  rows: Row[],
  start: (row: Row) => Item,
  add: (item: Item, row: Row) => void,
): Item[] {
  const items = new Map<number, Item>()
  for (const row of rows) {
    let item = items.get(row.id)
    if (item === undefined) {
      item = start(row)
      items.set(row.id, item)
    }
    add(item, row)
  }
  return [...items.values()]
}
