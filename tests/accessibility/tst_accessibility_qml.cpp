// SPDX-License-Identifier: MIT
// Qt Quick Test runner for the window's keyboard and screen-reader checks: the tst_*.qml files
// of this directory, on their own demo Workspace (40 users with a user in each sign-in state).
// QML gets `keys` (key presses sent to one window, whether or not it is the active one) and the
// clipboard's text.
#include "../qml/quicktestdemo.h"
#include "ui/window/workspace.h"
#include "sandboxdemoserver.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QKeySequence>
#include <QQmlContext>
#include <QQmlEngine>
#include <QQuickStyle>
#include <QStandardPaths>
#include <QTest>
#include <QWindow>
#include <QtQml/qqmlextensionplugin.h>
#include <QtQuickTest/quicktest.h>

#include <memory>

Q_IMPORT_QML_PLUGIN(PhoneDeskPlugin)

using namespace PhoneDesk;

// What TestCase cannot do: TestCase sends keys to the focus window, while the window shortcuts
// must also work when keys reach a window the platform has not activated.
class KeyTools : public QObject
{
    Q_OBJECT

public:
    // Presses `sequence` ("Ctrl+Shift+D") in `window` as the platform would deliver it.
    Q_INVOKABLE void sequence(QWindow *window, const QString &sequence)
    {
        QTest::keySequence(window, QKeySequence::fromString(sequence, QKeySequence::PortableText));
    }
    Q_INVOKABLE [[nodiscard]] QString clipboardText() const
    {
        return QGuiApplication::clipboard() ? QGuiApplication::clipboard()->text() : QString();
    }
    Q_INVOKABLE void clearClipboard()
    {
        if (QGuiApplication::clipboard())
            QGuiApplication::clipboard()->clear();
    }
};

class Setup : public QObject
{
    Q_OBJECT

public Q_SLOTS:
    void applicationAvailable()
    {
        m_workspace = Testing::startQuickTestDemo("tst_accessibility_qml", 40, 1, false, true);
    }

    void qmlEngineAvailable(QQmlEngine *engine)
    {
        engine->addImportPath(QStringLiteral("qrc:/"));
        auto *keys = new KeyTools;
        keys->setParent(engine);
        engine->rootContext()->setContextProperty(QStringLiteral("keys"), keys);
    }

    void cleanupTestCase()
    {
        Workspace::setInstance(nullptr);
        m_workspace.reset();
    }

private:
    std::unique_ptr<Workspace> m_workspace;
};

QUICK_TEST_MAIN_WITH_SETUP(tst_accessibility_qml, Setup)

#include "tst_accessibility_qml.moc"
