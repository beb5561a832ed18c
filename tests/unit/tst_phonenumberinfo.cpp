// SPDX-License-Identifier: MIT
// The libphonenumber wrapper: formats, region and type for real numbers, and numbers that do
// not parse kept exactly as stored. Numbers in E.164 spelling are read without Parse: that
// reading gives exactly what Parse gives, for every number of a large sandbox instance and for
// the spellings where the two could part.
#include "domain/userpage.h"
#include "phone/canonicalnumber.h"
#include "phone/numberingplans.h"
#include "phone/phonenumberinfo.h"
#include "sandbox/sandboxstore.h"

#include <QTest>

#include <phonenumbers/phonenumberutil.h>

#include <list>
#include <set>
#include <string>
#include <vector>

using namespace PhoneDesk;
namespace pn = i18n::phonenumbers;

namespace {
// What libphonenumber's Parse makes of `text` without a default region; nullopt when it fails.
std::optional<pn::PhoneNumber> parsed(const QString &text)
{
    pn::PhoneNumber number;
    if (pn::PhoneNumberUtil::GetInstance()->Parse(text.toStdString(), "ZZ", &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR)
        return std::nullopt;
    return number;
}

// Field by field, presence included: what libphonenumber's ExactlySameAs compares.
bool exactlySame(const pn::PhoneNumber &a, const pn::PhoneNumber &b)
{
    return a.has_country_code() == b.has_country_code() && a.country_code() == b.country_code()
        && a.has_national_number() == b.has_national_number() && a.national_number() == b.national_number()
        && a.has_extension() == b.has_extension() && a.extension() == b.extension()
        && a.has_italian_leading_zero() == b.has_italian_leading_zero() && a.italian_leading_zero() == b.italian_leading_zero()
        && a.has_number_of_leading_zeros() == b.has_number_of_leading_zeros()
        && a.number_of_leading_zeros() == b.number_of_leading_zeros() && a.has_raw_input() == b.has_raw_input()
        && a.raw_input() == b.raw_input() && a.has_country_code_source() == b.has_country_code_source()
        && a.country_code_source() == b.country_code_source()
        && a.has_preferred_domestic_carrier_code() == b.has_preferred_domestic_carrier_code()
        && a.preferred_domestic_carrier_code() == b.preferred_domestic_carrier_code();
}

// Fails the test when PhoneNumberInfo::of (which reads E.164 directly) and ofTyped (which always
// parses the text) disagree on anything about `stored`.
bool sameAsParsed(const QString &stored)
{
    const PhoneNumberInfo fast = PhoneNumberInfo::of(stored);
    const PhoneNumberInfo slow = PhoneNumberInfo::ofTyped(stored, QString());
    const auto check = [&](bool same, const char *what) {
        if (!same)
            qWarning("%s: %s differs", qPrintable(stored), what);
        return same;
    };
    return check(fast.stored == slow.stored, "stored") && check(fast.parsed == slow.parsed, "parsed")
        && check(fast.valid == slow.valid, "valid") && check(fast.isE164 == slow.isE164, "isE164")
        && check(fast.e164 == slow.e164, "e164") && check(fast.international == slow.international, "international")
        && check(fast.national == slow.national, "national") && check(fast.regionCode == slow.regionCode, "regionCode")
        && check(fast.countryName == slow.countryName, "countryName") && check(fast.type == slow.type, "type")
        && check(fast.length == slow.length, "length");
}
// libphonenumber's example number of every type in every region and non-geographic entity.
QList<pn::PhoneNumber> exampleNumbers()
{
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    QList<pn::PhoneNumber> examples;
    std::set<std::string> regions;
    util.GetSupportedRegions(&regions);
    for (const std::string &region : regions) {
        for (int type = pn::PhoneNumberUtil::FIXED_LINE; type < pn::PhoneNumberUtil::UNKNOWN; ++type) {
            pn::PhoneNumber example;
            if (util.GetExampleNumberForType(region, pn::PhoneNumberUtil::PhoneNumberType(type), &example))
                examples.append(example);
        }
    }
    std::set<int> global;
    util.GetSupportedGlobalNetworkCallingCodes(&global);
    for (const int code : global) {
        pn::PhoneNumber example;
        if (util.GetExampleNumberForNonGeoEntity(code, &example))
            examples.append(example);
    }
    return examples;
}

// Every phone number of a sandbox instance of `users` users, as stored.
QStringList instanceNumbers(int users, quint64 seed)
{
    SandboxStore store(SandboxStore::Options{users, seed, 0});
    QStringList numbers;
    for (int offset = 0; offset < users; offset += 500) {
        const Parsed<UserPage> page = UserPage::fromJson(
            store.listUsers({{QStringLiteral("limit"), QStringLiteral("500")}, {QStringLiteral("offset"), QString::number(offset)}}).body);
        if (!page.ok())
            qFatal("the sandbox's page at %d does not read: %s", offset, qPrintable(page.error()));
        for (const UserSummary &user : page.value().users) {
            for (const PhoneNumber &phone : user.phoneNumbers)
                numbers.append(phone.phoneNumber);
        }
    }
    return numbers;
}
} // namespace

class TestPhoneNumberInfo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void describesValidNumbers_data();
    void describesValidNumbers();
    void keepsWhatDoesNotParseAsStored_data();
    void keepsWhatDoesNotParseAsStored();
    void aValidNumberInAnotherSpellingIsNotE164();
    void namesEveryType();
    void readsE164AsParseDoes_data();
    void readsE164AsParseDoes();
    void readsEveryNumberOfAnInstanceAsParseDoes();
    void formatsAsFormatDoesInEveryRegion();
    void compilesThePatternsOfEveryCallingCode();
    void classifiesAndFormatsAsLibphonenumberDoes();
};

