/** The entry of dist/re2.js: the regular-expression engine on its own, loaded by re2-node.ts when needed. */
export * from 're2js';
