import type { Formatter } from './common';
import { github } from './github';
import { json } from './json';
import { sarif } from './sarif';
import { stylish } from './stylish';

export const FORMATTERS: Readonly<Record<string, Formatter>> = { stylish, json, sarif, github };
