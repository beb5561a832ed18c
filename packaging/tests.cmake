# SPDX-License-Identifier: MIT
# The packaging test (ctest -L packaging): on Linux, the .deb and .tar.gz that CPack makes from
# this build folder hold what a user installing them needs, and the packaged programs run.
if(CMAKE_SYSTEM_NAME STREQUAL "Linux")
    add_test(NAME packaging_deb
        COMMAND "${CMAKE_CURRENT_LIST_DIR}/check-packages" "${PROJECT_BINARY_DIR}" "${PROJECT_SOURCE_DIR}" "${PROJECT_VERSION}"
                "${QT6_INSTALL_PREFIX}/${QT6_INSTALL_QML}")
    set_tests_properties(packaging_deb PROPERTIES LABELS packaging TIMEOUT 300)
endif()
