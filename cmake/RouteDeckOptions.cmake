# SPDX-License-Identifier: GPL-3.0-or-later
# One INTERFACE target carries the warnings and Qt definitions of every RouteDeck target.
add_library(routedeck_options INTERFACE)
add_library(RouteDeck::options ALIAS routedeck_options)

target_compile_definitions(routedeck_options INTERFACE
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_USE_QSTRINGBUILDER
    QT_NO_URL_CAST_FROM_STRING
    QT_NO_FOREACH
    QT_NO_KEYWORDS
    QT_DISABLE_DEPRECATED_BEFORE=0x060400
    ROUTEDECK_VERSION="${PROJECT_VERSION}")
if(Qt6_VERSION VERSION_GREATER_EQUAL 6.7)
    target_compile_definitions(routedeck_options INTERFACE QT_NO_CONTEXTLESS_CONNECT)
endif()

target_compile_options(routedeck_options INTERFACE -Wall -Wextra -Wpedantic)
if(ROUTEDECK_WERROR)
    target_compile_options(routedeck_options INTERFACE -Werror)
endif()
