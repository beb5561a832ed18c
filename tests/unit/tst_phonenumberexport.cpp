// SPDX-License-Identifier: MIT
// The listing's line writers (JSON lines and RFC 4180 CSV) and the reading of GET /users entries
// into records, on ordinary and on unusual but schema-valid data.
#include "export/phonenumberexport.h"
#include "export/phonenumberrecord.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace PhoneDesk;

namespace {
QJsonObject object(const char *json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

QJsonObject object(const QByteArray &json)
{
    return QJsonDocument::fromJson(json).object();
}

// The records of the users of a page whose body is `body`; its problems in `problems`.
QList<PhoneNumberRecord> recordsOfPage(const QByteArray &body, QStringList *problems)
{
    const Parsed<UserNumbersPage> page = UserNumbersPage::fromJson(body);
    if (!page.ok()) {
        problems->append(page.error());
        return {};
    }
    problems->append(page.value().problems);
    QList<PhoneNumberRecord> records;
    for (const UserNumbersPage::User &user : page.value().users)
        records.append(PhoneNumberRecord::fromUser(user));
    return records;
}

// The records of one user, as the only entry of a page.
QList<PhoneNumberRecord> recordsOf(const char *user, QStringList *problems)
{
    return recordsOfPage("[" + QByteArray(user) + "]", problems);
}

// A readable user of the demo's shape, with one number of every difficulty. Quotes inside the JSON
// are written \u0022: moc stops finding the test class when a raw string holds a backslash-quote.
const char *kUnusualUser = R"({
  "id": "user_a", "object": "user", "primary_phone_number_id": "idn_legacy",
  "phone_numbers": [
    {"id": "idn_plain", "object": "phone_number", "phone_number": "+14155550101", "reserved": false,
     "verification": null, "linked_to": [], "created_at": 1700000000000, "updated_at": 1700000000123,
     "future_field": {"nested": [1, 2]}},
    {"id": "idn_legacy", "object": "phone_number", "phone_number": "+311-555-2368",
     "verification": {"object": "verification_otp", "status": "transferring", "strategy": "phone_code",
                      "attempts": null, "expire_at": null},
     "linked_to": [{"type": "oauth_google", "id": "idn_g,1"}, {"type": "saml", "id": "idn_s\u00222"}]},
    {"id": "idn_broken", "object": "phone_number", "phone_number": 42},
    "not a number"
  ]
})";
} // namespace

