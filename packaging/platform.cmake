# SPDX-License-Identifier: MIT
# Choices per platform that the programs' install rules and the compiler need before src/ and app/
# are read. The installers themselves: desktop.cmake, deploy.cmake, cpack.cmake.
if(APPLE)
    # macOS: phonedesk-cli and phonedesk-sandbox live inside the app bundle, next to the window's
    # binary, so that they load the Qt frameworks macdeployqt copies into it (deploy.cmake).
    set(PHONEDESK_TOOLS_INSTALL_DIR "PhoneDesk.app/Contents/MacOS")
else()
    set(PHONEDESK_TOOLS_INSTALL_DIR "${CMAKE_INSTALL_BINDIR}")
endif()

if(MSVC)
    # The sources are UTF-8 (… and → in strings); Qt 6 needs the real __cplusplus.
    add_compile_options(/utf-8 /Zc:__cplusplus /permissive-)
endif()
