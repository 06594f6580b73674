# cmake -DSOURCE_DIR=… -DOUTPUT=…/build_info.inc [-DFALLBACK=commit] -P git_commit.cmake
# Writes `constexpr const char* kGitCommit = "<12 hex digits>[-modified]";`, only when that
# changes, so an unchanged commit rebuilds nothing.
set(commit "")
find_package(Git QUIET)
if(GIT_FOUND)
  execute_process(COMMAND ${GIT_EXECUTABLE} -C ${SOURCE_DIR} rev-parse --short=12 HEAD
                  OUTPUT_VARIABLE commit OUTPUT_STRIP_TRAILING_WHITESPACE ERROR_QUIET
                  RESULT_VARIABLE status)
  if(status EQUAL 0)
    execute_process(COMMAND ${GIT_EXECUTABLE} -C ${SOURCE_DIR} status --porcelain
                            --untracked-files=no
                    OUTPUT_VARIABLE changes ERROR_QUIET)
    if(changes)
      string(APPEND commit "-modified")
    endif()
  else()
    set(commit "")
  endif()
endif()
if(NOT commit)
  set(commit ${FALLBACK})
endif()
if(NOT commit)
  set(commit unknown)
endif()
set(content "constexpr const char* kGitCommit = \"${commit}\";\n")
if(EXISTS ${OUTPUT})
  file(READ ${OUTPUT} previous)
endif()
if(NOT previous STREQUAL content)
  file(WRITE ${OUTPUT} "${content}")
endif()
