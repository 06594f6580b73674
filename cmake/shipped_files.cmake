# Where planlint finds its rule sets and rule-kind pages (src/planlint/config/shipped_files.cpp):
# the build tree and source tree it came from, and the install layout below. Set on that one file
# so a new prefix recompiles nothing else.
set(PLANLINT_INSTALL_RULESDIR ${CMAKE_INSTALL_DATADIR}/planlint/rules)
set(PLANLINT_INSTALL_DOCSDIR ${CMAKE_INSTALL_DATADIR}/planlint/docs)
set_property(SOURCE src/planlint/config/shipped_files.cpp APPEND PROPERTY COMPILE_DEFINITIONS
  PLANLINT_SOURCE_DIR="${PROJECT_SOURCE_DIR}"
  PLANLINT_BUILD_DIR="${PROJECT_BINARY_DIR}"
  PLANLINT_INSTALL_PREFIX="${CMAKE_INSTALL_PREFIX}"
  PLANLINT_INSTALL_BINDIR="${CMAKE_INSTALL_BINDIR}"
  PLANLINT_INSTALL_RULESDIR="${PLANLINT_INSTALL_RULESDIR}"
  PLANLINT_INSTALL_DOCSDIR="${PLANLINT_INSTALL_DOCSDIR}")
