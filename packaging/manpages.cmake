# SPDX-License-Identifier: MIT
# The programs' manual pages (man/) and phonedesk-cli's shell completions (completions/),
# installed where man-db, bash-completion, zsh and fish look for the files of packages. Only
# where such systems are: the Windows installer and the macOS app bundle have neither.
if(UNIX AND NOT APPLE)
    install(FILES man/phonedesk.1 man/phonedesk-cli.1 man/phonedesk-sandbox.1 DESTINATION "${CMAKE_INSTALL_MANDIR}/man1")
    # bash-completion loads completions/NAME on demand, when NAME is first completed.
    install(FILES completions/phonedesk-cli.bash DESTINATION "${CMAKE_INSTALL_DATADIR}/bash-completion/completions"
            RENAME phonedesk-cli)
    install(FILES completions/_phonedesk-cli DESTINATION "${CMAKE_INSTALL_DATADIR}/zsh/vendor-completions")
    install(FILES completions/phonedesk-cli.fish DESTINATION "${CMAKE_INSTALL_DATADIR}/fish/vendor_completions.d")
endif()
