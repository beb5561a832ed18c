// SPDX-License-Identifier: MIT
// The window and phonedesk-cli make changes through one pipeline (core/operations): the same
// change, made once by the window's dialog backends and once by the command line's commands on
// two identical sandboxes, leaves the same journal entry, field by field.
#include "api/clerkclient.h"
#include "cli/clicommand.h"
#include "journal/journal.h"
#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"
#include "ui/changes/mfaresetter.h"
#include "ui/changes/phonenumberdeleter.h"
#include "ui/changes/phonenumbereditor.h"
#include "ui/list/phonenumberlistmodel.h"

#include <QBuffer>
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace PhoneDesk;

namespace {

constexpr int kUsers = 12;
constexpr quint64 kSeed = 17;

// One instance and what a front end needs to change it: a sandbox, a client and a journal that
// keeps every entry written.
struct Instance
{
    Sandbox sandbox;
    ClerkClient client;
    Journal journal;
    QList<JournalEntry> entries;

    bool start(qint64 nowMs, const QString &journalPath)
    {
        Sandbox::Options options;
        options.users = kUsers;
        options.seed = kSeed;
        // The clock stands still, so that both instances stamp the same times.
        options.nowMs = nowMs;
        QString error;
        if (!sandbox.start(options, &error)) {
            qWarning("%s", qPrintable(error));
            return false;
        }
        client.setBaseUrl(sandbox.baseUrl());
        client.setSecretKey(sandbox.secretKey());
        client.setRateLimit(0);
        journal.open(journalPath, JournalSource{QStringLiteral("demo"), QStringLiteral("sandbox"), QStringLiteral("development")});
        QObject::connect(&journal, &Journal::appended, &journal, [this](const JournalEntry &entry) { entries.append(entry); });
        return true;
    }
    // The users' JSON, in the sandbox's order.
    QJsonArray users()
    {
        const SandboxReply reply = sandbox.store().listUsers({{QStringLiteral("limit"), QStringLiteral("500")}});
        return QJsonDocument::fromJson(reply.body).array();
    }
};

// What a journal entry says, without what differs by where and when it was written.
QJsonObject comparable(const JournalEntry &entry)
{
    QJsonObject json = entry.toJson();
    json.remove(QStringLiteral("id"));
    json.remove(QStringLiteral("time"));
    json.remove(QStringLiteral("source"));
    return json;
}

} // namespace

class TestOnePipeline : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void bothInstancesStartTheSame();
    void anEditIsJournaledTheSame();
    void aDeletionIsJournaledTheSame();
    void anMfaResetIsJournaledTheSame();

private:
    // Runs one command of the command line on the second instance; its exit code.
    int runCommandLine(const std::function<void(CliCommand &)> &command);
    // The first number of the `index`-th user that `wanted` accepts; empty when none.
    QJsonObject numberOf(int index, const std::function<bool(const QJsonObject &)> &wanted);
    void compareLastEntries();

    QTemporaryDir m_folder;
    Instance m_window;
    Instance m_commandLine;
    std::unique_ptr<PhoneNumberListModel> m_model;
};

void TestOnePipeline::initTestCase()
{
    QVERIFY(m_folder.isValid());
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QVERIFY(m_window.start(now, m_folder.filePath(QStringLiteral("window.jsonl"))));
    QVERIFY(m_commandLine.start(now, m_folder.filePath(QStringLiteral("cli.jsonl"))));
    m_model = std::make_unique<PhoneNumberListModel>();
    m_model->setClient(&m_window.client);
    m_model->setJournal(&m_window.journal);
    m_model->refresh();
    QVERIFY(QTest::qWaitFor([this] { return !m_model->loading(); }, 10000));
    QCOMPARE(m_model->loadedUserCount(), kUsers);
}

void TestOnePipeline::bothInstancesStartTheSame()
{
    // Same seed, same clock: the same users with the same ids, so entries can be compared whole.
    QCOMPARE(m_window.users(), m_commandLine.users());
}

int TestOnePipeline::runCommandLine(const std::function<void(CliCommand &)> &command)
{
    QBuffer out;
    QBuffer err;
    out.open(QIODevice::WriteOnly);
    err.open(QIODevice::WriteOnly);
    CliCommand cli(&m_commandLine.client, &out, &err);
    cli.setJournal(&m_commandLine.journal);
    QSignalSpy finished(&cli, &CliCommand::finished);
    command(cli);
    if (finished.isEmpty() && !finished.wait(10000))
        return -1;
    if (finished.constFirst().constFirst().toInt() != 0)
        qWarning("phonedesk-cli: %s", err.data().constData());
    return finished.constFirst().constFirst().toInt();
}

