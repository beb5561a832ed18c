// SPDX-License-Identifier: MIT
// The streaming JSON writer: what it writes must read back as the same values.
#include "domain/jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace PhoneDesk;

class TestJsonWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void escapesEveryStringSoItReadsBack_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("plain") << QStringLiteral("+4915123456789");
        QTest::newRow("quotes and backslashes") << QStringLiteral("say \"hi\" \\ bye");
        QTest::newRow("control characters") << QStringLiteral("tab\there\nnew\rline\b\f") + QChar(0x01) + QChar(0x1f);
        QTest::newRow("non-ASCII") << QStringLiteral("Müller Łódź 東京 😀");
        QTest::newRow("empty") << QString();
    }

    void escapesEveryStringSoItReadsBack()
    {
        QFETCH(QString, text);
        JsonWriter json;
        json.beginObject();
        json.key(QLatin1StringView("value")).value(text);
        json.endObject();
        QJsonParseError error;
        const QJsonDocument doc = QJsonDocument::fromJson(json.take(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(doc.object().value(QLatin1StringView("value")).toString(), text);
    }

    void writesNestedStructuresWithCommasInPlace()
    {
        JsonWriter json;
        json.beginObject();
        json.key(QLatin1StringView("n")).value(qint64(1795000000123));
        json.key(QLatin1StringView("flags"));
        json.beginArray();
        json.value(true);
        json.value(false);
        json.null();
        json.beginObject();
        json.endObject();
        json.endArray();
        json.nullable(QLatin1StringView("unknown"), std::optional<qint64>());
        json.optional(QLatin1StringView("absent"), std::optional<bool>());
        json.optional(QLatin1StringView("present"), std::optional<bool>(true));
        json.key(QLatin1StringView("cached")).raw(QByteArrayLiteral("{\"a\":1}"));
        json.key(QLatin1StringView("latin1")).value(QLatin1StringView("caf\xe9"));
        json.endObject();
        const QByteArray bytes = json.take();
        QCOMPARE(bytes, QByteArray("{\"n\":1795000000123,\"flags\":[true,false,null,{}],\"unknown\":null,\"present\":true,"
                                   "\"cached\":{\"a\":1},\"latin1\":\"caf\xc3\xa9\"}"));
    }
};

QTEST_GUILESS_MAIN(TestJsonWriter)
#include "tst_jsonwriter.moc"
