// SPDX-License-Identifier: MIT
// Profiles in QSettings and the connection dialog's backends over them (the list and the editor
// of one profile), with an in-memory store standing in for the keychain: names, URLs, read-only
// flags and the active profile survive a restart; the editor follows its profile through the
// list's changes; keys never reach a settings file (every file under the test's config and data
// folders is searched for them); connecting switches a workspace to the sandbox.
#include "filescan.h"

#include "ui/connection/profileeditor.h"
#include "ui/connection/profilelistmodel.h"
#include "ui/window/workspace.h"
#include "sandboxdemoserver.h"
#include "sandbox/sandbox.h"
#include "settings/memorysecretstore.h"
#include "settings/profilestore.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;

namespace {
const QString kSandboxKey = QStringLiteral("sk_test_profilestore_SECRET_4711");
const QString kLiveKey = QStringLiteral("sk_live_profilestore_SECRET_0815");
} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_folder;
    Sandbox m_sandbox;

    [[nodiscard]] QString settingsPath() const { return m_folder.filePath(QStringLiteral("profiles.ini")); }
    [[nodiscard]] QStringList foldersToSearch() const
    {
        return {m_folder.path(), QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation),
                QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation),
                QStandardPaths::writableLocation(QStandardPaths::GenericCacheLocation)};
    }
    void verifyKeyNowhere(const QString &key)
    {
        for (const QString &folder : foldersToSearch()) {
            const QStringList found = filesContaining(folder, key.toUtf8());
            QVERIFY2(found.isEmpty(), qPrintable(found.join(QLatin1Char(' '))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        // Never the machine's real settings: QSettings and QStandardPaths go to ~/.qttest.
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_folder.isValid());
        Sandbox::Options options;
        options.users = 5;
        options.secretKey = kSandboxKey;
        QString error;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    void init()
    {
        QFile::remove(settingsPath());
    }

    void profilesSurviveARestart()
    {
        QString euId;
        {
            ProfileStore store(settingsPath());
            Profile eu;
            eu.name = QStringLiteral("production EU");
            eu.readOnly = true;
            euId = store.save(eu);
            Profile staging;
            staging.name = QStringLiteral("Staging");
            staging.apiUrl = QUrl(QStringLiteral("https://staging.example.com/v1"));
            store.save(staging);
            store.setActiveProfileId(euId);
        }
        ProfileStore again(settingsPath());
        const QList<Profile> profiles = again.profiles();
        QCOMPARE(profiles.size(), 2);
        // By name, whatever the case.
        QCOMPARE(profiles.at(0).name, QStringLiteral("production EU"));
        QCOMPARE(profiles.at(0).apiUrl, QUrl(QStringLiteral("https://api.clerk.com/v1")));
        QVERIFY(profiles.at(0).readOnly);
        QCOMPARE(profiles.at(1).apiUrl, QUrl(QStringLiteral("https://staging.example.com/v1")));
        QVERIFY(!profiles.at(1).readOnly);
        QCOMPARE(again.activeProfileId(), euId);
        QCOMPARE(again.profileNamed(QStringLiteral("PRODUCTION eu"))->id, euId);
        QVERIFY(!again.profileNamed(QStringLiteral("nope")));

        again.remove(euId);
        QCOMPARE(again.profiles().size(), 1);
        QVERIFY(again.activeProfileId().isEmpty());
    }

    void idsAreNeverSettingsPaths()
    {
        ProfileStore store(settingsPath());
        QVERIFY(!store.profile(QStringLiteral("../connection")));
        Profile p;
        p.id = QStringLiteral("a/b");
        p.name = QStringLiteral("Odd");
        const QString id = store.save(p);
        QVERIFY(id != p.id);
        QVERIFY(store.profile(id));
    }

    void environmentOfKeys()
    {
        QCOMPARE(environmentOfKey(QStringLiteral("sk_test_abc")), QStringLiteral("development"));
        QCOMPARE(environmentOfKey(QStringLiteral(" sk_live_abc ")), QStringLiteral("production"));
        QCOMPARE(environmentOfKey(QStringLiteral("pk_live_abc")), QString());
        QCOMPARE(environmentOfKey(QString()), QString());
    }

    void addRenameReadOnlyRemove()
    {
        MemorySecretStore keychain;
        ProfileListModel model(std::make_unique<ProfileStore>(settingsPath()), &keychain);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ProfileEditor editor;
        editor.setProfiles(&model);
        QCOMPARE(editor.keychainState(), QStringLiteral("available"));

        const int row = model.addProfile(QStringLiteral("Staging"), QStringLiteral("https://staging.example.com/v1"));
        QCOMPARE(row, 0);
        QCOMPARE(model.get(row).value(QStringLiteral("apiUrl")).toString(), QStringLiteral("https://staging.example.com/v1"));
        // Refused with a reason, and nothing saved.
        QCOMPARE(model.addProfile(QStringLiteral("staging"), QString()), -1);
        QVERIFY(model.error().contains(QStringLiteral("already")));
        QCOMPARE(model.addProfile(QStringLiteral("Plain"), QStringLiteral("http://example.com/v1")), -1);
        QVERIFY(model.error().contains(QStringLiteral("plain http")));
        QCOMPARE(model.addProfile(QStringLiteral("  "), QString()), -1);
        QCOMPARE(model.count(), 1);

        const int prod = model.addProfile(QStringLiteral("Production"), QString());
        QCOMPARE(model.get(prod).value(QStringLiteral("apiUrl")).toString(), QStringLiteral("https://api.clerk.com/v1"));
        QVERIFY(model.renameProfile(model.rowOfId(model.get(prod).value(QStringLiteral("id")).toString()),
                                    QStringLiteral("A production")));
        QCOMPARE(model.get(0).value(QStringLiteral("name")).toString(), QStringLiteral("A production"));
        QVERIFY(!model.renameProfile(0, QStringLiteral("STAGING")));
        editor.setProfileId(model.get(0).value(QStringLiteral("id")).toString());
        QCOMPARE(editor.name(), QStringLiteral("A production"));
        QSignalSpy edited(&editor, &ProfileEditor::profileChanged);
        editor.setReadOnly(true);
        QVERIFY(editor.readOnly());
        QVERIFY(!edited.isEmpty());
        QVERIFY(model.get(0).value(QStringLiteral("readOnly")).toBool());

        // What another program (the CLI) reads.
        ProfileStore reader(settingsPath());
        QCOMPARE(reader.profiles().size(), 2);
        QVERIFY(reader.profileNamed(QStringLiteral("A production"))->readOnly);

        QVERIFY(model.removeProfile(0));
        QTRY_VERIFY(!model.busy());
        QCOMPARE(model.count(), 1);
        QCOMPARE(ProfileStore(settingsPath()).profiles().size(), 1);
    }

    void keysNeverReachAFile()
    {
        MemorySecretStore keychain;
        ProfileListModel model(std::make_unique<ProfileStore>(settingsPath()), &keychain);
        const int row = model.addProfile(QStringLiteral("Live"), QString());
        const QString id = model.get(row).value(QStringLiteral("id")).toString();
        ProfileEditor editor;
        editor.setProfiles(&model);
        // No profile chosen yet: refused with words.
        QVERIFY(!editor.saveKey(kLiveKey));
        QVERIFY(model.error().contains(QStringLiteral("Choose a profile")));
        editor.setProfileId(id);
        QVERIFY(!editor.saveKey(QStringLiteral("  ")));
        QVERIFY(model.error().contains(QStringLiteral("Paste")));
        QSignalSpy stored(&editor, &ProfileEditor::keyStored);
        QVERIFY(editor.saveKey(kLiveKey));
        QVERIFY(model.busy());
        // One operation at a time: the backend refuses a second one, of the list or the editor.
        QVERIFY(!editor.saveKey(kLiveKey));
        QVERIFY(!model.activate(row));
        QVERIFY(stored.wait(5000));
        QVERIFY(keychain.contains(id));
        QVERIFY(model.notice().contains(QStringLiteral("keychain")));
        QVERIFY(!editor.sessionKey());
        QVERIFY(editor.keepKeyForSession(kSandboxKey));
        QTRY_VERIFY(!model.busy());
        QVERIFY(model.get(row).value(QStringLiteral("sessionKey")).toBool());
        QVERIFY(editor.sessionKey());

        // The default store too (PhoneDesk's own settings, here in the test folders).
        ProfileStore defaults;
        Profile p;
        p.name = QStringLiteral("Defaults");
        defaults.save(p);
        QVERIFY(QFile::exists(defaults.fileName()));
        QVERIFY(QFile::exists(settingsPath()));
        QVERIFY(fileCount(m_folder.path()) > 0);
        verifyKeyNowhere(kLiveKey);
        verifyKeyNowhere(kSandboxKey);
        defaults.remove(defaults.profileNamed(QStringLiteral("Defaults"))->id);
        QVERIFY(model.removeProfile(row));
        QTRY_VERIFY(!model.busy());
        QVERIFY(!keychain.contains(id));
    }

    // Connecting switches the workspace to the profile's URL with the key from the store, and the
    // list reloads from there; the demo comes back on request.
    void activateSwitchesTheWorkspace()
    {
        QString error;
        std::unique_ptr<Workspace> workspace = demoWorkspace(3, 2, &error);
        QVERIFY2(workspace, qPrintable(error));
        QVERIFY(workspace->demo());
        workspace->phoneNumbers()->refresh();
        QTRY_VERIFY_WITH_TIMEOUT(workspace->phoneNumbers()->loadedUserCount() == 3, 10000);

        MemorySecretStore keychain;
        ProfileListModel model(std::make_unique<ProfileStore>(settingsPath()), &keychain);
        model.setWorkspace(workspace.get());
        const int row = model.addProfile(QStringLiteral("Sandbox"), m_sandbox.baseUrl().toString());
        ProfileEditor editor;
        editor.setProfiles(&model);
        editor.setProfileId(model.get(row).value(QStringLiteral("id")).toString());
        editor.setReadOnly(true);
        QVERIFY(editor.readOnly());

        // Without a key anywhere: refused with words, the workspace as it was.
        QVERIFY(model.activate(row));
        QTRY_VERIFY(!model.busy());
        QVERIFY2(model.error().contains(QStringLiteral("No key")), qPrintable(model.error()));
        QVERIFY(workspace->demo());

        QSignalSpy stored(&editor, &ProfileEditor::keyStored);
        QVERIFY(editor.saveKey(kSandboxKey));
        QVERIFY(stored.wait(5000));
        QVERIFY(!editor.active());
        QSignalSpy switched(workspace.get(), &Workspace::connectionChanged);
        QSignalSpy activated(&model, &ProfileListModel::activated);
        QVERIFY(model.activate(row));
        QVERIFY(activated.wait(5000));
        QCOMPARE(switched.count(), 1);
        QVERIFY(!workspace->demo());
        QCOMPARE(workspace->profileName(), QStringLiteral("Sandbox"));
        QCOMPARE(workspace->environment(), QStringLiteral("development"));
        QVERIFY(workspace->readOnly());
        QCOMPARE(workspace->apiUrl(), m_sandbox.baseUrl().toString());
        QVERIFY(model.get(row).value(QStringLiteral("active")).toBool());
        QVERIFY(editor.active());
        QCOMPARE(ProfileStore(settingsPath()).activeProfileId(), model.get(row).value(QStringLiteral("id")).toString());
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->phoneNumbers()->loading() && workspace->phoneNumbers()->loadedUserCount() == 5,
                                 10000);
        QVERIFY(workspace->phoneNumbers()->error().isEmpty());

        QVERIFY(model.useDemo());
        QVERIFY(workspace->demo());
        QVERIFY(!workspace->readOnly());
        QVERIFY(workspace->profileName().isEmpty());
        QVERIFY(!model.get(row).value(QStringLiteral("active")).toBool());
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->phoneNumbers()->loading() && workspace->phoneNumbers()->loadedUserCount() == 3,
                                 10000);
        verifyKeyNowhere(kSandboxKey);
    }

    // The editor's API URL: checked as typed, saved only when usable, and kept on its profile
    // through a rename; a removed profile leaves the editor without one.
    void editorEditsOneProfile()
    {
        MemorySecretStore keychain;
        ProfileListModel model(std::make_unique<ProfileStore>(settingsPath()), &keychain);
        const int row = model.addProfile(QStringLiteral("Editor test"), QStringLiteral("https://one.example.com/v1"));
        const QString id = model.get(row).value(QStringLiteral("id")).toString();
        ProfileEditor editor;
        editor.setProfiles(&model);
        QVERIFY(!editor.hasProfile());
        QVERIFY(editor.apiUrl().isEmpty());
        editor.setProfileId(id);
        QVERIFY(editor.hasProfile());
        QCOMPARE(editor.apiUrl(), QStringLiteral("https://one.example.com/v1"));
        QVERIFY(!editor.apiUrlEdited());

        QSignalSpy urls(&editor, &ProfileEditor::apiUrlChanged);
        editor.setApiUrl(QStringLiteral("http://two.example.com/v1"));
        QCOMPARE(urls.count(), 1);
        QVERIFY(editor.apiUrlEdited());
        QVERIFY(editor.apiUrlProblem().contains(QStringLiteral("plain http")));
        QVERIFY(!editor.save());
        QCOMPARE(editor.savedApiUrl(), QStringLiteral("https://one.example.com/v1"));

        editor.setApiUrl(QStringLiteral(" https://two.example.com/v1 "));
        QVERIFY(editor.apiUrlProblem().isEmpty());
        QVERIFY(editor.save());
        QCOMPARE(editor.savedApiUrl(), QStringLiteral("https://two.example.com/v1"));
        QVERIFY(!editor.apiUrlEdited());
        QVERIFY(model.notice().contains(QStringLiteral("saved")));
        QCOMPARE(ProfileStore(settingsPath()).profile(id)->apiUrl, QUrl(QStringLiteral("https://two.example.com/v1")));

        // A URL typed but not saved stays through a rename; choosing another profile drops it.
        editor.setApiUrl(QStringLiteral("https://three.example.com/v1"));
        QVERIFY(model.renameProfile(model.rowOfId(id), QStringLiteral("Editor test renamed")));
        QCOMPARE(editor.name(), QStringLiteral("Editor test renamed"));
        QCOMPARE(editor.apiUrl(), QStringLiteral("https://three.example.com/v1"));
        editor.setProfileId({});
        QVERIFY(!editor.hasProfile());
        QVERIFY(editor.apiUrl().isEmpty());
        QVERIFY(!editor.apiUrlEdited());

        editor.setProfileId(id);
        QVERIFY(model.removeProfile(model.rowOfId(id)));
        QTRY_VERIFY(!model.busy());
        QVERIFY(!editor.hasProfile());
        QCOMPARE(editor.profileId(), id);
    }

    // A rejected key names the profile in the list's error, not a bare 401.
    void rejectedKeyNamesTheProfile()
    {
        std::unique_ptr<Workspace> workspace = demoWorkspace(2, 1);
        QVERIFY(workspace);
        MemorySecretStore keychain;
        ProfileListModel model(std::make_unique<ProfileStore>(settingsPath()), &keychain);
        model.setWorkspace(workspace.get());
        const int row = model.addProfile(QStringLiteral("Revoked one"), m_sandbox.baseUrl().toString());
        QSignalSpy activated(&model, &ProfileListModel::activated);
        QVERIFY(model.activate(row, QStringLiteral("sk_live_revoked")));
        QCOMPARE(activated.count(), 1);
        QCOMPARE(workspace->environment(), QStringLiteral("production"));
        QTRY_VERIFY_WITH_TIMEOUT(!workspace->phoneNumbers()->error().isEmpty(), 10000);
        const QString listError = workspace->phoneNumbers()->error();
        QVERIFY2(listError.contains(QStringLiteral("\u201cRevoked one\u201d")), qPrintable(listError));
        QVERIFY2(listError.contains(QStringLiteral("wrong or revoked")), qPrintable(listError));
        QCOMPARE(workspace->phoneNumbers()->rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)

#include "tst_profilestore.moc"
