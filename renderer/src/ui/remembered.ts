/**
 * A text made once per key (a row's number, a date, a count) and remembered. For what a view draws
 * by the hundred on a scroll or a month switch, where i18next's interpolation and Intl's
 * formatting per item are a visible part of the time. The keys must be few: whoever makes the
 * function owns the memory (a table's columns, a screen's labels), and drops it with them.
 */
export function remembered<K>(make: (key: K) => string): (key: K) => string {
  const said = new Map<K, string>();
  return (key) => {
    let text = said.get(key);
    if (text === undefined) said.set(key, (text = make(key)));
    return text;
  };
}
