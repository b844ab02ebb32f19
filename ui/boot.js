// Loads the Leptos application. Kept out of index.html so the CSP can forbid inline scripts.
import init from './passerelle-ui.js';
init();