class TestPhoneNumberExport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void quotesCsvFieldsOnlyWhenNeeded_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("field");
        QTest::newRow("plain") << QStringLiteral("+14155550101") << QStringLiteral("+14155550101");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("spaces kept bare") << QStringLiteral(" a b ") << QStringLiteral(" a b ");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"hi\"") << QStringLiteral("\"say \"\"hi\"\"\"");
        QTest::newRow("only a quote") << QStringLiteral("\"") << QStringLiteral("\"\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("carriage return") << QStringLiteral("a\rb") << QStringLiteral("\"a\rb\"");
        QTest::newRow("crlf") << QStringLiteral("a\r\nb") << QStringLiteral("\"a\r\nb\"");
        QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("a;b");
    }

    void quotesCsvFieldsOnlyWhenNeeded()
    {
        QFETCH(QString, value);
        QFETCH(QString, field);
        QCOMPARE(PhoneNumberExport::csvField(value), field);
    }

    void joinsCsvFieldsIntoOneUtf8LineWithCrlf()
    {
        const QByteArray line = PhoneNumberExport::csvLine({QStringLiteral("Zoë"), QString(), QStringLiteral("x,y"),
                                                            QStringLiteral("1\n2")});
        QCOMPARE(line, QByteArray("Zo\xc3\xab,,\"x,y\",\"1\n2\"\r\n"));
    }

    void writesTheCsvHeader()
    {
        const PhoneNumberExport csv(PhoneNumberExport::Format::Csv);
        QCOMPARE(csv.header(),
                 QByteArray("user_id,phone_number_id,phone_number,e164_valid,region,type,verification_status,"
                            "verification_strategy,verification_attempts,verification_expire_at,reserved,"
                            "reserved_for_second_factor,default_second_factor,primary,linked_to,created_at,updated_at\r\n"));
        QVERIFY(PhoneNumberExport(PhoneNumberExport::Format::Jsonl).header().isEmpty());
    }

    void namesFormats()
    {
        QCOMPARE(PhoneNumberExport::formatNamed(u"jsonl"), std::optional(PhoneNumberExport::Format::Jsonl));
        QCOMPARE(PhoneNumberExport::formatNamed(u"csv"), std::optional(PhoneNumberExport::Format::Csv));
        QVERIFY(!PhoneNumberExport::formatNamed(u"CSV"));
        QVERIFY(!PhoneNumberExport::formatNamed(u"json"));
        QVERIFY(!PhoneNumberExport::formatNamed(u""));
    }

    void readsTheReadableNumbersOfAUserAndReportsTheRest()
    {
        QStringList problems;
        const QList<PhoneNumberRecord> records = recordsOf(kUnusualUser, &problems);
        QCOMPARE(records.size(), 2);
        QCOMPARE(records.at(0).phone.id, QStringLiteral("idn_plain"));
        QCOMPARE(records.at(1).phone.id, QStringLiteral("idn_legacy"));
        QCOMPARE(records.at(0).userId, QStringLiteral("user_a"));
        QVERIFY(!records.at(0).isPrimary);
        QVERIFY(records.at(1).isPrimary);
        // The raw object is the entry exactly as sent, unknown fields included.
        const QJsonArray phones = object(kUnusualUser).value(QLatin1StringView("phone_numbers")).toArray();
        QCOMPARE(object(records.at(0).raw), phones.at(0).toObject());
        QCOMPARE(object(records.at(1).raw), phones.at(1).toObject());
        // One line per unreadable entry, naming it.
        QCOMPARE(problems.size(), 2);
        QVERIFY2(problems.at(0).startsWith(QStringLiteral("user user_a: phone number idn_broken: ")), qPrintable(problems.at(0)));
        QCOMPARE(problems.at(1), QStringLiteral("user user_a: phone number #4 is a string, not an object"));
    }

    void readsUsersWithoutNumbersAndReportsUnreadableUsers()
    {
        QStringList problems;
        QVERIFY(recordsOf(R"({"id":"user_b","phone_numbers":[]})", &problems).isEmpty());
        QVERIFY(recordsOf(R"({"id":"user_c"})", &problems).isEmpty());
        QVERIFY(recordsOf(R"({"id":"user_d","phone_numbers":null})", &problems).isEmpty());
        // A field a listing does not show never costs a number.
        QCOMPARE(recordsOf(R"({"id":"user_f","first_name":7,"phone_numbers":[{"id":"idn_f","phone_number":"+14155550101"}]})",
                           &problems).size(), 1);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
        QVERIFY(recordsOf(R"({"first_name":"No Id","phone_numbers":[]})", &problems).isEmpty());
        QVERIFY(recordsOf(R"({"id":7,"phone_numbers":[]})", &problems).isEmpty());
        QVERIFY(recordsOf(R"({"id":"user_e","phone_numbers":"none"})", &problems).isEmpty());
        QVERIFY(recordsOf(R"({"id":"user_g","primary_phone_number_id":true,"phone_numbers":[]})", &problems).isEmpty());
        QVERIFY(recordsOf(R"("not a user")", &problems).isEmpty());
        QCOMPARE(problems,
                 QStringList({QStringLiteral("user #1: required field \"id\" is missing"),
                              QStringLiteral("user #1: field \"id\" should be a string but is a number"),
                              QStringLiteral("user user_e: field \"phone_numbers\" should be an array but is a string"),
                              QStringLiteral("user user_g: field \"primary_phone_number_id\" should be a string but is a boolean"),
                              QStringLiteral("user #1 is a string, not an object")}));
    }

    void readsAPageAsAWholeOrNotAtAll_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("error");
        QTest::newRow("truncated") << QByteArray(R"([{"id":)") << QStringLiteral("not valid JSON");
        QTest::newRow("bad literal in a field a listing skips")
            << QByteArray(R"([{"id":"user_a","first_name":tru,"phone_numbers":[]}])") << QStringLiteral("not valid JSON");
        QTest::newRow("trailing garbage") << QByteArray(R"([] x)") << QStringLiteral("not valid JSON");
        QTest::newRow("invalid UTF-8") << QByteArray("[{\"id\":\"user_\xff\"}]") << QStringLiteral("not valid JSON");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
        QTest::newRow("object") << QByteArray(R"({"data":[]})") << QStringLiteral("not a JSON array");
    }

    void readsAPageAsAWholeOrNotAtAll()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, error);
        const Parsed<UserNumbersPage> page = UserNumbersPage::fromJson(body);
        QVERIFY(!page.ok());
        QVERIFY2(page.error().startsWith(error), qPrintable(page.error()));
    }

    void countsEveryEntryAndKeepsTheLastId()
    {
        const Parsed<UserNumbersPage> page = UserNumbersPage::fromJson(R"([{"id":"user_1"}, 5, {"id":"user_2"}, {"id":null}])");
        QVERIFY(page.ok());
        QCOMPARE(page.value().receivedCount, 4);
        QCOMPARE(page.value().users.size(), 2);
        QCOMPARE(page.value().lastId, QStringLiteral("user_2"));
        QCOMPARE(page.value().problems.size(), 2);
    }

    void keepsANumberAsSentButForAUserIdOfItsOwn()
    {
        const Parsed<UserNumbersPage> page = UserNumbersPage::fromJson(
            R"([{"id":"user_1","phone_numbers":[{"id":"idn_1","phone_number":"+14155550101","big":12345678901234567890,
                 "text":"Zo\u00eb \ud83d\ude00"}, {"id":"idn_2","phone_number":"+1","user_id":"user_other"}]}])");
        QVERIFY(page.ok());
        // As sent, to the last digit of a number no double holds.
        const QByteArray raw = page.value().users.at(0).phoneNumbers.at(0).json;
        QVERIFY2(raw.startsWith(R"({"id":"idn_1","phone_number":"+14155550101","big":12345678901234567890,)"), raw.constData());
        QCOMPARE(object(raw).value(QLatin1StringView("text")).toString(), QStringLiteral("Zo\u00eb \U0001F600"));
        const QByteArray ownUserId = page.value().users.at(0).phoneNumbers.at(1).json;
        QCOMPARE(ownUserId, QByteArray(R"({"id":"idn_2","phone_number":"+1"})"));
        PhoneNumberRecord record;
        record.userId = QStringLiteral("user_1");
        record.raw = raw;
        const QJsonObject line = object(PhoneNumberExport::jsonLine(record));
        QCOMPARE(line.value(QLatin1StringView("user_id")).toString(), QStringLiteral("user_1"));
        QCOMPARE(line.value(QLatin1StringView("id")).toString(), QStringLiteral("idn_1"));
    }

    void writesAJsonLineOfAnEmptyObject()
    {
        PhoneNumberRecord record;
        record.userId = QStringLiteral("user_\"q");
        record.raw = "{}";
        QCOMPARE(PhoneNumberExport::jsonLine(record), QByteArray("{\"user_id\":\"user_\\\"q\"}\n"));
    }

    void writesAJsonLineAsSentWithTheUserId()
    {
        QStringList problems;
        const QList<PhoneNumberRecord> records = recordsOf(kUnusualUser, &problems);
        for (const PhoneNumberRecord &record : records) {
            const QByteArray line = PhoneNumberExport(PhoneNumberExport::Format::Jsonl).line(record);
            QVERIFY(line.endsWith('\n'));
            QCOMPARE(line.count('\n'), 1);
            QJsonParseError error;
            const QJsonObject written = QJsonDocument::fromJson(line, &error).object();
            QCOMPARE(error.error, QJsonParseError::NoError);
            QJsonObject expected = object(record.raw);
            expected.insert(QStringLiteral("user_id"), QStringLiteral("user_a"));
            QCOMPARE(written, expected);
        }
        QCOMPARE(QJsonDocument::fromJson(PhoneNumberExport::jsonLine(records.at(0))).object()
                     .value(QLatin1StringView("future_field")).toObject().value(QLatin1StringView("nested")).toArray().size(), 2);
    }

    void keepsALineBreakInsideAValueOnOneJsonLine()
    {
        PhoneNumberRecord record;
        record.userId = QStringLiteral("user_x");
        record.raw = QJsonDocument(object(R"({"id":"idn_x","phone_number":"+1\n2","note":"a\r\nb"})")).toJson(QJsonDocument::Compact);
        const QByteArray line = PhoneNumberExport::jsonLine(record);
        QCOMPARE(line.count('\n'), 1);
        QCOMPARE(QJsonDocument::fromJson(line).object().value(QLatin1StringView("note")).toString(), QStringLiteral("a\r\nb"));
    }

    void writesTheMainFieldsAsCsvColumns()
    {
        QStringList problems;
        const QList<PhoneNumberRecord> records = recordsOf(kUnusualUser, &problems);
        const QStringList columns = PhoneNumberExport::csvColumns();
        QCOMPARE(columns.size(), 17);

        const QStringList plain = PhoneNumberExport::csvFields(records.at(0));
        QCOMPARE(plain.size(), columns.size());
        const auto at = [&](const QStringList &fields, const char *column) { return fields.at(columns.indexOf(QLatin1StringView(column))); };
        QCOMPARE(at(plain, "user_id"), QStringLiteral("user_a"));
        QCOMPARE(at(plain, "phone_number_id"), QStringLiteral("idn_plain"));
        QCOMPARE(at(plain, "phone_number"), QStringLiteral("+14155550101"));
        QCOMPARE(at(plain, "e164_valid"), QStringLiteral("true"));
        QCOMPARE(at(plain, "region"), QStringLiteral("US"));
        QVERIFY(!at(plain, "type").isEmpty());
        QCOMPARE(at(plain, "verification_status"), QString()); // verification: null
        QCOMPARE(at(plain, "verification_strategy"), QString());
        QCOMPARE(at(plain, "verification_attempts"), QString());
        QCOMPARE(at(plain, "verification_expire_at"), QString());
        QCOMPARE(at(plain, "reserved"), QStringLiteral("false"));
        QCOMPARE(at(plain, "reserved_for_second_factor"), QString()); // not sent: unknown
        QCOMPARE(at(plain, "default_second_factor"), QString());
        QCOMPARE(at(plain, "primary"), QStringLiteral("false"));
        QCOMPARE(at(plain, "linked_to"), QString());
        QCOMPARE(at(plain, "created_at"), QStringLiteral("2023-11-14T22:13:20.000Z"));
        QCOMPARE(at(plain, "updated_at"), QStringLiteral("2023-11-14T22:13:20.123Z"));

        const QStringList legacy = PhoneNumberExport::csvFields(records.at(1));
        QCOMPARE(at(legacy, "phone_number"), QStringLiteral("+311-555-2368"));
        QCOMPARE(at(legacy, "e164_valid"), QStringLiteral("false"));
        QCOMPARE(at(legacy, "region"), QString());
        QCOMPARE(at(legacy, "type"), QString());
        QCOMPARE(at(legacy, "verification_status"), QStringLiteral("transferring"));
        QCOMPARE(at(legacy, "verification_strategy"), QStringLiteral("phone_code"));
        QCOMPARE(at(legacy, "primary"), QStringLiteral("true"));
        QCOMPARE(at(legacy, "linked_to"), QStringLiteral("oauth_google:idn_g,1;saml:idn_s\"2"));
        QCOMPARE(at(legacy, "created_at"), QString());

        // The row quotes the link list, which holds a comma and a quote.
        const QByteArray row = PhoneNumberExport(PhoneNumberExport::Format::Csv).line(records.at(1));
        QVERIFY2(row.contains(",\"oauth_google:idn_g,1;saml:idn_s\"\"2\","), row.constData());
        QVERIFY(row.endsWith("\r\n"));
    }

    void writesVerificationDetailsWhenKnown()
    {
        QStringList problems;
        const QList<PhoneNumberRecord> records = recordsOf(R"({"id":"user_v","phone_numbers":[
            {"id":"idn_v","phone_number":"+4915123456789","reserved_for_second_factor":true,"default_second_factor":true,
             "verification":{"status":"unverified","strategy":"phone_code","attempts":2,"expire_at":1700000600000}}]})",
                                                                  &problems);
        QCOMPARE(records.size(), 1);
        const QStringList fields = PhoneNumberExport::csvFields(records.at(0));
        const QStringList columns = PhoneNumberExport::csvColumns();
        const auto at = [&](const char *column) { return fields.at(columns.indexOf(QLatin1StringView(column))); };
        QCOMPARE(at("region"), QStringLiteral("DE"));
        QCOMPARE(at("type"), QStringLiteral("mobile"));
        QCOMPARE(at("verification_status"), QStringLiteral("unverified"));
        QCOMPARE(at("verification_attempts"), QStringLiteral("2"));
        QCOMPARE(at("verification_expire_at"), QStringLiteral("2023-11-14T22:23:20.000Z"));
        QCOMPARE(at("reserved_for_second_factor"), QStringLiteral("true"));
        QCOMPARE(at("default_second_factor"), QStringLiteral("true"));
        QCOMPARE(at("primary"), QStringLiteral("false")); // the user has no primary_phone_number_id
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumberExport)
#include "tst_phonenumberexport.moc"
