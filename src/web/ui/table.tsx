// One data table for every page: NL Design System (Utrecht) table markup with a caption as its accessible name.
import type { Child } from 'hono/jsx';

/** A table with a caption (its accessible name, shown unless `captionHidden`) and a row of column headers. */
export function Table(props: { caption: string; columns: string[]; children?: Child; captionHidden?: boolean }) {
  return (
    <div class="utrecht-table-container">
      <table class="utrecht-table utrecht-table--html-table">
        <caption class={`utrecht-table__caption${props.captionHidden ? ' vs-visually-hidden' : ''}`}>
          {props.caption}
        </caption>
        <thead class="utrecht-table__header">
          <tr class="utrecht-table__row">
            {props.columns.map((c) => (
              <th class="utrecht-table__header-cell" scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody class="utrecht-table__body">{props.children}</tbody>
      </table>
    </div>
  );
}
