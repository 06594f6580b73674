# What `cmake --install` puts where, and the Debian package CPack makes of it (README.md,
# "Install"). Paths are relative to the prefix: /usr for the .deb, /usr/local by default.
install(TARGETS planlint RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY rules/ DESTINATION ${PLANLINT_INSTALL_RULESDIR} FILES_MATCHING PATTERN "*.yaml")
install(DIRECTORY docs/rules/ DESTINATION ${PLANLINT_INSTALL_DOCSDIR}/rules
        FILES_MATCHING PATTERN "*.md")
install(FILES docs/man/planlint.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
install(FILES docs/man/planlint.zh_CN.1 DESTINATION ${CMAKE_INSTALL_MANDIR}/zh_CN/man1
        RENAME planlint.1)
install(FILES README.md DESTINATION ${CMAKE_INSTALL_DOCDIR})
install(FILES rules/README.md DESTINATION ${CMAKE_INSTALL_DOCDIR} RENAME rule-sets.md)

# Bash completion: the shipped rule-set names are filled in from rules/*.yaml.
file(GLOB shipped_rule_files CONFIGURE_DEPENDS ${PROJECT_SOURCE_DIR}/rules/*.yaml)
set(PLANLINT_SHIPPED_RULE_SETS "")
foreach(file ${shipped_rule_files})
  get_filename_component(name ${file} NAME_WE)
  string(APPEND PLANLINT_SHIPPED_RULE_SETS " ${name}")
endforeach()
string(STRIP "${PLANLINT_SHIPPED_RULE_SETS}" PLANLINT_SHIPPED_RULE_SETS)
configure_file(completion/planlint.bash.in ${PROJECT_BINARY_DIR}/completion/planlint @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/completion/planlint
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME planlint)
set(CPACK_PACKAGE_VENDOR planlint)
set(CPACK_PACKAGE_CONTACT "planlint maintainers <planlint@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "checker for Chinese draft work plans (工作计划草稿检查)")
set(CPACK_PACKAGE_DESCRIPTION
    "planlint checks Chinese draft work plans before review: unfilled placeholders, broken\n"
    "heading numbers, missing mandatory themes, residue from template web sites, mixed\n"
    "scripts. It reads text, Markdown and .docx drafts in any of the encodings they come in.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)  # planlint_<version>_<arch>.deb
set(CPACK_DEBIAN_PACKAGE_SECTION text)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)   # Depends: from the libraries the binary links
set(CPACK_DEBIAN_PACKAGE_SUGGESTS bash-completion)
set(CPACK_STRIP_FILES ON)
include(CPack)
