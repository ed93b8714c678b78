# SPDX-License-Identifier: GPL-3.0-or-later
# routedeck_add_library(NAME SOURCES ... [PUBLIC libs...] [PRIVATE libs...]): one static library of a layer
# (widgets, app, the simulator's core, each library of base), target routedeck_NAME named RouteDeck::NAME,
# its folder on the include path of whoever links it.
function(routedeck_add_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    add_library(routedeck_${name} STATIC ${ARG_SOURCES})
    add_library(RouteDeck::${name} ALIAS routedeck_${name})
    target_include_directories(routedeck_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(routedeck_${name} PUBLIC ${ARG_PUBLIC})
    if(ARG_PRIVATE)
        target_link_libraries(routedeck_${name} PRIVATE ${ARG_PRIVATE})
    endif()
endfunction()
