# SPDX-License-Identifier: MIT
# Windows and macOS: the app icon and version in the program itself, and Qt's deployment at
# install time, so that the installers (cpack.cmake) carry everything the programs load.
# Qt 6.4 has qt_generate_deploy_qml_app_script for these platforms, but it finds the QML imports
# through the executable's own QML modules; PhoneDesk's module is a static library linked into
# phonedesk, so windeployqt and macdeployqt are run with --qmldir on the QML sources instead.
# Linux packages use the distribution's Qt (cpack.cmake lists the packages).
set(phonedesk_qt_bin_dir "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_BINS}")

if(WIN32)
    configure_file("${CMAKE_CURRENT_LIST_DIR}/windows/phonedesk.rc.in" "${PROJECT_BINARY_DIR}/packaging/phonedesk.rc" @ONLY)
    target_sources(phonedesk PRIVATE "${PROJECT_BINARY_DIR}/packaging/phonedesk.rc")

    find_program(PHONEDESK_WINDEPLOYQT windeployqt HINTS "${phonedesk_qt_bin_dir}" REQUIRED)
    # Where the DLLs of the libraries outside Qt are: the prefixes the build found them in
    # (QtKeychain's), vcpkg's (libphonenumber's protobuf, ICU, RE2, Abseil) and Qt's.
    set(phonedesk_dll_prefixes ${CMAKE_PREFIX_PATH})
    if(DEFINED VCPKG_INSTALLED_DIR AND DEFINED VCPKG_TARGET_TRIPLET)
        list(APPEND phonedesk_dll_prefixes "${VCPKG_INSTALLED_DIR}/${VCPKG_TARGET_TRIPLET}")
    endif()
    set(PHONEDESK_DLL_DIRS "\"${phonedesk_qt_bin_dir}\"")
    foreach(prefix IN LISTS phonedesk_dll_prefixes)
        list(APPEND PHONEDESK_DLL_DIRS "\"${prefix}/bin\"")
    endforeach()
    list(JOIN PHONEDESK_DLL_DIRS " " PHONEDESK_DLL_DIRS)
    configure_file("${CMAKE_CURRENT_LIST_DIR}/windows/deploy.cmake.in" "${PROJECT_BINARY_DIR}/packaging/deploy-windows.cmake" @ONLY)
    install(SCRIPT "${PROJECT_BINARY_DIR}/packaging/deploy-windows.cmake")

    # The MSVC runtime DLLs, next to the programs.
    set(CMAKE_INSTALL_SYSTEM_RUNTIME_DESTINATION "${CMAKE_INSTALL_BINDIR}")
    include(InstallRequiredSystemLibraries)
elseif(APPLE)
    set(phonedesk_icns "${PROJECT_SOURCE_DIR}/resources/icons/dev.phonedesk.PhoneDesk.icns")
    target_sources(phonedesk PRIVATE "${phonedesk_icns}")
    set_source_files_properties("${phonedesk_icns}" PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    set_target_properties(phonedesk PROPERTIES
        OUTPUT_NAME PhoneDesk
        MACOSX_BUNDLE_BUNDLE_NAME PhoneDesk
        MACOSX_BUNDLE_GUI_IDENTIFIER dev.phonedesk.PhoneDesk
        MACOSX_BUNDLE_ICON_FILE dev.phonedesk.PhoneDesk.icns
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_COPYRIGHT "MIT License, the PhoneDesk developers")

    find_program(PHONEDESK_MACDEPLOYQT macdeployqt HINTS "${phonedesk_qt_bin_dir}" REQUIRED)
    configure_file("${CMAKE_CURRENT_LIST_DIR}/macos/deploy.cmake.in" "${PROJECT_BINARY_DIR}/packaging/deploy-macos.cmake" @ONLY)
    install(SCRIPT "${PROJECT_BINARY_DIR}/packaging/deploy-macos.cmake")
endif()
