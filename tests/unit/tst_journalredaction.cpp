// SPDX-License-Identifier: MIT
// What a journal entry keeps of the customer (JournalSnapshot): of Clerk's full user object only
// the id, the name, the primary email, the phone numbers with their verification and flags, and
// the sign-in and second-factor state; never metadata, external or enterprise accounts, web3
// wallets or passkeys. Entries written now hold only that; entries written before, with the whole
// user, are still read, shown field by field, exported and undone the same way.
#include "journal/journal.h"
#include "journal/journalcsv.h"
#include "journal/journaldiff.h"
#include "journal/journalsnapshot.h"
#include "journal/undoplan.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace PhoneDesk;

namespace {
const QStringList kNeverKept{QStringLiteral("private_metadata"), QStringLiteral("unsafe_metadata"),
                             QStringLiteral("public_metadata"),  QStringLiteral("external_accounts"),
                             QStringLiteral("web3_wallets"),     QStringLiteral("passkeys"),
                             QStringLiteral("saml_accounts"),    QStringLiteral("enterprise_accounts"),
                             QStringLiteral("image_url"),        QStringLiteral("external_id")};

// Clerk's whole user object (tests/fixtures/payloads/user_full.json), with metadata, accounts,
// wallets and passkeys filled in as a customer's would be.
QJsonObject fullUser()
{
    QFile file(QStringLiteral(PHONEDESK_FIXTURES_DIR "/payloads/user_full.json"));
    if (!file.open(QIODevice::ReadOnly))
        qFatal("user_full.json cannot be read");
    QJsonObject user = QJsonDocument::fromJson(file.readAll()).object();
    user.insert(QStringLiteral("private_metadata"), QJsonObject{{QStringLiteral("ssn"), QStringLiteral("123-45-6789")}});
    user.insert(QStringLiteral("unsafe_metadata"), QJsonObject{{QStringLiteral("birthday"), QStringLiteral("1990-01-01")}});
    user.insert(QStringLiteral("web3_wallets"), QJsonArray{QJsonObject{{QStringLiteral("web3_wallet"), QStringLiteral("0xabc")}}});
    user.insert(QStringLiteral("passkeys"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Ana's phone")}}});
    user.insert(QStringLiteral("enterprise_accounts"), QJsonArray{QJsonObject{{QStringLiteral("provider"), QStringLiteral("saml_okta")}}});
    return user;
}

// The same user with the second number verified: the change an entry records.
QJsonObject verifiedAfter(QJsonObject user)
{
    QJsonArray numbers = user.value(QLatin1StringView("phone_numbers")).toArray();
    QJsonObject pending = numbers.at(1).toObject();
    QJsonObject verification = pending.value(QLatin1StringView("verification")).toObject();
    verification.insert(QStringLiteral("status"), QStringLiteral("verified"));
    pending.insert(QStringLiteral("verification"), verification);
    numbers.replace(1, pending);
    user.insert(QStringLiteral("phone_numbers"), numbers);
    return user;
}

JournalEntry fullEntry()
{
    JournalEntry entry = JournalEntry::of(JournalOperation::Update, QStringLiteral("PATCH /phone_numbers/{id}"),
                                          QStringLiteral("user_2a1AnaLima"), QStringLiteral("idn_2a1PhonePending"));
    entry.before = fullUser();
    entry.after = verifiedAfter(fullUser());
    entry.phoneNumber = QStringLiteral("+4917612345678");
    return entry;
}

void checkNothingPersonalBeyondWhatIsKept(const QByteArray &bytes)
{
    for (const QString &key : kNeverKept)
        QVERIFY2(!bytes.contains('"' + key.toUtf8() + '"'), qPrintable(key));
    for (const char *value : {"123-45-6789", "0xabc", "Ana's phone", "saml_okta", "ana@home.example", "oauth_google",
                              "1990-01-01"})
        QVERIFY2(!bytes.contains(value), value);
}
} // namespace

class TestJournalRedaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void snapshotKeepsOnlyWhatIsNeeded()
    {
        const QJsonObject kept = JournalSnapshot::of(fullUser());
        QStringList keys = kept.keys();
        keys.sort();
        QCOMPARE(keys, (QStringList{QStringLiteral("backup_code_enabled"), QStringLiteral("banned"),
                                    QStringLiteral("email_addresses"), QStringLiteral("first_name"),
                                    QStringLiteral("id"), QStringLiteral("last_name"), QStringLiteral("locked"),
                                    QStringLiteral("object"), QStringLiteral("phone_numbers"),
                                    QStringLiteral("primary_email_address_id"), QStringLiteral("primary_phone_number_id"),
                                    QStringLiteral("totp_enabled"), QStringLiteral("two_factor_enabled"),
                                    QStringLiteral("username")}));
        // The primary email only, as its id and address.
        QCOMPARE(kept.value(QLatin1StringView("email_addresses")).toArray(),
                 (QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("idn_2a1EmailWork")},
                                         {QStringLiteral("email_address"), QStringLiteral("ana.lima@work.example")}}}));
        // Each number with its flags and verification, without its links to other accounts.
        const QJsonObject number = kept.value(QLatin1StringView("phone_numbers")).toArray().at(0).toObject();
        QStringList numberKeys = number.keys();
        numberKeys.sort();
        QCOMPARE(numberKeys, (QStringList{QStringLiteral("default_second_factor"), QStringLiteral("id"),
                                          QStringLiteral("object"), QStringLiteral("phone_number"),
                                          QStringLiteral("reserved"), QStringLiteral("reserved_for_second_factor"),
                                          QStringLiteral("verification")}));
        QCOMPARE(number.value(QLatin1StringView("verification")).toObject(),
                 (QJsonObject{{QStringLiteral("object"), QStringLiteral("verification_otp")},
                              {QStringLiteral("status"), QStringLiteral("verified")},
                              {QStringLiteral("strategy"), QStringLiteral("phone_code")},
                              {QStringLiteral("attempts"), 1},
                              {QStringLiteral("expire_at"), 1732194000000.0}}));
        checkNothingPersonalBeyondWhatIsKept(QJsonDocument(kept).toJson());
    }

    void snapshotKeepsNullsAndLeavesEmptyEmpty()
    {
        QVERIFY(JournalSnapshot::of({}).isEmpty());
        const QJsonObject never{{QStringLiteral("id"), QStringLiteral("idn_x")}, {QStringLiteral("verification"), QJsonValue()}};
        const QJsonObject kept = JournalSnapshot::ofNumber(never);
        QVERIFY(kept.contains(QLatin1StringView("verification")));
        QVERIFY(kept.value(QLatin1StringView("verification")).isNull());
        // A snapshot of a snapshot is the same: nothing is lost by redacting twice.
        const QJsonObject once = JournalSnapshot::of(fullUser());
        QCOMPARE(JournalSnapshot::of(once), once);
    }

    void appendedEntriesHoldOnlyTheSnapshot()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("journal.jsonl"));
        Journal journal;
        journal.open(path, {QStringLiteral("redaction"), QStringLiteral("127.0.0.1:1"), QStringLiteral("development")});
        JournalEntry entry = fullEntry();
        const qsizetype fullSize = QJsonDocument(entry.toJson()).toJson(QJsonDocument::Compact).size();
        QVERIFY2(journal.append(entry), qPrintable(journal.writeError()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        checkNothingPersonalBeyondWhatIsKept(bytes);
        qInfo("a demo edit's entry: %lld bytes with the whole user, %lld bytes as written", qlonglong(fullSize),
              qlonglong(bytes.size() - 1));
        QVERIFY(bytes.size() < fullSize);
        // The entry the view receives is the one written.
        QCOMPARE(entry.before, JournalSnapshot::of(fullUser()));
    }

    void oldFullEntriesAreReadShownExportedAndUndone()
    {
        // As an older version wrote it: the whole user before and after.
        JournalEntry old = fullEntry();
        old.id = QStringLiteral("old-1");
        old.time = QDateTime(QDate(2026, 5, 12), QTime(9, 30), Qt::UTC);
        const QByteArray line = QJsonDocument(old.toJson()).toJson(QJsonDocument::Compact) + '\n';
        const JournalContents contents = JournalReader::read(line);
        QCOMPARE(contents.entries.size(), 1);
        const JournalEntry &read = contents.entries.first();
        QVERIFY(read.before.contains(QLatin1StringView("private_metadata")));

        JournalEntry minimal = read;
        minimal.before = JournalSnapshot::of(read.before);
        minimal.after = JournalSnapshot::of(read.after);
        // Shown field by field the same.
        const QList<JournalDiff::Field> oldFields = JournalDiff::of(read);
        const QList<JournalDiff::Field> newFields = JournalDiff::of(minimal);
        QCOMPARE(oldFields.size(), newFields.size());
        for (qsizetype i = 0; i < oldFields.size(); ++i) {
            QCOMPARE(oldFields.at(i).before, newFields.at(i).before);
            QCOMPARE(oldFields.at(i).after, newFields.at(i).after);
        }
        // Undone the same: verified back to off.
        const UndoPlan oldPlan = UndoPlan::of(read);
        const UndoPlan newPlan = UndoPlan::of(minimal);
        QVERIFY2(oldPlan.possible(), qPrintable(oldPlan.refusal));
        QCOMPARE(newPlan.description, oldPlan.description);
        QCOMPARE(newPlan.steps.size(), 1);
        QCOMPARE(newPlan.steps.first().changes.verified, std::optional<bool>(false));
        QVERIFY(UndoPlan::drift(minimal, minimal.after).isEmpty());
        // Exported: the old entry as it is, the new one without what it no longer holds.
        QVERIFY(JournalCsv::line(read).contains("private_metadata"));
        const QByteArray csv = JournalCsv::line(minimal);
        QVERIFY(!csv.contains("private_metadata"));
        QVERIFY(csv.contains("idn_2a1PhonePending"));
    }

    void aBanStillKnowsItsName()
    {
        JournalEntry ban = JournalEntry::of(JournalOperation::Ban, QStringLiteral("POST /users/{id}/ban"),
                                            QStringLiteral("user_2a1AnaLima"));
        ban.before = JournalSnapshot::of(fullUser());
        QJsonObject banned = fullUser();
        banned.insert(QStringLiteral("banned"), true);
        ban.after = JournalSnapshot::of(banned);
        const UndoPlan plan = UndoPlan::of(ban);
        QVERIFY2(plan.possible(), qPrintable(plan.refusal));
        QVERIFY2(plan.description.contains(QLatin1StringView("Ana Lima")), qPrintable(plan.description));
    }
};

QTEST_GUILESS_MAIN(TestJournalRedaction)
#include "tst_journalredaction.moc"
