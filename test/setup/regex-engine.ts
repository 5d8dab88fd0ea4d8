/** Unit tests run the core from source: give it the regular-expression engine as the browser bundle does. */
import '../../src/platform/re2-bundled';
