# Runs one planlint command line and checks what it did.
#   -DCOMMAND="planlint|outline|file"   the command, its arguments joined by |
#   -DEXPECT_EXIT=N                     exit code it must return
#   -DEXPECT_STDOUT_FILE=path           optional: stdout must equal this file
#                                       (PLANLINT_BLESS=1 rewrites it instead)
#   -DEXPECT_STDOUT_REGEX=re            optional: stdout must match
#   -DEXPECT_STDERR_REGEX=re            optional: stderr must match
#   -DEXPECT_STDERR_LINES=N             optional: stderr must have exactly N lines
#   -DWORKING_DIRECTORY=dir
string(REPLACE "|" ";" command "${COMMAND}")
execute_process(
  COMMAND ${command}
  WORKING_DIRECTORY ${WORKING_DIRECTORY}
  RESULT_VARIABLE exit_code
  OUTPUT_VARIABLE stdout
  ERROR_VARIABLE stderr)

if(NOT exit_code STREQUAL EXPECT_EXIT)
  message(FATAL_ERROR "exit code ${exit_code}, expected ${EXPECT_EXIT}\nstdout:\n${stdout}\nstderr:\n${stderr}")
endif()
if(DEFINED EXPECT_STDOUT_FILE)
  if("$ENV{PLANLINT_BLESS}" STREQUAL "1")
    file(WRITE ${EXPECT_STDOUT_FILE} "${stdout}")
  else()
    file(READ ${EXPECT_STDOUT_FILE} expected)
    if(NOT stdout STREQUAL expected)
      file(WRITE ${CMAKE_CURRENT_BINARY_DIR}/actual.out "${stdout}")
      message(FATAL_ERROR "stdout differs from ${EXPECT_STDOUT_FILE} (regenerate with PLANLINT_BLESS=1)\n--- actual:\n${stdout}")
    endif()
  endif()
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
