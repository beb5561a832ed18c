# SPDX-License-Identifier: MIT
# Desktop integration from resources/: the .desktop file, the AppStream metainfo and the app icon
# (SVG and PNG sizes), installed where freedesktop.org desktops and software centres look for
# them. Windows and macOS take the icon from the .ico and .icns instead (deploy.cmake).
set(PHONEDESK_APP_ID dev.phonedesk.PhoneDesk)
set(phonedesk_metainfo "${PROJECT_SOURCE_DIR}/resources/${PHONEDESK_APP_ID}.metainfo.xml")

# One version: the metainfo's newest release must be project(VERSION), so that a version bump
# cannot ship without its release notes.
file(READ "${phonedesk_metainfo}" phonedesk_metainfo_text)
string(REGEX MATCH "<release version=\"([^\"]*)\"" phonedesk_newest_release "${phonedesk_metainfo_text}")
if(NOT CMAKE_MATCH_1 STREQUAL PROJECT_VERSION)
    message(FATAL_ERROR "${phonedesk_metainfo}: the newest <release> is \"${CMAKE_MATCH_1}\" but the project's "
                        "version is ${PROJECT_VERSION}: add the release notes of ${PROJECT_VERSION} on top of <releases>.")
endif()
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${phonedesk_metainfo}")

if(UNIX AND NOT APPLE)
    install(FILES "resources/${PHONEDESK_APP_ID}.desktop" DESTINATION "${CMAKE_INSTALL_DATADIR}/applications")
    install(FILES "${phonedesk_metainfo}" DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo")
    # hicolor/scalable/apps/*.svg and hicolor/NxN/apps/*.png, as the icon theme spec lays them out.
    install(DIRECTORY resources/icons/hicolor/ DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor")
    # Where Debian keeps a package's licence.
    install(FILES LICENSE DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/phonedesk" RENAME copyright)
else()
    install(FILES LICENSE DESTINATION . RENAME LICENSE.txt)
endif()
