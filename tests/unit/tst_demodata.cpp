// SPDX-License-Identifier: MIT
// The sandbox's demo instance: reproducible from its seed, and as varied as a real one.
#include "domain/userpage.h"
#include "phone/phonenumberinfo.h"
#include "sandbox/demodatagenerator.h"

#include <phonenumbers/phonenumberutil.h>

#include <QSet>
#include <QTest>

using namespace PhoneDesk;

class TestDemoData : public QObject
{
    Q_OBJECT

private:
    static constexpr qint64 kNow = 1795000000000; // a fixed "now" keeps the data comparable
    QList<SandboxUser> m_users;

    QList<PhoneNumber> allPhones() const
    {
        QList<PhoneNumber> phones;
        for (const SandboxUser &u : m_users)
            phones.append(u.phones);
        return phones;
    }

private Q_SLOTS:
    void initTestCase()
    {
        DemoDataGenerator generator(42, kNow);
        m_users = generator.generate(3000);
        QCOMPARE(m_users.size(), 3000);
    }

    void sameSeedGivesSameUsersAndOtherSeedsDiffer()
    {
        DemoDataGenerator again(42, kNow);
        const QList<SandboxUser> same = again.generate(200);
        for (int i = 0; i < same.size(); ++i)
            QCOMPARE(same.at(i).json(kNow), m_users.at(i).json(kNow));
        DemoDataGenerator other(43, kNow);
        QVERIFY(other.generate(1).first().json(kNow) != m_users.first().json(kNow));
    }

    void everyUserReadsBackAsAValidUser()
    {
        QByteArray page = "[";
        for (int i = 0; i < m_users.size(); ++i) {
            if (i)
                page.append(',');
            page.append(m_users.at(i).json(kNow));
        }
        page.append(']');
        const Parsed<UserPage> parsed = UserPage::fromJson(page);
        QVERIFY2(parsed.ok(), qPrintable(parsed.error()));
        QCOMPARE(parsed.value().users.size(), m_users.size());
        QVERIFY2(parsed.value().problems.isEmpty(), qPrintable(parsed.value().problems.join(QLatin1Char('\n'))));
    }

    void numbersAreValidForAtLeastFifteenCountries()
    {
        namespace pn = i18n::phonenumbers;
        const pn::PhoneNumberUtil &util = *pn::PhoneNumberUtil::GetInstance();
        QSet<QString> regions;
        QSet<QString> numbers;
        int legacy = 0;
        for (const PhoneNumber &phone : allPhones()) {
            QVERIFY2(!numbers.contains(phone.phoneNumber), qPrintable(phone.phoneNumber));
            numbers.insert(phone.phoneNumber);
            if (!PhoneNumberInfo::of(phone.phoneNumber).isE164) {
                ++legacy; // imported numbers that are not E.164: rare, and kept on purpose
                continue;
            }
            pn::PhoneNumber parsed;
            util.Parse(phone.phoneNumber.toStdString(), "ZZ", &parsed);
            std::string region;
            util.GetRegionCodeForNumber(parsed, &region);
            regions.insert(QString::fromStdString(region));
        }
        QVERIFY2(regions.size() >= 15, qPrintable(QStringList(regions.values()).join(QLatin1Char(' '))));
        QVERIFY(legacy < numbers.size() / 100);
    }

    void coversEveryStateASupportAgentMeets()
    {
        QMap<QString, int> seen;
        for (const PhoneNumber &p : allPhones()) {
            if (!p.verification)
                seen[p.reserved.value_or(false) ? QStringLiteral("reserved, never verified") : QStringLiteral("no verification")]++;
            else if (p.verification->kind == Verification::Kind::Admin)
                seen[QStringLiteral("verified by admin")]++;
            else if (p.verification->isVerified())
                seen[QStringLiteral("verified by code")]++;
            else if (p.verification->statusKind() == Verification::Status::Failed)
                seen[QStringLiteral("failed")]++;
            else if (p.verification->statusKind() == Verification::Status::Expired)
                seen[QStringLiteral("expired")]++;
            else if (p.verification->isExpiredAt(kNow))
                seen[QStringLiteral("pending past expiry")]++;
            else
                seen[QStringLiteral("pending")]++;
            if (p.reservedForSecondFactor.value_or(false))
                seen[QStringLiteral("second factor")]++;
            if (p.defaultSecondFactor.value_or(false))
                seen[QStringLiteral("default second factor")]++;
            if (!p.linkedTo.isEmpty())
                seen[QStringLiteral("linked identity")]++;
            if (p.backupCodes && !p.backupCodes->isEmpty())
                seen[QStringLiteral("backup codes")]++;
            if (p.verification && p.verification->channel == QStringLiteral("whatsapp"))
                seen[QStringLiteral("whatsapp channel")]++;
        }
        QMap<int, int> phonesPerUser;
        for (const SandboxUser &u : m_users) {
            phonesPerUser[static_cast<int>(u.phones.size())]++;
            if (u.banned)
                seen[QStringLiteral("banned")]++;
            if (u.locked)
                seen[QStringLiteral("locked")]++;
            if (u.totpEnabled)
                seen[QStringLiteral("totp")]++;
            for (const PhoneNumber &p : u.phones) {
                if (p.backupCodes)
                    QVERIFY2(u.backupCodeEnabled && u.twoFactorEnabled(), qPrintable(u.id + QStringLiteral(": codes, but disabled")));
            }
            if (u.phones.size() > 1 && u.primaryPhoneId != u.phones.first().id)
                seen[QStringLiteral("primary moved to a newer number")]++;
        }
        for (const char *state : {"no verification", "reserved, never verified", "verified by admin", "verified by code", "failed",
                                  "expired", "pending past expiry", "pending", "second factor", "default second factor",
                                  "linked identity", "backup codes", "whatsapp channel", "banned", "locked", "totp",
                                  "primary moved to a newer number"})
            QVERIFY2(seen.value(QLatin1StringView(state)) > 0, state);
        for (int count = 0; count <= 3; ++count)
            QVERIFY2(phonesPerUser.value(count) > 0, qPrintable(QString::number(count)));
        QVERIFY(!phonesPerUser.contains(4));
    }

