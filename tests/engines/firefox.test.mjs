// The cross-engine suite in Firefox (Debian's firefox-esr, over WebDriver BiDi).
import { defineSuite } from './suite.mjs';

defineSuite('firefox');
