// SPDX-License-Identifier: MIT
// The system keychain for real: keys stored through QtKeychain in a Secret Service (CTest runs
// this under dbus-run-session with a headless gnome-keyring; see CMakeLists.txt), read back by
// the connection dialog's backend to connect a workspace to the sandbox, and removed with their
// profile. The keyring's own files never hold the key in plain text. Without a Secret Service
// the test is skipped, saying so.
#include "clirun.h"
#include "secretanswer.h"
#include "filescan.h"

#include "ui/connection/profileeditor.h"
#include "ui/connection/profilelistmodel.h"
#include "ui/window/workspace.h"
#include "sandboxdemoserver.h"
#include "sandbox/sandbox.h"
#include "settings/keychainsecretstore.h"
#include "settings/profilestore.h"

#include <qt6keychain/keychain.h>

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace PhoneDesk;

namespace {
const QString kKey = QStringLiteral("sk_test_keychain_SECRET_%1").arg(QUuid::createUuid().toString(QUuid::Id128));

} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    Sandbox m_sandbox;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
        KeychainSecretStore probe;
        QSignalSpy answered(&probe, &SecretStore::stateChanged);
        probe.probe();
        QVERIFY(answered.wait(30000));
        if (probe.state() != SecretStore::State::Available)
            QSKIP(qPrintable(QStringLiteral("no Secret Service here: %1").arg(probe.problem())));
        Sandbox::Options options;
        options.users = 3;
        options.secretKey = kKey;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    void roundTrip()
    {
        KeychainSecretStore keychain;
        const QString id = QUuid::createUuid().toString(QUuid::Id128);
        QCOMPARE(secretAnswer([&](SecretStore::Callback done) { keychain.read(id, this, done); }).outcome,
                 SecretResult::Outcome::NotFound);
        QVERIFY(secretAnswer([&](SecretStore::Callback done) { keychain.write(id, kKey, this, done); }).ok());
        const SecretResult read = secretAnswer([&](SecretStore::Callback done) { keychain.read(id, this, done); });
        QVERIFY2(read.ok(), qPrintable(read.message));
        QCOMPARE(read.secret, kKey);
        QCOMPARE(keychain.readNow(id).secret, kKey);
        QVERIFY(secretAnswer([&](SecretStore::Callback done) { keychain.remove(id, this, done); }).ok());
        QCOMPARE(keychain.readNow(id).outcome, SecretResult::Outcome::NotFound);
        QCOMPARE(keychain.state(), SecretStore::State::Available);
    }

    // The connection dialog's lists come and go with their keychain stores while the keychain
    // still answers their probes and reads: each job runs to its end and then goes, and a callback
    // whose context is gone is not called.
    void aStoreDeletedWhileItsJobsRunLetsThemFinish()
    {
        bool called = false;
        for (int round = 0; round < 5; ++round) {
            QObject context;
            auto store = std::make_unique<KeychainSecretStore>();
            store->probe();
            store->read(QUuid::createUuid().toString(QUuid::Id128), &context, [&](const SecretResult &) { called = true; });
            store.reset();
        }
        const auto running = [] { return QCoreApplication::instance()->findChildren<QKeychain::Job *>().size(); };
        QVERIFY(running() > 0);
        QTRY_COMPARE_WITH_TIMEOUT(running(), 0, 30000);
        QVERIFY(!called);
    }

    void profileKeyConnectsAndGoesWithTheProfile()
    {
        std::unique_ptr<Workspace> workspace = demoWorkspace(2, 1);
        QVERIFY(workspace);
        ProfileListModel model(std::make_unique<ProfileStore>(m_folder.filePath(QStringLiteral("p.ini"))), nullptr);
        model.setWorkspace(workspace.get());
        ProfileEditor editor;
        editor.setProfiles(&model);
        QTRY_COMPARE_WITH_TIMEOUT(editor.keychainState(), QStringLiteral("available"), 30000);
        const int row = model.addProfile(QStringLiteral("Keychain"), m_sandbox.baseUrl().toString());
        const QString id = model.get(row).value(QStringLiteral("id")).toString();
        editor.setProfileId(id);
        QSignalSpy stored(&editor, &ProfileEditor::keyStored);
        QVERIFY(editor.saveKey(kKey));
        QVERIFY(stored.wait(30000));

        QSignalSpy activated(&model, &ProfileListModel::activated);
        QVERIFY(model.activate(row));
        QVERIFY(activated.wait(30000));
        QCOMPARE(workspace->profileName(), QStringLiteral("Keychain"));
        QTRY_VERIFY_WITH_TIMEOUT(workspace->phoneNumbers()->loadedUserCount() == 3, 10000);

        // Not in plain text anywhere: settings, the test's data folders, the keyring's files.
        for (const QString &folder : {m_folder.path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                                      QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                                      qEnvironmentVariable("XDG_DATA_HOME")}) {
            if (folder.isEmpty())
                continue;
            const QStringList found = filesContaining(folder, kKey.toUtf8());
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        }

        QVERIFY(model.removeProfile(row));
        QTRY_VERIFY_WITH_TIMEOUT(!model.busy(), 30000);
        QVERIFY2(model.error().isEmpty(), qPrintable(model.error()));
        KeychainSecretStore keychain;
        QCOMPARE(keychain.readNow(id).outcome, SecretResult::Outcome::NotFound);
    }

    // phonedesk-cli --profile: the URL from the settings, the key from the keychain, nothing from
    // the environment or the command line; it lists the sandbox's numbers.
    void cliListsWithAProfileKey()
    {
        const QString configHome = m_folder.filePath(QStringLiteral("cli-config"));
        ProfileStore store(configHome + QStringLiteral("/PhoneDesk/PhoneDesk.ini"));
        Profile profile;
        profile.name = QStringLiteral("Sandbox");
        profile.apiUrl = m_sandbox.baseUrl();
        const QString id = store.save(profile);
        QVERIFY(!id.isEmpty());
        KeychainSecretStore keychain;
        QVERIFY(secretAnswer([&](SecretStore::Callback done) { keychain.write(id, kKey, this, done); }).ok());

        QProcessEnvironment env = environment({});
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
        const Run run = runCli({QStringLiteral("--profile"), QStringLiteral("Sandbox"), QStringLiteral("list")}, env);
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QVERIFY(!run.out.isEmpty());
        for (const QByteArray &line : run.out.split('\n')) {
            if (!line.isEmpty())
                QVERIFY2(line.contains("\"phone_number\""), line.constData());
        }
        QVERIFY(!run.out.contains(kKey.toUtf8()) && !run.err.contains(kKey.toUtf8()));
        QVERIFY(secretAnswer([&](SecretStore::Callback done) { keychain.remove(id, this, done); }).ok());
    }
};

QTEST_GUILESS_MAIN(TestKeychain)

#include "tst_keychain.moc"