void TestPhoneNumberInfo::describesValidNumbers_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<QString>("international");
    QTest::addColumn<QString>("national");
    QTest::addColumn<QString>("region");
    QTest::addColumn<QString>("country");
    QTest::addColumn<PhoneNumberInfo::Type>("type");
    QTest::newRow("German mobile") << QStringLiteral("+4915123456789") << QStringLiteral("+49 1512 3456789")
                                   << QStringLiteral("01512 3456789") << QStringLiteral("DE") << QStringLiteral("Germany")
                                   << PhoneNumberInfo::Type::Mobile;
    QTest::newRow("US number") << QStringLiteral("+12015550123") << QStringLiteral("+1 201-555-0123")
                               << QStringLiteral("(201) 555-0123") << QStringLiteral("US") << QStringLiteral("United States")
                               << PhoneNumberInfo::Type::FixedLineOrMobile;
    QTest::newRow("French mobile") << QStringLiteral("+33612345678") << QStringLiteral("+33 6 12 34 56 78")
                                   << QStringLiteral("06 12 34 56 78") << QStringLiteral("FR") << QStringLiteral("France")
                                   << PhoneNumberInfo::Type::Mobile;
    QTest::newRow("Brazilian mobile") << QStringLiteral("+5511987654321") << QStringLiteral("+55 11 98765-4321")
                                      << QStringLiteral("(11) 98765-4321") << QStringLiteral("BR") << QStringLiteral("Brazil")
                                      << PhoneNumberInfo::Type::Mobile;
    QTest::newRow("UK toll free") << QStringLiteral("+448001234567") << QStringLiteral("+44 800 123 4567")
                                  << QStringLiteral("0800 123 4567") << QStringLiteral("GB") << QStringLiteral("United Kingdom")
                                  << PhoneNumberInfo::Type::TollFree;
}

void TestPhoneNumberInfo::describesValidNumbers()
{
    QFETCH(QString, stored);
    QFETCH(QString, international);
    QFETCH(QString, national);
    QFETCH(QString, region);
    QFETCH(QString, country);
    QFETCH(PhoneNumberInfo::Type, type);
    const PhoneNumberInfo info = PhoneNumberInfo::of(stored);
    QVERIFY(info.parsed);
    QVERIFY(info.valid);
    QVERIFY(info.isE164);
    QCOMPARE(info.stored, stored);
    QCOMPARE(info.e164, stored);
    QCOMPARE(info.international, international);
    QCOMPARE(info.national, national);
    QCOMPARE(info.regionCode, region);
    QCOMPARE(info.countryName, country);
    QCOMPARE(info.type, type);

    // Without the formats, everything else is the same.
    const PhoneNumberInfo bare = PhoneNumberInfo::of(stored, PhoneNumberInfo::Formats::None);
    QVERIFY(bare.international.isEmpty() && bare.national.isEmpty());
    QCOMPARE(bare.valid, info.valid);
    QCOMPARE(bare.isE164, info.isE164);
    QCOMPARE(bare.e164, info.e164);
    QCOMPARE(bare.regionCode, info.regionCode);
    QCOMPARE(bare.countryName, info.countryName);
    QCOMPARE(bare.type, info.type);
    QCOMPARE(bare.length, info.length);
}

