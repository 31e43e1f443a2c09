# `make deb`: almanac's Debian package (CPack), for CI runners and office machines: the program
# and almanac-pdfa, the message catalogues, a man page made by help2man from --help, and bash
# completion; its library dependencies found by dpkg-shlibdeps, WeasyPrint recommended for
# the reports' PDFs.
include(GNUInstallDirs)

install(TARGETS almanac almanac-pdfa RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
install(DIRECTORY ${CMAKE_BINARY_DIR}/locale/ DESTINATION ${CMAKE_INSTALL_LOCALEDIR})
install(FILES ${CMAKE_CURRENT_LIST_DIR}/almanac.bash
        DESTINATION ${CMAKE_INSTALL_DATADIR}/bash-completion/completions RENAME almanac)
install(FILES ${CMAKE_BINARY_DIR}/almanac.1.gz DESTINATION ${CMAKE_INSTALL_MANDIR}/man1 OPTIONAL)

# The man page is made only for the package: help2man is not needed to build almanac.
find_program(HELP2MAN help2man)
add_custom_command(
  OUTPUT ${CMAKE_BINARY_DIR}/almanac.1.gz
  COMMAND ${CMAKE_COMMAND} -E env LANGUAGE=en LC_ALL=C.UTF-8
          ${HELP2MAN} --no-info --section=1 --name "static site and annual report generator"
          --include=${CMAKE_CURRENT_LIST_DIR}/almanac.h2m --output=${CMAKE_BINARY_DIR}/almanac.1
          $<TARGET_FILE:almanac>
  COMMAND gzip -9nf ${CMAKE_BINARY_DIR}/almanac.1
  DEPENDS almanac ${CMAKE_CURRENT_LIST_DIR}/almanac.h2m
  COMMENT "Writing the man page")
add_custom_target(almanac_man DEPENDS ${CMAKE_BINARY_DIR}/almanac.1.gz)

set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME almanac)
set(CPACK_PACKAGE_VENDOR "almanac's developers")
set(CPACK_PACKAGE_CONTACT "almanac's developers <almanac@example.org>")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY
    "static site and annual report generator for international cooperation in health care")
set(CPACK_PACKAGE_DESCRIPTION
    "almanac renders a browsable static website (Russian and English) and printable annual \
reports (HTML, PDF/A, CSV, JSON) from Markdown entries and TOML files kept in a git repository: \
agreements, conferences and internships of health ministries and hospitals with their partners.")
set(CPACK_PACKAGING_INSTALL_PREFIX /usr)
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION web)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "weasyprint, fonts-paratype, hyphen-ru, hyphen-en-us")
set(CPACK_DEBIAN_PACKAGE_SUGGESTS "git, rsync")
include(CPack)
