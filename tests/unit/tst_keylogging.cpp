// SPDX-License-Identifier: MIT
// The secret key never appears in logs, at any verbosity: every category's debug output is on
// (QT_LOGGING_RULES "*.debug=true", Qt's network categories included) while the client, the
// list, the connection test, the dialog's backend and phonedesk-cli --verbose talk to a sandbox
// with that key, and with a wrong one; everything they print is captured and searched.
#include "clirun.h"

#include "api/clerkclient.h"
#include "ui/connection/connectiontest.h"
#include "ui/connection/profileeditor.h"
#include "ui/connection/profilelistmodel.h"
#include "ui/window/workspace.h"
#include "sandboxdemoserver.h"
#include "sandbox/sandbox.h"
#include "settings/memorysecretstore.h"
#include "settings/profilestore.h"

#include <QLoggingCategory>
#include <QMutex>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;

namespace {
const QString kKey = QStringLiteral("sk_test_keylogging_SECRET_2718281828");
const QString kWrongKey = QStringLiteral("sk_live_keylogging_WRONG_3141592653");

QMutex s_mutex;
QByteArray s_captured;
QtMessageHandler s_previous = nullptr;

// Every message of every thread (the sandbox's too), as it would have been printed.
void capture(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    {
        QMutexLocker lock(&s_mutex);
        s_captured += QByteArray(context.category ? context.category : "default") + ": " + message.toUtf8() + '\n';
    }
    if (type == QtFatalMsg && s_previous)
        s_previous(type, context, message);
}

// The line that shows the key, with the key blanked out: where a leak comes from.
QByteArray leakingLine(const QByteArray &text, const QString &key)
{
    for (const QByteArray &line : text.split('\n')) {
        if (line.contains(key.toUtf8()))
            return "the key appears in: " + QByteArray(line).replace(key.toUtf8(), "<KEY>").left(500);
    }
    return {};
}

QByteArray captured()
{
    QMutexLocker lock(&s_mutex);
    return s_captured;
}
} // namespace

class TestKeyLogging : public QObject
{
    Q_OBJECT

private:
    Sandbox m_sandbox;
    QTemporaryDir m_folder;

    void verifyNoKeyIn(const QByteArray &text)
    {
        for (const QString &key : {kKey, kWrongKey}) {
            QVERIFY2(!text.contains(key.toUtf8()), leakingLine(text, key).constData());
            // Nor its secret part alone, nor its Bearer header.
            QVERIFY2(!text.contains(key.mid(8).toUtf8()), "the key's secret part appears in the output");
        }
        QVERIFY(!text.contains("Bearer sk_"));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
        qputenv("QT_LOGGING_RULES", "*.debug=true");
        QLoggingCategory::setFilterRules(QStringLiteral("*.debug=true\nqt.network.*.debug=true"));
        s_previous = qInstallMessageHandler(capture);
        Sandbox::Options options;
        options.users = 4;
        options.secretKey = kKey;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    void cleanupTestCase()
    {
        qInstallMessageHandler(s_previous);
    }

    void inProcess()
    {
        // The client directly, with the right key and a wrong one.
        ClerkClient client;
        client.setBaseUrl(m_sandbox.baseUrl());
        client.setSecretKey(kKey);
        std::optional<bool> listed;
        client.listUsers(UserListQuery(), this, [&listed](const ApiResult<UserPage> &r) { listed = r.ok(); });
        QTRY_VERIFY_WITH_TIMEOUT(listed.has_value(), 10000);
        QVERIFY(*listed);
        client.setSecretKey(kWrongKey);
        client.setConnectionName(QStringLiteral("Logged"));
        std::optional<QString> refusal;
        client.countUsers(UserListQuery(), this, [&refusal](const ApiResult<qint64> &r) { refusal = r.error().message(); });
        QTRY_VERIFY_WITH_TIMEOUT(refusal.has_value(), 10000);
        qWarning().noquote() << "refusal:" << *refusal;

        // The connection test.
        ConnectionTest test;
        QSignalSpy finished(&test, &ConnectionTest::finished);
        test.testConnection(m_sandbox.baseUrl().toString(), kKey, QStringLiteral("Logged"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(test.kind(), QStringLiteral("ok"));
        test.testConnection(m_sandbox.baseUrl().toString(), kWrongKey, QStringLiteral("Logged"));
        QVERIFY(finished.wait(10000));
        QCOMPARE(test.kind(), QStringLiteral("key"));

        // The dialog's backend saving the key and connecting a workspace, whose list loads.
        std::unique_ptr<Workspace> workspace = demoWorkspace(2, 1);
        QVERIFY(workspace);
        MemorySecretStore keychain;
        ProfileListModel profiles(std::make_unique<ProfileStore>(m_folder.filePath(QStringLiteral("p.ini"))), &keychain);
        profiles.setWorkspace(workspace.get());
        const int row = profiles.addProfile(QStringLiteral("Logged"), m_sandbox.baseUrl().toString());
        ProfileEditor editor;
        editor.setProfiles(&profiles);
        editor.setProfileId(profiles.get(row).value(QStringLiteral("id")).toString());
        QSignalSpy stored(&editor, &ProfileEditor::keyStored);
        QVERIFY(editor.saveKey(kKey));
        QVERIFY(stored.wait(5000));
        QSignalSpy activated(&profiles, &ProfileListModel::activated);
        QVERIFY(profiles.activate(row));
        QVERIFY(activated.wait(5000));
        QTRY_VERIFY_WITH_TIMEOUT(workspace->phoneNumbers()->loadedUserCount() == 4, 10000);

        const QByteArray text = captured();
        // The capture works and is verbose: each request is there.
        QVERIFY2(text.contains("phonedesk.api: request GET"), text.left(2000).constData());
        QVERIFY(text.contains("refusal:"));
        verifyNoKeyIn(text);
    }

    void cliVerbose()
    {
        QProcessEnvironment env = environment(kKey);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        Run run = runCli({QStringLiteral("--verbose"), QStringLiteral("--api-url"), m_sandbox.baseUrl().toString(),
                          QStringLiteral("list")},
                         env);
        QVERIFY2(run.finished && run.exitCode == 0, run.why().constData());
        QVERIFY2(run.err.contains("request GET"), run.err.left(2000).constData());
        verifyNoKeyIn(run.out + run.err);

        env = environment(kWrongKey);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*.debug=true"));
        run = runCli({QStringLiteral("--verbose"), QStringLiteral("--api-url"), m_sandbox.baseUrl().toString(),
                      QStringLiteral("list")},
                     env);
        QVERIFY2(run.finished && run.exitCode == 3, run.why().constData());
        verifyNoKeyIn(run.out + run.err);
    }
};

QTEST_GUILESS_MAIN(TestKeyLogging)

#include "tst_keylogging.moc"
