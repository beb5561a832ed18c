// SPDX-License-Identifier: MIT
// PhoneDesk's folders after real use, with the umask most accounts have (022) and HOME,
// XDG_CONFIG_HOME and XDG_DATA_HOME pointed at a fresh folder: a profile saved, a change made
// through the window's workspace on the demo sandbox and one made with phonedesk-cli; then every
// file under the config and data folders is 0600 and every folder 0700 (stat), no journal entry
// holds metadata, external accounts or wallets, and undo of the command line's change restores
// the number's state.
#include "clirun.h"

#include "sandboxdemoserver.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"
#include "settings/profilestore.h"
#include "ui/changes/phonenumbereditor.h"
#include "ui/list/phonenumberlistmodel.h"
#include "ui/window/workspace.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

#include <sys/stat.h>

using namespace PhoneDesk;

namespace {
int modeOf(const QString &path)
{
    struct stat info {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 07777) : -1;
}

QByteArray readFile(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

class TestDataAtRest : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<Workspace> m_workspace;

    QString configFolder() const { return m_home.filePath(QStringLiteral("config/PhoneDesk")); }
    QString dataHome() const { return m_home.filePath(QStringLiteral("data")); }
    QString dataFolder() const { return dataHome() + QStringLiteral("/PhoneDesk"); }

    // The ids of two unverified numbers of different users, as the window lists them.
    QStringList unverifiedNumbers()
    {
        PhoneNumberListModel *rows = m_workspace->phoneNumbers();
        QStringList ids, owners;
        for (int row = 0; row < rows->rowCount() && ids.size() < 2; ++row) {
            const QModelIndex index = rows->index(row);
            const QString owner = index.data(PhoneNumberListModel::UserIdRole).toString();
            if (index.data(PhoneNumberListModel::VerificationStateRole).toString() == QLatin1StringView("unverified")
                && !owners.contains(owner)) {
                ids.append(index.data(PhoneNumberListModel::IdRole).toString());
                owners.append(owner);
            }
        }
        return ids;
    }

private Q_SLOTS:
    void initTestCase()
    {
        ::umask(022);
        QVERIFY(m_home.isValid());
        qputenv("HOME", QFile::encodeName(m_home.path()));
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("config"))));
        // Not there yet: PhoneDesk makes it.
        qputenv("XDG_DATA_HOME", QFile::encodeName(dataHome()));
        qputenv("XDG_CACHE_HOME", QFile::encodeName(m_home.filePath(QStringLiteral("cache"))));
        QString error;
        m_workspace = demoWorkspace(40, 11, &error);
        QVERIFY2(m_workspace, qPrintable(error));
        m_workspace->phoneNumbers()->refresh();
        QVERIFY(QTest::qWaitFor([&] { return !m_workspace->phoneNumbers()->loading(); }, 15000));
        QVERIFY(m_workspace->phoneNumbers()->rowCount() > 0);
    }

    void cleanupTestCase() { m_workspace.reset(); }

    void everythingPhoneDeskWroteIsPrivate()
    {
        Profile profile;
        profile.name = QStringLiteral("Production");
        ProfileStore().save(profile);

        const QStringList numbers = unverifiedNumbers();
        QCOMPARE(numbers.size(), 2);
        // A change from the window.
        PhoneNumberEditor editor;
        editor.setModel(m_workspace->phoneNumbers());
        editor.setPhoneNumberId(numbers.at(0));
        QSignalSpy done(&editor, &AccountChange::done);
        editor.setVerified(true);
        QVERIFY(editor.canSubmit());
        editor.submit();
        QVERIFY(done.wait(10000));

        // A change from the command line, on the same sandbox.
        Sandbox *sandbox = demoSandboxOf(*m_workspace);
        QVERIFY(sandbox);
        QProcessEnvironment env = environment(sandbox->secretKey());
        for (const char *name : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"})
            env.insert(QString::fromLatin1(name), qEnvironmentVariable(name));
        const QStringList update{QStringLiteral("--api-url"), sandbox->baseUrl().toString(), QStringLiteral("update"),
                                 numbers.at(1), QStringLiteral("--verified"), QStringLiteral("true")};
        const Run run = runCli(update, env);
        QVERIFY2(run.finished && run.exitCode == 0, run.why());

        int files = 0;
        for (const QString &root : {configFolder(), dataHome()}) {
            QCOMPARE(modeOf(root), 0700);
            QDirIterator it(root, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                const int expected = it.fileInfo().isDir() ? 0700 : 0600;
                QVERIFY2(modeOf(path) == expected, qPrintable(QStringLiteral("%1 is %2").arg(path).arg(modeOf(path), 4, 8, QLatin1Char('0'))));
                files += it.fileInfo().isFile() ? 1 : 0;
            }
        }
        // The settings and the two journals at least: a check of nothing proves nothing.
        QVERIFY2(files >= 3, qPrintable(QString::number(files)));

        const QByteArray demo = readFile(dataFolder() + QStringLiteral("/journal-demo.jsonl"));
        const QByteArray environmentJournal = readFile(dataFolder() + QStringLiteral("/journal-environment.jsonl"));
        QVERIFY(demo.contains(numbers.at(0).toUtf8()));
        QVERIFY(environmentJournal.contains(numbers.at(1).toUtf8()));
        for (const char *key : {"\"private_metadata\"", "\"unsafe_metadata\"", "\"public_metadata\"", "\"external_accounts\"",
                                "\"web3_wallets\"", "\"passkeys\""}) {
            QVERIFY2(!demo.contains(key), key);
            QVERIFY2(!environmentJournal.contains(key), key);
        }

        // Undo still restores the number's state from the entry as now written.
        const QByteArray line = environmentJournal.trimmed().split('\n').constLast();
        const QJsonObject entry = QJsonDocument::fromJson(line).object();
        // What the entry would have taken with the owner whole, as an earlier version wrote it.
        QJsonObject whole = entry;
        const QJsonObject owner = objectOf(sandbox->store().getUser(entry.value(QLatin1StringView("user_id")).toString()).body);
        whole.insert(QStringLiteral("before"), owner);
        whole.insert(QStringLiteral("after"), owner);
        qInfo("the command line's edit of a demo number: %lld bytes in the journal, %lld with the whole user",
              qlonglong(line.size()), qlonglong(QJsonDocument(whole).toJson(QJsonDocument::Compact).size()));
        const Run undo = runCli({QStringLiteral("--api-url"), sandbox->baseUrl().toString(), QStringLiteral("undo"),
                                 entry.value(QLatin1StringView("id")).toString()},
                                env);
        QVERIFY2(undo.finished && undo.exitCode == 0, undo.why());
        const QJsonObject number = objectOf(sandbox->store().getPhoneNumber(numbers.at(1)).body);
        QVERIFY(number.value(QLatin1StringView("verification")).toObject().value(QLatin1StringView("status"))
                != QLatin1StringView("verified"));
        QCOMPARE(modeOf(dataFolder() + QStringLiteral("/journal-environment.jsonl")), 0600);
    }
};

QTEST_GUILESS_MAIN(TestDataAtRest)
#include "tst_dataatrest.moc"
