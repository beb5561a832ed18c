# SPDX-License-Identifier: MIT
# The installers: `cpack` in the build folder makes, by platform,
#   Linux    a .deb for Debian bookworm (and Ubuntu 24.04) on the distribution's Qt, and a .tar.gz
#   Windows  an NSIS installer (Start menu entry, uninstaller, optional PATH entry), and a .zip
#   macOS    a .dmg with PhoneDesk.app to drag into Applications
# `cpack -G <generator>` picks one. packaging/README.md tells how to build each by hand.
set(PHONEDESK_PACKAGE_CONTACT "The PhoneDesk developers <packaging@phonedesk.dev>"
    CACHE STRING "Maintainer named in the packages")

set(CPACK_PACKAGE_NAME phonedesk)
set(CPACK_PACKAGE_VENDOR "The PhoneDesk developers")
set(CPACK_PACKAGE_CONTACT "${PHONEDESK_PACKAGE_CONTACT}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "${PROJECT_DESCRIPTION}")
set(CPACK_PACKAGE_DESCRIPTION
    "PhoneDesk lets support staff find a user's phone number in a second, see whether and how it is "
    "verified, which identities are linked to it and whether it is the user's second factor, and "
    "change that state safely through Clerk's Backend API. It ships phonedesk-cli for scripts and "
    "exports, and phonedesk-sandbox, a local server that speaks Clerk's Backend API over demo data.")
string(JOIN "" CPACK_PACKAGE_DESCRIPTION ${CPACK_PACKAGE_DESCRIPTION})
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_PACKAGE_INSTALL_DIRECTORY PhoneDesk)
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
# The programs are built with debug information; the packages carry none.
set(CPACK_STRIP_FILES ON)

if(WIN32)
    set(CPACK_GENERATOR NSIS ZIP)
elseif(APPLE)
    set(CPACK_GENERATOR DragNDrop)
else()
    set(CPACK_GENERATOR DEB TGZ)
endif()

# Debian: Depends on the libraries the programs link (dpkg-shlibdeps reads them from the binaries:
# Qt, QtKeychain, libphonenumber, …) plus the QML modules the window imports, which no binary
# links: QtQuick, QtQuick.Controls (with its Fusion style) and QtQuick.Templates under it,
# QtQuick.Layouts, QtQuick.Dialogs (the journal's and the audit's exports), Qt.labs.settings,
# and QtQml.Models and QtQml.WorkerScript that QtQuick loads.
# The packaging test checks every import in qml/ against this list.
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION utils)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
set(CPACK_DEBIAN_PACKAGE_DEPENDS
    "qml6-module-qtquick, qml6-module-qtquick-controls, qml6-module-qtquick-templates, qml6-module-qtquick-layouts, qml6-module-qtquick-dialogs, qml6-module-qt-labs-settings, qml6-module-qtqml-models, qml6-module-qtqml-workerscript")
# A Secret Service keeps the keys (without one, PhoneDesk keeps a key for the session only); the
# Wayland platform plugin lets it run natively on Wayland desktops.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")

# Windows (NSIS): a Start menu entry for the window, an uninstaller, the icon, and an offer to put
# bin\ on PATH for phonedesk-cli.
set(CPACK_PACKAGE_EXECUTABLES phonedesk PhoneDesk)
set(CPACK_PACKAGE_INSTALL_REGISTRY_KEY PhoneDesk)
set(CPACK_NSIS_PACKAGE_NAME PhoneDesk)
set(CPACK_NSIS_DISPLAY_NAME "PhoneDesk ${PROJECT_VERSION}")
set(CPACK_NSIS_MUI_ICON "${PROJECT_SOURCE_DIR}/resources/icons/dev.phonedesk.PhoneDesk.ico")
set(CPACK_NSIS_MUI_UNIICON "${PROJECT_SOURCE_DIR}/resources/icons/dev.phonedesk.PhoneDesk.ico")
set(CPACK_NSIS_INSTALLED_ICON_NAME "bin\\\\phonedesk.exe")
set(CPACK_NSIS_URL_INFO_ABOUT "${PROJECT_HOMEPAGE_URL}")
set(CPACK_NSIS_MODIFY_PATH ON)
set(CPACK_NSIS_ENABLE_UNINSTALL_BEFORE_INSTALL ON)

# macOS (DragNDrop): the bundle and a link to /Applications on a compressed disk image.
set(CPACK_DMG_VOLUME_NAME "PhoneDesk ${PROJECT_VERSION}")
set(CPACK_DMG_FORMAT UDZO)

include(CPack)