QJsonObject TestOnePipeline::numberOf(int index, const std::function<bool(const QJsonObject &)> &wanted)
{
    const QJsonArray numbers = m_window.users().at(index).toObject().value(QLatin1StringView("phone_numbers")).toArray();
    for (const QJsonValue &number : numbers) {
        if (wanted(number.toObject()))
            return number.toObject();
    }
    return {};
}

void TestOnePipeline::compareLastEntries()
{
    QVERIFY(!m_window.entries.isEmpty());
    QVERIFY(!m_commandLine.entries.isEmpty());
    const QJsonObject window = comparable(m_window.entries.constLast());
    const QJsonObject commandLine = comparable(m_commandLine.entries.constLast());
    QVERIFY(!window.value(QLatin1StringView("before")).toObject().isEmpty());
    QVERIFY(!window.value(QLatin1StringView("after")).toObject().isEmpty());
    QCOMPARE(window.keys(), commandLine.keys());
    for (const QString &field : window.keys())
        QVERIFY2(window.value(field) == commandLine.value(field),
                 qPrintable(QStringLiteral("%1 differs:\nwindow:       %2\ncommand line: %3")
                                .arg(field, QString::fromUtf8(QJsonDocument(QJsonObject{{field, window.value(field)}}).toJson()),
                                     QString::fromUtf8(QJsonDocument(QJsonObject{{field, commandLine.value(field)}}).toJson()))));
}

void TestOnePipeline::anEditIsJournaledTheSame()
{
    // An unverified number of some user is verified.
    QString id;
    for (int index = 0; index < kUsers && id.isEmpty(); ++index) {
        id = numberOf(index, [](const QJsonObject &number) {
                 return number.value(QLatin1StringView("verification")).toObject().value(QLatin1StringView("status"))
                        != QLatin1StringView("verified");
             }).value(QLatin1StringView("id")).toString();
    }
    QVERIFY(!id.isEmpty());

    PhoneNumberEditor editor;
    editor.setModel(m_model.get());
    editor.setPhoneNumberId(id);
    QSignalSpy done(&editor, &AccountChange::done);
    editor.setVerified(true);
    QVERIFY(editor.canSubmit());
    editor.submit();
    QVERIFY(done.wait(10000));

    PhoneNumberChanges changes;
    changes.verified = true;
    QCOMPARE(runCommandLine([&](CliCommand &cli) { cli.update(id, changes); }), 0);
    compareLastEntries();
}

void TestOnePipeline::aDeletionIsJournaledTheSame()
{
    // A user's number that is not their primary one, so that no guard stands in the way.
    QString id;
    for (int index = 0; index < kUsers && id.isEmpty(); ++index) {
        const QString primary = m_window.users().at(index).toObject().value(QLatin1StringView("primary_phone_number_id")).toString();
        id = numberOf(index, [&](const QJsonObject &number) {
                 return number.value(QLatin1StringView("id")).toString() != primary
                        && !number.value(QLatin1StringView("reserved_for_second_factor")).toBool();
             }).value(QLatin1StringView("id")).toString();
    }
    QVERIFY(!id.isEmpty());

    PhoneNumberDeleter deleter;
    deleter.setModel(m_model.get());
    deleter.setPhoneNumberId(id);
    QSignalSpy done(&deleter, &AccountChange::done);
    QVERIFY(deleter.canSubmit());
    deleter.submit();
    QVERIFY(done.wait(10000));

    QCOMPARE(runCommandLine([&](CliCommand &cli) {
                 cli.setForce(true);
                 cli.remove(id);
             }),
             0);
    compareLastEntries();
}

void TestOnePipeline::anMfaResetIsJournaledTheSame()
{
    const QString userId = m_window.users().at(kUsers - 1).toObject().value(QLatin1StringView("id")).toString();
    MfaResetter resetter;
    resetter.setModel(m_model.get());
    resetter.setUserId(userId);
    QSignalSpy done(&resetter, &AccountChange::done);
    QVERIFY(resetter.canSubmit());
    resetter.submit();
    QVERIFY(done.wait(10000));

    QCOMPARE(runCommandLine([&](CliCommand &cli) {
                 cli.setForce(true);
                 cli.disableMfa(userId);
             }),
             0);
    compareLastEntries();
}

QTEST_MAIN(TestOnePipeline)
#include "tst_onepipeline.moc"
