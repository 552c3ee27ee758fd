/**
 * Registers `<lapor-form>` and `<lapor-status>` (skipped when another copy already did).
 * @module
 */
import { LaporForm } from './form/lapor-form.ts';
import { LaporStatus } from './status/lapor-status.ts';
import { define } from './shared/define.ts';

define('lapor-form', LaporForm);
define('lapor-status', LaporStatus);
