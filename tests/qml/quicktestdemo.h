// SPDX-License-Identifier: MIT
// The start the window's Quick Test programs share (tst_qml, tst_qml_audit,
// tst_accessibility_qml): the window set up as main() sets it up, on a demo sandbox of its own.
#pragma once

#include "ui/window/translations.h"
#include "ui/window/workspace.h"
#include "sandboxdemoserver.h"

#include <QGuiApplication>
#include <QLocale>
#include <QQuickStyle>
#include <QStandardPaths>

#include <memory>

namespace PhoneDesk::Testing {

// Fusion and the application's names, as main() sets them, so that the window looks and stores
// as it does there; the window's English with its plural forms ("1 number", "2 numbers") in any
// locale; settings (the connection dialog's profiles) in ~/.qttest, never the machine's real
// ones. Then a workspace on a new demo sandbox, made the current one; `program` stops with a
// message when the sandbox cannot start.
inline std::unique_ptr<Workspace> startQuickTestDemo(const char *program, int users, quint64 seed,
                                                     bool plantAuditCases, bool plantSignInCases)
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QGuiApplication::setOrganizationName(QStringLiteral("PhoneDesk"));
    QGuiApplication::setApplicationName(QString::fromLatin1(program));
    Translations::install(QLocale(QLocale::English, QLocale::UnitedStates));
    QStandardPaths::setTestModeEnabled(true);

    QString error;
    std::unique_ptr<Workspace> workspace = demoWorkspace(users, seed, &error, plantAuditCases, plantSignInCases);
    if (!workspace)
        qFatal("%s: the demo sandbox could not start: %s", program, qPrintable(error));
    Workspace::setInstance(workspace.get());
    return workspace;
}

} // namespace PhoneDesk::Testing
