# Runs one planlint command line and checks what it did.
#   -DCOMMAND="planlint|outline|file"   the command, its arguments joined by |
#   -DEXPECT_EXIT=N                     exit code it must return
#   -DEXPECT_STDOUT_FILE=path           optional: stdout must equal this file
#                                       (PLANLINT_BLESS=1 rewrites it instead)
#   -DEXPECT_STDOUT_REGEX=re            optional: stdout must match
#   -DEXPECT_STDERR_REGEX=re            optional: stderr must match
#   -DEXPECT_STDERR_LINES=N             optional: stderr must have exactly N lines
#   -DEXPECT_WRITTEN_FILE=path          optional: a file the command writes (relative to the
#   -DEXPECT_WRITTEN_GOLDEN=path        working directory) must equal the golden (blessable)
#   -DWORKING_DIRECTORY=dir
#   -DFRESH_WORKDIR=TRUE                optional: empty the working directory first
#   -DCOPY="file|file"                  optional: files copied into it first
#   -DSTDIN_FILE=path                   optional: standard input
#   -DENVIRONMENT="VAR=value|…"         optional: set for the command
#   -DSAME_AS_COMMAND="planlint|…"      optional: another command that must print the same
#                                       stdout and exit with the same code
string(REPLACE "|" ";" command "${COMMAND}")
if(FRESH_WORKDIR)
  file(REMOVE_RECURSE ${WORKING_DIRECTORY})
  file(MAKE_DIRECTORY ${WORKING_DIRECTORY})
endif()
if(COPY)
  string(REPLACE "|" ";" copied "${COPY}")
  file(COPY ${copied} DESTINATION ${WORKING_DIRECTORY})
endif()
if(ENVIRONMENT)
  string(REPLACE "|" ";" environment "${ENVIRONMENT}")
  set(command ${CMAKE_COMMAND} -E env ${environment} ${command})
endif()
set(input_option)
if(DEFINED STDIN_FILE)
  set(input_option INPUT_FILE ${STDIN_FILE})
endif()
execute_process(
  COMMAND ${command}
  WORKING_DIRECTORY ${WORKING_DIRECTORY}
  ${input_option}
  RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE stdout
  ERROR_VARIABLE stderr)

if(NOT exit_code STREQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit code ${exit_code}, expected ${EXPECT_EXIT}\nstdout:\n${stdout}\nstderr:\n${stderr}")
endif()

# Compares `actual` with the golden file, or rewrites the golden with PLANLINT_BLESS=1.
function(compare_with_golden what actual golden)
  if("$ENV{PLANLINT_BLESS}" STREQUAL "1")
    file(WRITE ${golden} "${actual}")
    return()
  endif()
  file(READ ${golden} expected)
  if(NOT actual STREQUAL expected)
    message(FATAL_ERROR "${what} differs from ${golden} (regenerate with PLANLINT_BLESS=1)\n--- actual:\n${actual}")
  endif()
endfunction()

if(DEFINED SAME_AS_COMMAND)
  string(REPLACE "|" ";" other_command "${SAME_AS_COMMAND}")
  execute_process(
    COMMAND ${other_command}
    WORKING_DIRECTORY ${WORKING_DIRECTORY}
    ${input_option}
    RESULT_VARIABLE other_exit_code
    OUTPUT_VARIABLE other_stdout
    ERROR_QUIET)
  if(NOT other_exit_code STREQUAL exit_code OR NOT other_stdout STREQUAL stdout)
    message(FATAL_ERROR "${SAME_AS_COMMAND} gave exit code ${other_exit_code} and a different "
                        "stdout:\n${other_stdout}\n--- than ${COMMAND}:\n${stdout}")
  endif()
endif()
if(DEFINED EXPECT_STDOUT_FILE)
  compare_with_golden(stdout "${stdout}" ${EXPECT_STDOUT_FILE})
endif()
if(DEFINED EXPECT_WRITTEN_FILE)
  set(written ${WORKING_DIRECTORY}/${EXPECT_WRITTEN_FILE})
  if(NOT EXISTS ${written})
    message(FATAL_ERROR "${EXPECT_WRITTEN_FILE} was not written\nstderr:\n${stderr}")
  endif()
  file(READ ${written} content)
  compare_with_golden(${EXPECT_WRITTEN_FILE} "${content}" ${EXPECT_WRITTEN_GOLDEN})
endif()
if(DEFINED EXPECT_STDOUT_REGEX AND NOT stdout MATCHES "${EXPECT_STDOUT_REGEX}")
  message(FATAL_ERROR "stdout does not match '${EXPECT_STDOUT_REGEX}':\n${stdout}")
endif()
if(DEFINED EXPECT_STDERR_REGEX AND NOT stderr MATCHES "${EXPECT_STDERR_REGEX}")
  message(FATAL_ERROR "stderr does not match '${EXPECT_STDERR_REGEX}':\n${stderr}")
endif()
if(DEFINED EXPECT_STDERR_LINES)
  string(REGEX MATCHALL "\n" newlines "${stderr}")
  list(LENGTH newlines lines)
  if(NOT lines EQUAL EXPECT_STDERR_LINES)
    message(FATAL_ERROR "stderr has ${lines} lines, expected ${EXPECT_STDERR_LINES}:\n${stderr}")
  endif()
endif()