void TestPhoneNumberInfo::keepsWhatDoesNotParseAsStored_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("parsed");
    QTest::newRow("legacy dashed") << QStringLiteral("+311-555-2368") << true;
    QTest::newRow("SDK example") << QStringLiteral("749-570-5537 x9671") << false;
    QTest::newRow("letters") << QStringLiteral("call me maybe") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("too short") << QStringLiteral("+1234") << true;
}

void TestPhoneNumberInfo::keepsWhatDoesNotParseAsStored()
{
    QFETCH(QString, stored);
    QFETCH(bool, parsed);
    const PhoneNumberInfo info = PhoneNumberInfo::of(stored);
    QCOMPARE(info.stored, stored);
    QVERIFY(!info.valid);
    QVERIFY(!info.isE164);
    QCOMPARE(info.type, PhoneNumberInfo::Type::Unknown);
    QCOMPARE(info.parsed, parsed);
    // Never reformatted into a number it is not: "+311-555-2368" must not read "+31 15552368".
    QCOMPARE(info.international, stored);
    QCOMPARE(info.national, stored);
    QCOMPARE(info.e164, stored);
    QVERIFY(info.regionCode.isEmpty());
    QVERIFY(info.countryName.isEmpty());
}

void TestPhoneNumberInfo::aValidNumberInAnotherSpellingIsNotE164()
{
    const PhoneNumberInfo info = PhoneNumberInfo::of(QStringLiteral("+49 151 2345 6789"));
    QVERIFY(info.valid);
    QVERIFY(!info.isE164);
    QCOMPARE(info.e164, QStringLiteral("+4915123456789"));
    QCOMPARE(info.regionCode, QStringLiteral("DE"));
}

void TestPhoneNumberInfo::namesEveryType()
{
    QSet<QString> names;
    for (int t = int(PhoneNumberInfo::Type::Unknown); t <= int(PhoneNumberInfo::Type::Voicemail); ++t) {
        const QString name = PhoneNumberInfo::typeName(PhoneNumberInfo::Type(t));
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), int(PhoneNumberInfo::Type::Voicemail) + 1);
    QCOMPARE(PhoneNumberInfo::of(QStringLiteral("+4915123456789")).typeName(), QStringLiteral("mobile"));
}

