// The cross-engine suite in WebKit (WebKitGTK's MiniBrowser, through WebKitWebDriver).
import { defineSuite } from './suite.mjs';

defineSuite('webkit');
