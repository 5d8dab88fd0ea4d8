/** The browser extension's entry (vscode.dev): the regular-expression engine travels inside the bundle. */
import '../platform/re2-bundled';

export { activate, deactivate } from './extension';