    void keepsClerksInvariants()
    {
        for (const SandboxUser &u : m_users) {
            // A user with numbers has a primary among them; 2FA has exactly one default.
            if (u.phones.isEmpty()) {
                QVERIFY(!u.primaryPhoneId);
            } else {
                QVERIFY(u.primaryPhoneId && u.phoneIndex(*u.primaryPhoneId) >= 0);
            }
            int defaults = 0;
            bool reserved = false;
            for (const PhoneNumber &p : u.phones) {
                defaults += p.defaultSecondFactor.value_or(false) ? 1 : 0;
                reserved = reserved || p.reservedForSecondFactor.value_or(false);
                if (p.reservedForSecondFactor.value_or(false))
                    QVERIFY(p.isVerified());
                QVERIFY(*p.createdAt >= u.createdAt && *p.createdAt <= kNow);
                QVERIFY(*p.updatedAt <= u.updatedAt);
            }
            QCOMPARE(defaults, reserved ? 1 : 0);
            QCOMPARE(u.twoFactorEnabled(), reserved || u.totpEnabled);
            QVERIFY(u.createdAt < kNow && u.updatedAt >= u.createdAt);
        }
    }

    void sharesOneCreatedAtAmongNeighboursInTheMiddle()
    {
        DemoDataGenerator generator(42, kNow);
        QList<SandboxUser> users = generator.generate(1000);
        const QList<SandboxUser> before = users;
        const std::optional<qint64> shared = DemoDataGenerator::shareOneCreatedAt(users, 300);
        QVERIFY(shared);
        int sharing = 0, older = 0, newer = 0;
        for (qsizetype i = 0; i < users.size(); ++i) {
            const SandboxUser &u = users.at(i);
            const SandboxUser &was = before.at(i);
            QVERIFY(u.createdAt <= was.createdAt); // moved back, never forward
            QCOMPARE(u.id, was.id);
            if (u.createdAt == *shared) {
                ++sharing;
                for (const PhoneNumber &p : u.phones)
                    QVERIFY(*p.createdAt >= u.createdAt);
                QVERIFY(u.updatedAt >= u.createdAt);
                QVERIFY(!u.lastSignInAt || *u.lastSignInAt >= u.createdAt);
            } else {
                QCOMPARE(u.createdAt, was.createdAt); // nobody else moves
                ++(u.createdAt < *shared ? older : newer);
            }
        }
        QCOMPARE(sharing, 300);
        // In the middle: about as many users on either side of the run.
        QVERIFY2(older >= 300 && newer >= 300, qPrintable(QStringLiteral("%1 older, %2 newer").arg(older).arg(newer)));

        // More than there are: all of them, at the oldest created_at; fewer than two: nothing.
        QList<SandboxUser> few = DemoDataGenerator(42, kNow).generate(5);
        QVERIFY(!DemoDataGenerator::shareOneCreatedAt(few, 1));
        const qint64 oldest = std::min_element(few.cbegin(), few.cend(), [](const SandboxUser &a, const SandboxUser &b) {
                                  return a.createdAt < b.createdAt;
                              })->createdAt;
        QCOMPARE(DemoDataGenerator::shareOneCreatedAt(few, 50), std::optional<qint64>(oldest));
        for (const SandboxUser &u : few)
            QCOMPARE(u.createdAt, oldest);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
