import { Combobox, createTheme, Drawer, Modal, type MantineColorsTuple } from '@mantine/core';

// Teal-leaning brand colour: calm next to the clients' own colours on the calendar.
const brand: MantineColorsTuple = ['#e6fcf7', '#d3f4ec', '#a8e8d8', '#79dbc3', '#53d0b1', '#3ac9a6', '#2bc5a0', '#1aae8b', '#079b7b', '#00866a'];

export const theme = createTheme({
  primaryColor: 'brand',
  colors: { brand },
  fontFamily: 'Inter, "Noto Color Emoji", system-ui, sans-serif',
  headings: { fontFamily: 'Inter, system-ui, sans-serif' },
  defaultRadius: 'md',
  components: {
    // A select's options are drawn when it opens, not kept hidden in the page: a post's drawer has
    // several, and each kept-mounted list was positioned on open, forcing a style pass of the whole
    // drawer before its editor could show (`npm run bench`, opening a post).
    Combobox: Combobox.extend({ defaultProps: { keepMounted: false } }),
    // Drawers and dialogs still keep the page behind them from scrolling (wheel and touch are
    // stopped outside them), but without hiding the body's scroll bar: that sets a CSS variable on
    // <body>, and every element of the page, a month of posts included, is styled again when a post
    // opens (about 1,600 elements; `npm run bench`, opening a post).
    Drawer: Drawer.extend({ defaultProps: { removeScrollProps: { removeScrollBar: false } } }),
    Modal: Modal.extend({ defaultProps: { removeScrollProps: { removeScrollBar: false } } }),
  },
});
