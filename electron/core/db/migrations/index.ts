import { checkNumbering, type Migration } from '../migrate';
import { m001 } from './001-initial';
import { m002 } from './002-moments';
import { m003 } from './003-planning';
import { m004 } from './004-copy';
import { m005 } from './005-copy-rules';
import { m006 } from './006-approval-assets';
import { m007 } from './007-exports';
import { m008 } from './008-feedback';
import { m009 } from './009-ep-batches';
import { m010 } from './010-reports';

/** Every migration, in order. A new one gets the next number and is appended here (checked at load). */
export const MIGRATIONS: readonly Migration[] = checkNumbering([m001, m002, m003, m004, m005, m006, m007, m008, m009, m010]);
