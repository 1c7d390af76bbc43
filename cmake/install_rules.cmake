include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(DIRECTORY include/econclaims DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(TARGETS econclaims econclaims_core econclaims_io econclaims_text_extract econclaims_series
                econclaims_report EXPORT econclaims-targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
if(TARGET econclaims-cli)
  install(TARGETS econclaims-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()

set(_cfgdir ${CMAKE_INSTALL_LIBDIR}/cmake/econclaims)
install(EXPORT econclaims-targets NAMESPACE econclaims:: DESTINATION ${_cfgdir})
configure_package_config_file(cmake/econclaims-config.cmake.in
  ${CMAKE_CURRENT_BINARY_DIR}/econclaims-config.cmake INSTALL_DESTINATION ${_cfgdir})
write_basic_package_version_file(${CMAKE_CURRENT_BINARY_DIR}/econclaims-config-version.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${CMAKE_CURRENT_BINARY_DIR}/econclaims-config.cmake
              ${CMAKE_CURRENT_BINARY_DIR}/econclaims-config-version.cmake
        DESTINATION ${_cfgdir})
# The build tree is usable as a package too (find_package with econclaims_DIR=<build>).
export(EXPORT econclaims-targets NAMESPACE econclaims::
       FILE ${CMAKE_CURRENT_BINARY_DIR}/econclaims-targets.cmake)
