# SPDX-License-Identifier: GPL-3.0-or-later
# What `cmake --install` puts beside the programs, and `cpack -G DEB`.
#
# The query catalog, price table and demo config are compiled into the programs (resources/*.qrc), so a
# program never runs with a catalog of another version. The same files are installed under
# share/routedeck as the documented starting points: a profile's `query_catalog:` / `price_table:`,
# `routedeck-sim --config`, `routedeckctl validate`.
install(FILES ${CMAKE_SOURCE_DIR}/resources/queries/litellm.yaml DESTINATION ${ROUTEDECK_INSTALL_DATADIR}/queries)
install(FILES ${CMAKE_SOURCE_DIR}/resources/prices.yaml DESTINATION ${ROUTEDECK_INSTALL_DATADIR})
install(FILES ${CMAKE_SOURCE_DIR}/resources/examples/config.yaml DESTINATION ${ROUTEDECK_INSTALL_DATADIR}/examples)
install(DIRECTORY ${CMAKE_SOURCE_DIR}/resources/demo/ DESTINATION ${ROUTEDECK_INSTALL_DATADIR}/demo
        FILES_MATCHING PATTERN "*.yaml")
install(FILES ${CMAKE_SOURCE_DIR}/resources/routedeck.desktop DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${CMAKE_SOURCE_DIR}/resources/icons/routedeck.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps)
install(FILES ${CMAKE_SOURCE_DIR}/resources/debian/copyright DESTINATION ${CMAKE_INSTALL_DATADIR}/doc/routedeck)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME routedeck)
set(CPACK_PACKAGE_VENDOR RouteDeck)
set(CPACK_PACKAGE_CONTACT "RouteDeck developers <noreply@routedeck.invalid>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "operations console for LLM routing layers (LiteLLM)")
set(CPACK_PACKAGE_DESCRIPTION "RouteDeck connects to a LiteLLM router's admin API and to Prometheus and shows, \
live, the traffic split per deployment (configured, effective, observed), latency percentiles, outcomes, \
cooldowns and token and cost trends. Operators edit weights visually and push them with a review, \
guardrails, an audit log and rollback. Includes routedeckctl (the same numbers on the command line) and \
routedeck-sim (a LiteLLM router simulator for the demo).")
set(CPACK_RESOURCE_FILE_LICENSE ${CMAKE_SOURCE_DIR}/COPYING)
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
# dpkg-shlibdeps finds the libraries the programs link. The platform plugins (xcb, offscreen) and the SVG
# icon plugin are loaded at run time, so no tool can see them: they are named here.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# The demo (routedeck --demo) runs a real Prometheus, and the Cost page's history uses its promtool.
# QtKeychain reaches the desktop keyring's Secret Service through libsecret, which it loads at run time
# (QLibrary "secret-1"), so dpkg-shlibdeps cannot see it either.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "prometheus, libsecret-1-0")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "victoria-metrics")
include(CPack)