void TestPhoneNumberInfo::readsE164AsParseDoes_data()
{
    QTest::addColumn<QString>("stored");
    QTest::addColumn<bool>("direct"); // read without Parse
    QTest::newRow("German mobile") << QStringLiteral("+4915123456789") << true;
    QTest::newRow("NANP") << QStringLiteral("+12015550123") << true;
    QTest::newRow("NANP with its national prefix") << QStringLiteral("+112015550123") << false;
    QTest::newRow("Russia") << QStringLiteral("+79123456789") << true;
    QTest::newRow("Kazakhstan shares +7") << QStringLiteral("+77012345678") << true;
    QTest::newRow("Italy keeps its leading zero") << QStringLiteral("+390612345678") << true;
    QTest::newRow("Italian mobile") << QStringLiteral("+393123456789") << true;
    QTest::newRow("a run of leading zeros") << QStringLiteral("+39000123456") << true;
    QTest::newRow("all zeros") << QStringLiteral("+390000") << true;
    QTest::newRow("UK with its national prefix") << QStringLiteral("+4407911123456") << false;
    QTest::newRow("UK mobile") << QStringLiteral("+447911123456") << true;
    QTest::newRow("Argentina: a pattern matching nothing") << QStringLiteral("+5491123456789") << false;
    QTest::newRow("Mexico: a pattern prefix") << QStringLiteral("+5215512345678") << false;
    QTest::newRow("Australia: no prefix") << QStringLiteral("+61212345678") << true;
    QTest::newRow("Australia: prefix 0") << QStringLiteral("+610212345678") << false;
    QTest::newRow("Australia: prefix 1831") << QStringLiteral("+611831212345678") << false;
    QTest::newRow("Mexico: no prefix") << QStringLiteral("+525512345678") << true;
    QTest::newRow("Mexico: prefix 044") << QStringLiteral("+520445512345678") << false;
    QTest::newRow("Brazil: no prefix") << QStringLiteral("+5511987654321") << true;
    QTest::newRow("Brazil: prefix 0 and a carrier") << QStringLiteral("+55015111987654321") << false;
    QTest::newRow("Brazil: prefix 90") << QStringLiteral("+559011987654321") << false;
    QTest::newRow("Gabon: a transformed prefix") << QStringLiteral("+241011123456") << false;
    QTest::newRow("Gabon: no prefix") << QStringLiteral("+24106031234") << true;
    QTest::newRow("non-geographic 800") << QStringLiteral("+80012345678") << true;
    QTest::newRow("non-geographic 882") << QStringLiteral("+88213912345") << true;
    QTest::newRow("non-geographic 979") << QStringLiteral("+979123456789") << true;
    QTest::newRow("shortest national number") << QStringLiteral("+4912") << true;
    QTest::newRow("national number too short") << QStringLiteral("+491") << false;
    QTest::newRow("too short after +") << QStringLiteral("+12") << false;
    QTest::newRow("longest national number") << QStringLiteral("+4912345678901234567") << true;
    QTest::newRow("national number too long") << QStringLiteral("+49123456789012345678") << false;
    QTest::newRow("unassigned calling code") << QStringLiteral("+999123456789") << false;
    QTest::newRow("calling code starting with 0") << QStringLiteral("+0123456789") << false;
    QTest::newRow("spaces") << QStringLiteral("+49 151 23456789") << false;
    QTest::newRow("dashes") << QStringLiteral("+311-555-2368") << false;
    QTest::newRow("fullwidth digits") << QStringLiteral("+４９15123456789") << false;
    QTest::newRow("extension") << QStringLiteral("+4915123456789x12") << false;
    QTest::newRow("no plus") << QStringLiteral("4915123456789") << false;
    QTest::newRow("plus alone") << QStringLiteral("+") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestPhoneNumberInfo::readsE164AsParseDoes()
{
    QFETCH(QString, stored);
    QFETCH(bool, direct);
    pn::PhoneNumber number;
    QCOMPARE(CanonicalNumber::read(stored, &number), direct);
    if (direct) {
        const std::optional<pn::PhoneNumber> expected = parsed(stored);
        QVERIFY(expected);
        QVERIFY(exactlySame(number, *expected));
    }
    QVERIFY(sameAsParsed(stored));
}

void TestPhoneNumberInfo::readsEveryNumberOfAnInstanceAsParseDoes()
{
    // Numbers of twenty countries, mobile and fixed, and the legacy spellings the demo data holds.
    int numbers = 0;
    int direct = 0;
    for (const QString &stored : instanceNumbers(12000, 7)) {
        ++numbers;
        pn::PhoneNumber number;
        if (CanonicalNumber::read(stored, &number)) {
            ++direct;
            const std::optional<pn::PhoneNumber> expected = parsed(stored);
            QVERIFY2(expected && exactlySame(number, *expected), qPrintable(stored));
        }
        QVERIFY2(sameAsParsed(stored), qPrintable(stored));
    }
    QVERIFY(numbers > 12000);
    // Most stored numbers are E.164 of countries without a national prefix Parse could strip.
    QVERIFY2(direct > numbers / 2, qPrintable(QStringLiteral("%1 of %2").arg(direct).arg(numbers)));
}

void TestPhoneNumberInfo::formatsAsFormatDoesInEveryRegion()
{
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    const QList<pn::PhoneNumber> examples = exampleNumbers();
    QVERIFY2(examples.size() > 1000, qPrintable(QString::number(examples.size())));
    for (const pn::PhoneNumber &number : std::as_const(examples)) {
        for (const auto style : {pn::PhoneNumberUtil::INTERNATIONAL, pn::PhoneNumberUtil::NATIONAL}) {
            std::string expected;
            std::string actual;
            util.Format(number, style, &expected);
            NumberingPlans::instance().format(number, style, &actual);
            QCOMPARE(QString::fromStdString(actual), QString::fromStdString(expected));
        }
        std::string e164;
        util.Format(number, pn::PhoneNumberUtil::E164, &e164);
        QVERIFY(sameAsParsed(QString::fromStdString(e164)));
    }
}

void TestPhoneNumberInfo::compilesThePatternsOfEveryCallingCode()
{
    // Every pattern of the metadata is one PCRE2 reads, so that no number takes the slow way.
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    std::set<int> codes;
    util.GetSupportedCallingCodes(&codes);
    QVERIFY(codes.size() > 200);
    for (const int code : codes) {
        const NumberingPlans::Plan &plan = NumberingPlans::instance().of(code);
        std::list<std::string> regions;
        util.GetRegionCodesForCountryCallingCode(code, &regions);
        QCOMPARE(plan.regions.size(), regions.size());
        QVERIFY2(plan.internationalCompiled, qPrintable(QString::number(code)));
        QCOMPARE(bool(plan.nationalCompiled), bool(plan.nationalFormats));
    }
}

void TestPhoneNumberInfo::classifiesAndFormatsAsLibphonenumberDoes()
{
    // libphonenumber's example numbers of every type in every region and non-geographic entity,
    // and around each the numbers one digit away (another last, first or middle digit, one more,
    // one less), most of them of other types, of other regions of a shared code, or invalid; and
    // every number of a sandbox instance.
    const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
    std::set<std::string> texts;
    for (const pn::PhoneNumber &number : exampleNumbers()) {
        std::string national;
        util.GetNationalSignificantNumber(number, &national);
        const std::string example = "+" + std::to_string(number.country_code()) + national;
        texts.insert(example);
        // The calling code stays (a "+" and up to three digits): the digits after it vary.
        for (const size_t at : {example.size() - 1, size_t(4), example.size() / 2 + 1}) {
            for (char digit = '0'; digit <= '9'; ++digit) {
                std::string varied = example;
                if (at < varied.size()) {
                    varied[at] = digit;
                    texts.insert(varied);
                }
            }
        }
        for (char digit = '0'; digit <= '9'; ++digit)
            texts.insert(example + digit);
        texts.insert(example.substr(0, example.size() - 1));
    }
    for (const QString &stored : instanceNumbers(3000, 11))
        texts.insert(stored.toStdString());

    const NumberingPlans &plans = NumberingPlans::instance();
    int compared = 0;
    int valid = 0;
    int sharedCode = 0;
    for (const std::string &text : texts) {
        pn::PhoneNumber number;
        if (util.Parse(text, "ZZ", &number) != pn::PhoneNumberUtil::NO_PARSING_ERROR)
            continue;
        ++compared;
        std::string national;
        util.GetNationalSignificantNumber(number, &national);
        const std::optional<NumberingPlans::Classification> classified = plans.classify(number.country_code(), national);
        QVERIFY2(classified, text.c_str());
        std::string region;
        util.GetRegionCodeForNumber(number, &region);
        const auto type = util.GetNumberType(number);
        QVERIFY2(classified->type == type, qPrintable(QStringLiteral("%1: type %2, libphonenumber %3")
                                                          .arg(QString::fromStdString(text)).arg(classified->type).arg(type)));
        QCOMPARE(QString::fromStdString(std::string(classified->region)), QString::fromStdString(region));
        valid += type != pn::PhoneNumberUtil::UNKNOWN;
        const NumberingPlans::Plan &plan = plans.of(number.country_code());
        sharedCode += plan.regions.size() > 1;
        for (const auto style : {pn::PhoneNumberUtil::INTERNATIONAL, pn::PhoneNumberUtil::NATIONAL}) {
            std::string expected;
            std::string actual;
            util.Format(number, style, &expected);
            plans.format(number, national, style, &actual);
            QVERIFY2(actual == expected, qPrintable(QStringLiteral("%1: \"%2\", libphonenumber \"%3\"")
                                                         .arg(QString::fromStdString(text), QString::fromStdString(actual),
                                                              QString::fromStdString(expected))));
            // ... by the compiled formats themselves, not by falling back to libphonenumber.
            const std::optional<CompiledFormats> &compiled = style == pn::PhoneNumberUtil::NATIONAL
                ? plan.nationalCompiled
                : plan.internationalCompiled;
            std::string own;
            QVERIFY(!compiled || compiled->format(national, &own));
        }
    }
    qInfo("%d numbers compared: %d valid, %d of a calling code several regions share", compared, valid, sharedCode);
    QVERIFY2(compared > 35000, qPrintable(QString::number(compared)));
    // Both answers occur often, and so do codes several regions share (+1, +7, +44, ...).
    QVERIFY2(valid > compared / 5 && valid < compared * 4 / 5, qPrintable(QStringLiteral("%1 of %2").arg(valid).arg(compared)));
    QVERIFY2(sharedCode > 1000, qPrintable(QString::number(sharedCode)));
}

QTEST_GUILESS_MAIN(TestPhoneNumberInfo)
#include "tst_phonenumberinfo.moc"
