// SPDX-License-Identifier: MIT
// phonedesk-cli --profile NAME: the profile comes from PhoneDesk's settings (here in a temporary
// XDG_CONFIG_HOME), its key from the system keychain. Without a reachable keychain (D-Bus pointed
// at nothing) or without such a profile, it refuses before sending anything, exit 2.
#include "clirun.h"

#include "settings/profilestore.h"

#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;

class TestCliProfile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    [[nodiscard]] QProcessEnvironment profileEnvironment() const
    {
        QProcessEnvironment env = environment(QStringLiteral("sk_test_from_the_environment"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=") + m_home.filePath(QStringLiteral("no-bus")));
        env.remove(QStringLiteral("DISPLAY"));
        env.remove(QStringLiteral("WAYLAND_DISPLAY"));
        return env;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Where phonedesk-cli's ProfileStore looks under that XDG_CONFIG_HOME.
        ProfileStore store(m_home.filePath(QStringLiteral("config/PhoneDesk/PhoneDesk.ini")));
        Profile profile;
        profile.name = QStringLiteral("Staging");
        profile.apiUrl = QUrl(QStringLiteral("https://staging.example.com/v1"));
        store.save(profile);
    }

    void unknownProfile()
    {
        const Run run = runCli({QStringLiteral("--profile"), QStringLiteral("Nope"), QStringLiteral("list")}, profileEnvironment());
        QVERIFY2(run.finished && run.exitCode == 2, run.why().constData());
        QVERIFY2(run.err.contains("no profile named \"Nope\""), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }

    // The environment's key is not used instead: the agent asked for the profile.
    void keychainUnreachable()
    {
        const Run run = runCli({QStringLiteral("--profile"), QStringLiteral("staging"), QStringLiteral("list")},
                               profileEnvironment());
        QVERIFY2(run.finished && run.exitCode == 2, run.why().constData());
        QVERIFY2(run.err.contains("the key of profile \"Staging\" cannot be read"), run.err.constData());
        QVERIFY2(run.err.contains("No system keychain is reachable"), run.err.constData());
        QVERIFY(run.out.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)

#include "tst_cli_profile.moc"
