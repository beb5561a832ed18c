# SPDX-License-Identifier: MIT
# PHONEDESK_SANITIZE: every target of the project (library, programs, tests) built with
# AddressSanitizer and UndefinedBehaviorSanitizer. Undefined behaviour aborts instead of being
# reported and skipped, so that a test that meets it fails. Qt itself stays uninstrumented;
# tests/sanitizers/ holds the runtime options and the leak suppressions for Qt's own libraries.
option(PHONEDESK_SANITIZE "Build with AddressSanitizer and UndefinedBehaviorSanitizer (clang)" OFF)

if(PHONEDESK_SANITIZE)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "PHONEDESK_SANITIZE needs clang++ (its fuzzer runtime builds tests/fuzz): "
                            "configure with -DCMAKE_CXX_COMPILER=clang++ or `cmake --preset sanitize`")
    endif()
    set(PHONEDESK_SANITIZER_FLAGS
        -fsanitize=address,undefined
        -fno-sanitize-recover=undefined
        -fno-omit-frame-pointer)
    add_compile_options(${PHONEDESK_SANITIZER_FLAGS})
    add_link_options(${PHONEDESK_SANITIZER_FLAGS})
endif()
