// SPDX-License-Identifier: MIT
// phonedesk-cli's journal end to end against the in-process sandbox: an edit from the command line
// appears in `phonedesk-cli journal` with the number before and after, `undo` restores the earlier
// state in the sandbox, an undo over a drifted state is refused with exit 2 and the reason, and a
// damaged journal file is listed around the damage with each damaged line reported.
#include "clirun.h"

#include "sandbox/sandbox.h"
#include "sandbox/sandboxstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PhoneDesk;

namespace {
const QString kKey = QStringLiteral("sk_test_cli_journal_Wq81zKd3");

QString statusOf(const QJsonObject &number)
{
    return number.value(QLatin1StringView("verification")).toObject().value(QLatin1StringView("status")).toString();
}
} // namespace

class TestCliJournal : public QObject
{
    Q_OBJECT

    Sandbox m_sandbox;
    int m_nextNumber = 0;

    Run cli(const QStringList &arguments)
    {
        return runCliWithKey(m_sandbox.baseUrl().toString(), kKey, arguments);
    }
    QString journalPath() const { return testDataHome() + QStringLiteral("/PhoneDesk/journal-environment.jsonl"); }

    QJsonObject user(const QString &userId) { return objectOf(m_sandbox.store().getUser(userId).body); }
    QJsonObject storedNumber(const QString &id) { return objectOf(m_sandbox.store().getPhoneNumber(id).body); }

    // The n-th user, stripped of their numbers, with one verified primary number and one unverified.
    QStringList userWithTwoNumbers(int n)
    {
        const SandboxReply reply = m_sandbox.store().listUsers({{QStringLiteral("limit"), QStringLiteral("50")}});
        const QString userId = str(QJsonDocument::fromJson(reply.body).array().at(n).toObject(), "id");
        for (const QJsonValue &phone : user(userId).value(QLatin1StringView("phone_numbers")).toArray())
            (void)m_sandbox.store().deletePhoneNumber(str(phone.toObject(), "id"));
        QStringList ids{userId};
        for (const bool verified : {true, false}) {
            const QJsonObject fields{{QStringLiteral("user_id"), userId},
                                     {QStringLiteral("phone_number"), QStringLiteral("+49151%1").arg(66600000 + ++m_nextNumber)},
                                     {QStringLiteral("verified"), verified}};
            ids.append(str(objectOf(m_sandbox.store().createPhoneNumber(QJsonDocument(fields).toJson()).body), "id"));
        }
        return ids;
    }

    // The journal's entries as `phonedesk-cli journal` prints them.
    QList<QJsonObject> journal(const QStringList &options = {})
    {
        const Run run = cli(QStringList{QStringLiteral("journal")} + options);
        if (!run.finished || run.exitCode != 0)
            qWarning() << run.why();
        QList<QJsonObject> entries;
        for (const QByteArray &line : run.out.split('\n')) {
            if (!line.isEmpty())
                entries.append(objectOf(line));
        }
        return entries;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        Sandbox::Options options;
        options.users = 30;
        options.seed = 31;
        options.secretKey = kKey;
        QVERIFY2(m_sandbox.start(options, &error), qPrintable(error));
    }

    void editAppearsInTheJournalAndUndoRestoresIt()
    {
        const QStringList ids = userWithTwoNumbers(1);
        const QString &userId = ids.at(0), &numberId = ids.at(2);
        const Run edit = cli({QStringLiteral("update"), numberId, QStringLiteral("--verified"), QStringLiteral("true")});
        QVERIFY2(edit.finished && edit.exitCode == 0, edit.why());
        QCOMPARE(statusOf(storedNumber(numberId)), QStringLiteral("verified"));

        const QList<QJsonObject> entries = journal({QStringLiteral("--user-id"), userId});
        QCOMPARE(entries.size(), 1);
        const QJsonObject &entry = entries.first();
        QCOMPARE(str(entry, "operation"), QStringLiteral("update"));
        QCOMPARE(str(entry, "phone_number_id"), numberId);
        QCOMPARE(str(entry.value(QLatin1StringView("outcome")).toObject(), "status"), QStringLiteral("done"));
        QCOMPARE(str(entry.value(QLatin1StringView("instance")).toObject(), "key_kind"), QStringLiteral("development"));
        const auto numberIn = [&numberId](const QJsonObject &owner) {
            for (const QJsonValue &phone : owner.value(QLatin1StringView("phone_numbers")).toArray())
                if (str(phone.toObject(), "id") == numberId)
                    return phone.toObject();
            return QJsonObject();
        };
        // Added unverified: no verification at all before the edit.
        const QJsonObject before = numberIn(entry.value(QLatin1StringView("before")).toObject());
        QVERIFY(!before.isEmpty());
        QVERIFY(before.value(QLatin1StringView("verification")).isNull());
        QCOMPARE(statusOf(numberIn(entry.value(QLatin1StringView("after")).toObject())), QStringLiteral("verified"));

        const Run undo = cli({QStringLiteral("undo"), str(entry, "id")});
        QVERIFY2(undo.finished && undo.exitCode == 0, undo.why());
        QVERIFY2(undo.out.contains("verified back to off"), undo.out.constData());
        QVERIFY(statusOf(storedNumber(numberId)) != QStringLiteral("verified"));

        const QList<QJsonObject> after = journal({QStringLiteral("--user-id"), userId, QStringLiteral("--operation"), QStringLiteral("undo")});
        QCOMPARE(after.size(), 1);
        QCOMPARE(str(after.first(), "undoes"), str(entry, "id"));

        // The CSV has a header and one row per entry of the user.
        const Run csv = cli({QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("--user-id"), userId});
        QVERIFY2(csv.finished && csv.exitCode == 0, csv.why());
        QVERIFY(csv.out.startsWith("id,time,profile,host,key_kind,operation,"));
        QCOMPARE(csv.out.count("\r\n"), 3);
    }

