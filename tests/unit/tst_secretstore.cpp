// SPDX-License-Identifier: MIT
// Where keys live: the in-memory store (session-only keys), and the system keychain when none is
// reachable. This test points D-Bus at a socket that does not exist, so that there is no Secret
// Service on any machine it runs on: every keychain job must then end as Unavailable, the state
// must say so, the connection dialog's backend must tell it in words, and no file may hold the key.
#include "secretanswer.h"
#include "filescan.h"

#include "ui/connection/profileeditor.h"
#include "ui/connection/profilelistmodel.h"
#include "ui/window/workspace.h"
#include "sandboxdemoserver.h"
#include "settings/keychainsecretstore.h"
#include "settings/memorysecretstore.h"
#include "settings/profilestore.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;

namespace {
const QString kKey = QStringLiteral("sk_live_secretstore_SECRET_31337");

} // namespace

class TestSecretStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
        // No session bus, and none to start: the situation of a server or a bare container.
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=" + m_folder.filePath(QStringLiteral("no-bus")).toUtf8());
        qunsetenv("DISPLAY");
        qunsetenv("WAYLAND_DISPLAY");
    }

    void memoryStore()
    {
        MemorySecretStore store;
        QCOMPARE(store.state(), SecretStore::State::Available);
        QVERIFY(!store.persistent());
        SecretResult r = secretAnswer([&](SecretStore::Callback done) { store.read(QStringLiteral("p1"), this, done); });
        QCOMPARE(r.outcome, SecretResult::Outcome::NotFound);
        r = secretAnswer([&](SecretStore::Callback done) { store.write(QStringLiteral("p1"), kKey, this, done); });
        QVERIFY(r.ok());
        r = secretAnswer([&](SecretStore::Callback done) { store.read(QStringLiteral("p1"), this, done); });
        QVERIFY(r.ok());
        QCOMPARE(r.secret, kKey);
        r = secretAnswer([&](SecretStore::Callback done) { store.remove(QStringLiteral("p1"), this, done); });
        QVERIFY(r.ok());
        QVERIFY(!store.contains(QStringLiteral("p1")));
    }

    // Answers are queued, never re-entrant, and dropped when the caller is gone.
    void memoryStoreAnswersLaterAndOnlyToTheLiving()
    {
        MemorySecretStore store;
        bool answered = false;
        store.write(QStringLiteral("p2"), kKey, this, [&answered](const SecretResult &) { answered = true; });
        QVERIFY(!answered);
        QTRY_VERIFY(answered);
        bool orphanAnswered = false;
        {
            QObject gone;
            store.read(QStringLiteral("p2"), &gone, [&orphanAnswered](const SecretResult &) { orphanAnswered = true; });
        }
        QTest::qWait(50);
        QVERIFY(!orphanAnswered);
    }

    void keychainUnavailable()
    {
        KeychainSecretStore keychain;
        QVERIFY(keychain.persistent());
        QCOMPARE(keychain.state(), SecretStore::State::Unknown);
        QSignalSpy stateChanged(&keychain, &SecretStore::stateChanged);
        const SecretResult write =
            secretAnswer([&](SecretStore::Callback done) { keychain.write(QStringLiteral("p3"), kKey, this, done); });
        QCOMPARE(write.outcome, SecretResult::Outcome::Unavailable);
        QVERIFY(!write.message.isEmpty());
        QCOMPARE(keychain.state(), SecretStore::State::Unavailable);
        QVERIFY2(keychain.problem().startsWith(QStringLiteral("No system keychain is reachable")),
                 qPrintable(keychain.problem()));
        QCOMPARE(stateChanged.count(), 1);

        const SecretResult read = secretAnswer([&](SecretStore::Callback done) { keychain.read(QStringLiteral("p3"), this, done); });
        QCOMPARE(read.outcome, SecretResult::Outcome::Unavailable);
        QVERIFY(read.secret.isEmpty());

        KeychainSecretStore probed;
        QSignalSpy probedState(&probed, &SecretStore::stateChanged);
        probed.probe();
        QVERIFY(probedState.wait(30000));
        QCOMPARE(probed.state(), SecretStore::State::Unavailable);

        // Not in a file instead (QtKeychain's insecure fallback writes to QSettings).
        for (const QString &folder : {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                      QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                                      m_folder.path()}) {
            const QStringList found = filesContaining(folder, kKey.toUtf8());
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        }
    }

    // The dialog's backend says so, offers the session instead, and connecting still works.
    void backendWithoutKeychain()
    {
        KeychainSecretStore keychain;
        std::unique_ptr<Workspace> workspace = demoWorkspace(2, 1);
        QVERIFY(workspace);
        ProfileListModel model(std::make_unique<ProfileStore>(m_folder.filePath(QStringLiteral("p.ini"))), &keychain);
        model.setWorkspace(workspace.get());
        ProfileEditor editor;
        editor.setProfiles(&model);
        QTRY_COMPARE_WITH_TIMEOUT(editor.keychainState(), QStringLiteral("unavailable"), 30000);
        QVERIFY(!editor.keychainProblem().isEmpty());

        const int row = model.addProfile(QStringLiteral("Live"), QString());
        editor.setProfileId(model.get(row).value(QStringLiteral("id")).toString());
        QVERIFY(editor.saveKey(kKey));
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 30000);
        QVERIFY2(model.error().contains(QStringLiteral("session only")), qPrintable(model.error()));

        QVERIFY(model.activate(row));
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 30000);
        QVERIFY2(model.error().contains(QStringLiteral("cannot be read")), qPrintable(model.error()));

        QSignalSpy stored(&editor, &ProfileEditor::keyStored);
        QVERIFY(editor.keepKeyForSession(kKey));
        QVERIFY(stored.wait(5000));
        QVERIFY(model.get(row).value(QStringLiteral("sessionKey")).toBool());
        QVERIFY(MemorySecretStore::session()->contains(model.get(row).value(QStringLiteral("id")).toString()));
        // The session's key connects; the sandbox refuses it, which is not the point here.
        QSignalSpy activated(&model, &ProfileListModel::activated);
        QVERIFY(model.activate(row));
        QVERIFY(activated.wait(5000));
        QCOMPARE(workspace->profileName(), QStringLiteral("Live"));
        QCOMPARE(workspace->environment(), QStringLiteral("production"));

        for (const QString &folder : {QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation), m_folder.path()}) {
            const QStringList found = filesContaining(folder, kKey.toUtf8());
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        }
        QVERIFY(model.removeProfile(row));
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 30000);
    }
};

QTEST_GUILESS_MAIN(TestSecretStore)

#include "tst_secretstore.moc"
