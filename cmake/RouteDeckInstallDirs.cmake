# SPDX-License-Identifier: GPL-3.0-or-later
# Where an install puts things (FHS, through GNUInstallDirs), and the one relative path the programs use
# to find their data from their own location: <bindir>/${ROUTEDECK_BIN_TO_DATA} = <datadir>/routedeck.
include(GNUInstallDirs)
set(ROUTEDECK_INSTALL_DATADIR ${CMAKE_INSTALL_DATADIR}/routedeck)
file(RELATIVE_PATH ROUTEDECK_BIN_TO_DATA "${CMAKE_INSTALL_FULL_BINDIR}" "${CMAKE_INSTALL_FULL_DATADIR}/routedeck")
