// SPDX-License-Identifier: MIT
// Qt Quick Test runner for the window's QML: the tst_*.qml files of this directory. The setup
// imports the statically linked PhoneDesk module and gives QML a demo Workspace, so that the
// real main window can be loaded against the in-process sandbox.
#include "quicktestdemo.h"
#include "ui/window/translations.h"
#include "ui/window/workspace.h"
#include "sandboxdemoserver.h"
#include "sandbox/sandbox.h"

#include <QGuiApplication>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(PhoneDeskPlugin)

using namespace PhoneDesk;

// The demo sandbox's faults, for the QML tests of what the window shows when the server
// misbehaves (QML context property `demoFaults`).
class DemoFaults : public QObject
{
    Q_OBJECT

public:
    explicit DemoFaults(Workspace *workspace) : m_workspace(workspace) {}

    // Requests per 10 s the demo sandbox takes before it answers 429; 0: no limit.
    Q_INVOKABLE void rateLimit(int requestsPer10s)
    {
        SandboxFaults faults;
        faults.rateLimit = requestsPer10s;
        if (Sandbox *sandbox = demoSandboxOf(*m_workspace))
            sandbox->setFaults(faults);
    }

private:
    Workspace *m_workspace;
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        // With a user in each state of the sign-in check, and SMS blocked to BR and IN.
        m_workspace = Testing::startQuickTestDemo("tst_qml", 50, 1, false, true);
        // Small pages, so that the tests see the list page in more users as it scrolls.
        m_workspace->phoneNumbers()->setPageSize(10);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        auto *faults = new DemoFaults(m_workspace.get());
        faults->setParent(engine);
        engine->rootContext()->setContextProperty(QStringLiteral("demoFaults"), faults);
    }

    // Runs while the application still exists: the sandbox's thread and the client go with it.
    void cleanupTestCase()
    {
        Workspace::setInstance(nullptr);
        m_workspace.reset();
    }

private:
    std::unique_ptr<Workspace> m_workspace;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml, Setup)

#include "tst_qml.moc"
