/** A cell's element id, `ep-<row>-<column>`: the cursor's cell carries it (aria-activedescendant). */
export const cellDomId = (rowId: string, columnId: string) => `ep-${rowId}-${columnId}`;