    void undoOverADriftedStateIsRefused()
    {
        const QStringList ids = userWithTwoNumbers(2);
        const QString &userId = ids.at(0), &numberId = ids.at(2);
        const Run edit = cli({QStringLiteral("update"), numberId, QStringLiteral("--verified"), QStringLiteral("true")});
        QVERIFY2(edit.finished && edit.exitCode == 0, edit.why());
        const QList<QJsonObject> entries = journal({QStringLiteral("--user-id"), userId});
        QCOMPARE(entries.size(), 1);
        // Another agent deletes the number afterwards.
        QCOMPARE(m_sandbox.store().deletePhoneNumber(numberId).status, 200);

        const Run undo = cli({QStringLiteral("undo"), str(entries.first(), "id")});
        QVERIFY2(undo.finished && undo.exitCode == 2, undo.why());
        QVERIFY2(undo.err.contains("was deleted after this change"), undo.err.constData());
        QCOMPARE(journal({QStringLiteral("--user-id"), userId}).size(), 1);

        const Run unknown = cli({QStringLiteral("undo"), QStringLiteral("no-such-entry")});
        QVERIFY2(unknown.finished && unknown.exitCode == 2, unknown.why());
    }

    void deleteFromTheCommandLineIsUndone()
    {
        const QStringList ids = userWithTwoNumbers(3);
        const QString &userId = ids.at(0), &numberId = ids.at(2);
        const QString number = str(storedNumber(numberId), "phone_number");
        const Run removed = cli({QStringLiteral("delete"), numberId, QStringLiteral("--yes")});
        QVERIFY2(removed.finished && removed.exitCode == 0, removed.why());
        const QList<QJsonObject> entries = journal({QStringLiteral("--user-id"), userId, QStringLiteral("--operation"), QStringLiteral("delete")});
        QCOMPARE(entries.size(), 1);
        const Run undo = cli({QStringLiteral("undo"), str(entries.first(), "id")});
        QVERIFY2(undo.finished && undo.exitCode == 0, undo.why());
        bool back = false;
        for (const QJsonValue &phone : user(userId).value(QLatin1StringView("phone_numbers")).toArray())
            back = back || str(phone.toObject(), "phone_number") == number;
        QVERIFY(back);
    }

    void damagedJournalIsListedAroundTheDamage()
    {
        const qsizetype before = journal().size();
        QVERIFY(before > 0);
        QFile file(journalPath());
        QVERIFY(file.open(QIODevice::Append));
        file.write("not an entry\n{\"id\":\"cut");
        file.close();
        const Run run = cli({QStringLiteral("journal")});
        QVERIFY2(run.finished && run.exitCode == 0, run.why());
        QCOMPARE(run.out.count('\n'), before);
        const int lines = int(before);
        QVERIFY2(run.err.contains(QStringLiteral("journal line %1: not JSON").arg(lines + 1).toUtf8()), run.err.constData());
        QVERIFY2(run.err.contains(QStringLiteral("journal line %1: cut off").arg(lines + 2).toUtf8()), run.err.constData());
        // A change made after the damage is still recorded, on a line of its own.
        const QStringList ids = userWithTwoNumbers(4);
        const Run edit = cli({QStringLiteral("update"), ids.at(2), QStringLiteral("--verified"), QStringLiteral("true")});
        QVERIFY2(edit.finished && edit.exitCode == 0, edit.why());
        QCOMPARE(journal({QStringLiteral("--user-id"), ids.at(0)}).size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestCliJournal)

#include "tst_cli_journal.moc"
