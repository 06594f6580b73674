# What `planlint --version` reports beside the version (src/planlint/cli/build_info.cpp): the git
# commit, refreshed at every build but rewritten only when it changes, and RE2's version, which
# RE2 itself does not expose (Debian's pkg-config file says 0.0.0), taken from the package.
set(PLANLINT_GIT_COMMIT "" CACHE STRING
    "Commit to report in --version when building outside a git checkout (e.g. from a tarball)")
set(BUILD_INFO_INC ${CMAKE_CURRENT_BINARY_DIR}/generated/build_info.inc)
add_custom_target(planlint_build_info
  COMMAND ${CMAKE_COMMAND} -DSOURCE_DIR=${PROJECT_SOURCE_DIR} -DOUTPUT=${BUILD_INFO_INC}
          -DFALLBACK=${PLANLINT_GIT_COMMIT} -P ${PROJECT_SOURCE_DIR}/cmake/git_commit.cmake
  BYPRODUCTS ${BUILD_INFO_INC}
  COMMENT "Recording the git commit for --version"
  VERBATIM)
add_dependencies(planlint_cli planlint_build_info)
target_include_directories(planlint_cli PRIVATE ${CMAKE_CURRENT_BINARY_DIR}/generated)

set(PLANLINT_RE2_VERSION ${RE2_VERSION})
find_program(DPKG_QUERY dpkg-query)
if(DPKG_QUERY)
  execute_process(COMMAND ${DPKG_QUERY} -W -f=\${Version} libre2-dev
                  OUTPUT_VARIABLE debian_re2_version ERROR_QUIET RESULT_VARIABLE status)
  if(status EQUAL 0 AND debian_re2_version)
    # 20220601+dfsg-1+b1: the upstream release is the date before the first +.
    string(REGEX REPLACE "^([0-9]+:)?([^+~-]+).*" "\\2" PLANLINT_RE2_VERSION ${debian_re2_version})
  endif()
endif()
if(NOT PLANLINT_RE2_VERSION OR PLANLINT_RE2_VERSION STREQUAL "0.0.0")
  set(PLANLINT_RE2_VERSION unknown)
endif()
set_property(SOURCE src/planlint/cli/build_info.cpp APPEND PROPERTY COMPILE_DEFINITIONS
  PLANLINT_RE2_VERSION="${PLANLINT_RE2_VERSION}")
