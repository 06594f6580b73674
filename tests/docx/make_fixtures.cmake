# Builds the .docx fixtures from the hand-written XML parts in tests/fixtures/docx/ (see the
# README there): each case folder's parts over the shared ones in common/, zipped as CASE.docx.
# cmake -DSOURCE=tests/fixtures/docx -DOUTPUT=<build>/docx-fixtures -P make_fixtures.cmake
file(GLOB cases LIST_DIRECTORIES true RELATIVE ${SOURCE} ${SOURCE}/*)
file(MAKE_DIRECTORY ${OUTPUT})
foreach(case IN LISTS cases)
  if(case STREQUAL "common" OR NOT IS_DIRECTORY ${SOURCE}/${case} OR
     NOT EXISTS ${SOURCE}/${case}/word/document.xml)
    continue()
  endif()
  set(stage ${OUTPUT}/parts/${case})
  file(REMOVE_RECURSE ${stage})
  file(COPY ${SOURCE}/common/ DESTINATION ${stage})
  # file(COPY) skips a file whose timestamp equals the one already there, and a fresh clone
  # gives common/ and the case the same timestamps: copy the case's own parts unconditionally.
  file(GLOB_RECURSE own_parts RELATIVE ${SOURCE}/${case} ${SOURCE}/${case}/*)
  foreach(part IN LISTS own_parts)
    get_filename_component(part_dir ${stage}/${part} DIRECTORY)
    file(MAKE_DIRECTORY ${part_dir})
    file(COPY_FILE ${SOURCE}/${case}/${part} ${stage}/${part})
  endforeach()
  file(REMOVE ${OUTPUT}/${case}.docx)
  # [Content_Types].xml first, as Word writes it; the ZIP is deflated by CMake's libarchive.
  execute_process(
    COMMAND ${CMAKE_COMMAND} -E tar cf ${OUTPUT}/${case}.docx --format=zip
            [Content_Types].xml _rels word
    WORKING_DIRECTORY ${stage} RESULT_VARIABLE result)
  if(NOT result EQUAL 0)
    message(FATAL_ERROR "could not zip ${case}")
  endif()
endforeach()
