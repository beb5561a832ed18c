// SPDX-License-Identifier: MIT
// The window in German: the translations built into the module load for a German locale (and
// English plural forms for any other), the real main window on the demo shows no English text
// that has a German translation, its dates are the locale's, its countries have German names, and
// phonedesk-cli prints the same bytes under a German locale as under an English one.
#include "phone/countrynames.h"
#include "ui/list/phonenumberlistmodel.h"
#include "ui/window/translations.h"
#include "ui/window/workspace.h"
#include "sandboxdemoserver.h"
#include "sandbox/sandbox.h"
#include "../unit/clirun.h"

#include <QCoreApplication>
#include <QFile>
#include <QGuiApplication>
#include <QQmlApplicationEngine>
#include <QQuickItem>
#include <QQuickStyle>
#include <QQuickWindow>
#include <QRegularExpression>
#include <QSet>
#include <QStandardPaths>
#include <QTest>
#include <QXmlStreamReader>
#include <QtQml/qqmlextensionplugin.h>

#include <algorithm>
#include <functional>
#include <memory>

Q_IMPORT_QML_PLUGIN(PhoneDeskPlugin)

using namespace PhoneDesk;

namespace {
// The English texts that German translates differently: none of them may be seen in German.
QSet<QString> englishTextsOfGerman()
{
    static const QSet<QString> clerkValues{QStringLiteral("unverified"), QStringLiteral("verified"),
                                           QStringLiteral("expired"), QStringLiteral("failed"),
                                           QStringLiteral("transferable")};
    QSet<QString> english;
    QFile file(QStringLiteral(PHONEDESK_TRANSLATIONS_DIR "/phonedesk_de.ts"));
    if (!file.open(QIODevice::ReadOnly))
        return english;
    QXmlStreamReader xml(&file);
    QString source;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1StringView("source")) {
            source = xml.readElementText();
        } else if (xml.name() == QLatin1StringView("translation")) {
            const QString german = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            // A text with %1 or %n is seen with its values in; a text German keeps as it is
            // ("Demo") is German too; Clerk's own status values are shown as Clerk sent them.
            if (!source.contains(QLatin1Char('%')) && german != source && source.size() > 2 && !clerkValues.contains(source))
                english.insert(source);
        }
    }
    return english;
}

// Every text a QML object below `root` holds (Text, Label, Button, MenuItem, Action, ToolTip).
void collectTexts(QObject *root, QStringList *texts, QSet<QObject *> *seen)
{
    if (!root || seen->contains(root))
        return;
    seen->insert(root);
    for (const char *property : {"text", "title", "placeholderText"}) {
        const QVariant value = root->property(property);
        if (value.typeId() == QMetaType::QString && !value.toString().isEmpty())
            texts->append(value.toString());
    }
    for (QObject *child : root->children())
        collectTexts(child, texts, seen);
    if (auto *item = qobject_cast<QQuickItem *>(root)) {
        for (QQuickItem *child : item->childItems())
            collectTexts(child, texts, seen);
    }
}

// What a run printed on stderr, its trace ids (new for each request) left out.
QByteArray withoutTraceIds(QByteArray text)
{
    return QString::fromUtf8(text).replace(QRegularExpression(QStringLiteral("trace id [0-9a-f]+")), QStringLiteral("trace id …")).toUtf8();
}

QProcessEnvironment inLocale(QProcessEnvironment env, const QString &locale)
{
    env.insert(QStringLiteral("LANG"), locale);
    env.insert(QStringLiteral("LC_ALL"), locale);
    env.insert(QStringLiteral("LANGUAGE"), locale.left(2));
    return env;
}
} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

    std::unique_ptr<Workspace> m_workspace;

private Q_SLOTS:
    void initTestCase();
    void bothLanguagesAreBuiltIn();
    void otherLanguagesGetEnglishPluralForms();
    void germanLocaleLoadsGerman();
    void mainWindowShowsNoEnglishText();
    void cliPrintsTheSameInEveryLocale();
    void cleanupTestCase();
};

void TestTranslations::initTestCase()
{
    QQuickStyle::setStyle(QStringLiteral("Fusion"));
    QStandardPaths::setTestModeEnabled(true);
    QString error;
    m_workspace = demoWorkspace(40, 3, &error, false, true);
    QVERIFY2(m_workspace, qPrintable(error));
    Workspace::setInstance(m_workspace.get());
}

void TestTranslations::cleanupTestCase()
{
    Workspace::setInstance(nullptr);
}

void TestTranslations::bothLanguagesAreBuiltIn()
{
    QCOMPARE(Translations::available(), (QStringList{QStringLiteral("en"), QStringLiteral("de")}));
}

void TestTranslations::otherLanguagesGetEnglishPluralForms()
{
    QCOMPARE(Translations::install(QLocale(QLocale::French, QLocale::France)), QStringLiteral("en"));
    QCOMPARE(QCoreApplication::translate("Format", "%Ln day(s)", nullptr, 1), QStringLiteral("1 day"));
    QCOMPARE(QCoreApplication::translate("Format", "%Ln day(s)", nullptr, 3), QStringLiteral("3 days"));
}

