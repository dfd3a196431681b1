// Pathway's one script: starts the GOV.UK Frontend and MoJ Frontend components on the
// page. Both bundles are self-contained ES modules that scripts/build-assets copies beside
// this file (web/dist/javascripts/, served as /assets/javascripts/). Every page works
// without JavaScript; this only adds the components' enhancements. Each initAll() checks
// for the `govuk-frontend-supported` class that the inline js-enabled line in
// templates/partials/layout_top.mustache puts on <body>.
import { initAll as initGovukFrontend } from './govuk-frontend.min.js'
import { initAll as initMojFrontend } from './moj-frontend.min.js'

initGovukFrontend()
initMojFrontend()
