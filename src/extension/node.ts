/** The desktop extension's entry: the regular-expression engine is loaded from dist/re2.js when a config needs it. */
import '../platform/re2-node';

export { activate, deactivate } from './extension';