void TestTranslations::germanLocaleLoadsGerman()
{
    QLocale::setDefault(QLocale(QLocale::German, QLocale::Germany));
    QCOMPARE(Translations::install(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("de"));
    QCOMPARE(QCoreApplication::translate("Format", "unknown"), QStringLiteral("unbekannt"));
    QCOMPARE(QCoreApplication::translate("Format", "%Ln day(s)", nullptr, 1), QStringLiteral("1 Tag"));
    QCOMPARE(QCoreApplication::translate("Format", "%Ln day(s)", nullptr, 1234), QStringLiteral("1.234 Tage"));
}

void TestTranslations::mainWindowShowsNoEnglishText()
{
    const QSet<QString> english = englishTextsOfGerman();
    QVERIFY2(english.size() > 300, "the German translation is there");
    QQmlApplicationEngine engine;
    engine.addImportPath(QStringLiteral("qrc:/"));
    engine.load(QUrl(QStringLiteral("qrc:/PhoneDesk/Main.qml")));
    QVERIFY(!engine.rootObjects().isEmpty());
    auto *window = qobject_cast<QQuickWindow *>(engine.rootObjects().constFirst());
    QVERIFY(window);
    window->show();
    // The rows are in and the first is in detail with its sign-in check.
    QVERIFY(QTest::qWaitFor([&] { return m_workspace->phoneNumbers()->rowCount() > 0; }, 20000));
    QTest::qWait(1500);

    QStringList texts;
    QSet<QObject *> seen;
    collectTexts(window, &texts, &seen);
    collectTexts(window->contentItem(), &texts, &seen);
    QVERIFY2(texts.size() > 50, qPrintable(QString::number(texts.size())));
    QStringList untranslated;
    for (const QString &text : std::as_const(texts)) {
        if (english.contains(text))
            untranslated.append(text);
    }
    untranslated.removeDuplicates();
    QVERIFY2(untranslated.isEmpty(), qPrintable(QStringLiteral("English in the German window: ") + untranslated.join(QStringLiteral(" | "))));
    // Dates are the locale's: a German date has dots, never "2026-".
    const QString all = texts.join(QLatin1Char('\n'));
    QVERIFY2(!all.contains(QRegularExpression(QStringLiteral("\\b20\\d\\d-\\d\\d-\\d\\d \\d\\d:"))), qPrintable(all.left(3000)));
    // Countries by their German names, in every row of the list and on screen.
    PhoneNumberListModel *numbers = m_workspace->phoneNumbers();
    QSet<QString> germanOnly;
    for (int row = 0; row < numbers->rowCount(); ++row) {
        const QModelIndex index = numbers->index(row);
        const QString code = index.data(PhoneNumberListModel::RegionCodeRole).toString();
        const QString shown = index.data(PhoneNumberListModel::CountryNameRole).toString();
        QCOMPARE(shown, CountryNames::in(code, QStringLiteral("de")));
        if (shown != CountryNames::english(code))
            germanOnly.insert(shown);
    }
    QVERIFY2(std::any_of(germanOnly.cbegin(), germanOnly.cend(), [&](const QString &name) { return all.contains(name); }),
             qPrintable(QStringList(germanOnly.values()).join(QStringLiteral(", "))));
    QLocale::setDefault(QLocale::c());
}

void TestTranslations::cliPrintsTheSameInEveryLocale()
{
    Sandbox *sandbox = demoSandboxOf(*m_workspace);
    QVERIFY(sandbox);
    const QString apiUrl = sandbox->baseUrl().toString();
    const QString key = sandbox->secretKey();
    const QList<QStringList> commands{
        {QStringLiteral("--help")},
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("list"), QStringLiteral("--format"), QStringLiteral("jsonl")},
        {QStringLiteral("audit"), QStringLiteral("--format"), QStringLiteral("csv")},
        {QStringLiteral("sms-blocklist")},
        {QStringLiteral("get"), QStringLiteral("idn_not_there")},
        {QStringLiteral("journal"), QStringLiteral("--format"), QStringLiteral("csv")},
    };
    for (const QStringList &command : commands) {
        const QStringList arguments = QStringList{QStringLiteral("--api-url"), apiUrl} + command;
        const Run english = runCli(arguments, inLocale(environment(key), QStringLiteral("en_US.UTF-8")));
        const Run german = runCli(arguments, inLocale(environment(key), QStringLiteral("de_DE.UTF-8")));
        QVERIFY2(english.finished && german.finished, qPrintable(command.join(u' ')));
        QVERIFY2(!english.out.isEmpty() || !english.err.isEmpty(), qPrintable(command.join(u' ')));
        QCOMPARE(german.exitCode, english.exitCode);
        QCOMPARE(german.out, english.out);
        QCOMPARE(withoutTraceIds(german.err), withoutTraceIds(english.err));
    }
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"
