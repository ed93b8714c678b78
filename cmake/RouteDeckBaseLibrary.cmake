# SPDX-License-Identifier: GPL-3.0-or-later
# routedeck_add_base_library(NAME SOURCES ... [PUBLIC libs...] [PRIVATE libs...]): one library of the base
# layer (base/NAME): static, named RouteDeck::NAME, its folder on the include path of whoever links it.
# PUBLIC lists the base libraries below it (arrows point down only).
function(routedeck_add_base_library name)
    cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
    add_library(routedeck_${name} STATIC ${ARG_SOURCES})
    add_library(RouteDeck::${name} ALIAS routedeck_${name})
    target_include_directories(routedeck_${name} PUBLIC ${CMAKE_CURRENT_SOURCE_DIR})
    target_link_libraries(routedeck_${name} PUBLIC ${ARG_PUBLIC})
    if(ARG_PRIVATE)
        target_link_libraries(routedeck_${name} PRIVATE ${ARG_PRIVATE})
    endif()
endfunction()
