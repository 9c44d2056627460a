/** The word diff lives in shared/ so the review page and the PDF show changes the same way. */
export { tokens, diffWords, type DiffOp } from '../../../../../shared/text/diff';
