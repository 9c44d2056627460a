/** UI strings of the copy editor; wired into the i18n resources as `editor.*`. */
export const editorEn = {
  title: 'Copy',
};
export const editorId: typeof editorEn = {
  title: 'Copy',
};
