// SPDX-License-Identifier: MIT
// Qt Quick Test runner for the audit view: its own demo Workspace (140 users, seed 3) whose
// sandbox carries one planted case of each audit finding; the expected cases reach QML as the
// context property `plantedCases` ([{kind, userId, phoneNumberId}]), read from the sandbox.
#include "../qml/quicktestdemo.h"
#include "ui/window/translations.h"
#include "ui/window/workspace.h"
#include "sandboxdemoserver.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

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

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        m_workspace = Testing::startQuickTestDemo("tst_qml_audit", 140, 3, true, false);
        QString error;
        // The same cases the sandbox planted, as its store lists them: what the view must show.
        Sandbox probe;
        Sandbox::Options options;
        options.users = 140;
        options.seed = 3;
        options.plantAuditCases = true;
        if (!probe.start(options, &error))
            qFatal("tst_qml_audit: the probe sandbox could not start: %s", qPrintable(error));
        for (const SandboxStore::AuditCase &c : probe.store().auditCases())
            m_cases.append(QVariantMap{{QStringLiteral("kind"), c.kind}, {QStringLiteral("userId"), c.userId},
                                       {QStringLiteral("phoneNumberId"), c.phoneNumberId}});
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        engine->rootContext()->setContextProperty(QStringLiteral("plantedCases"), m_cases);
    }

    void cleanupTestCase()
    {
        Workspace::setInstance(nullptr);
        m_workspace.reset();
    }

private:
    std::unique_ptr<Workspace> m_workspace;
    QVariantList m_cases;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_qml_audit, Setup)

#include "tst_qml_audit.moc"
