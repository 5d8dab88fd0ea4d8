/** Programs that carry the regular-expression engine inside their bundle (the browser extension, tests). */
import * as re2js from 're2js';
import { provideRegexEngine } from '../core/regex-engine';

provideRegexEngine(() => re2js);
