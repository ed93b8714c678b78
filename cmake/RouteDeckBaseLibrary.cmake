# SPDX-License-Identifier: GPL-3.0-or-later
include(${CMAKE_CURRENT_LIST_DIR}/RouteDeckLibrary.cmake)

# routedeck_add_base_library(NAME SOURCES ... [PUBLIC libs...] [PRIVATE libs...]): one library of the base
# layer (base/NAME), as routedeck_add_library makes it. PUBLIC lists the base libraries below it (arrows
# point down only).
function(routedeck_add_base_library name)
    routedeck_add_library(${name} ${ARGN})
endfunction()
