// SPDX-License-Identifier: MIT
#include "demodatagenerator.h"

#include <algorithm>
#include <numeric>

#include <phonenumbers/phonenumberutil.h>

#include <array>

namespace PhoneDesk {

namespace {
namespace pn = i18n::phonenumbers;

constexpr qint64 kMinute = 60 * 1000;
constexpr qint64 kDay = 24 * 60 * kMinute;
constexpr qint64 kYear = 365 * kDay;

// A country with names its people commonly have, so that the demo reads like a real instance.
struct Region
{
    const char *code;
    std::array<const char *, 8> firstNames;
    std::array<const char *, 8> lastNames;
};

const std::array<Region, 20> kRegions{{
    {"US", {"James", "Olivia", "Liam", "Emma", "Noah", "Ava", "Ethan", "Mia"},
     {"Smith", "Johnson", "Williams", "Brown", "Jones", "Miller", "Davis", "Wilson"}},
    {"GB", {"Oliver", "Amelia", "George", "Isla", "Harry", "Ivy", "Jack", "Freya"},
     {"Taylor", "Evans", "Thomas", "Roberts", "Walker", "Wright", "Hughes", "Clarke"}},
    {"DE", {"Lukas", "Mia", "Leon", "Hannah", "Finn", "Lea", "Jonas", "Lena"},
     {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Wagner", "Becker", "Hoffmann"}},
    {"FR", {"Louis", "Jade", "Gabriel", "Louise", "Arthur", "Emma", "Jules", "Alice"},
     {"Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit", "Durand"}},
    {"ES", {"Hugo", "Lucía", "Martín", "Sofía", "Pablo", "Martina", "Daniel", "Julia"},
     {"García", "Fernández", "González", "Rodríguez", "López", "Martínez", "Sánchez", "Pérez"}},
    {"IT", {"Leonardo", "Sofia", "Francesco", "Aurora", "Alessandro", "Giulia", "Lorenzo", "Ginevra"},
     {"Rossi", "Russo", "Ferrari", "Esposito", "Bianchi", "Romano", "Colombo", "Ricci"}},
    {"NL", {"Daan", "Emma", "Sem", "Julia", "Lucas", "Mila", "Levi", "Tess"},
     {"de Jong", "Jansen", "de Vries", "van den Berg", "van Dijk", "Bakker", "Visser", "Smit"}},
    {"BR", {"Miguel", "Alice", "Arthur", "Helena", "Heitor", "Laura", "Davi", "Valentina"},
     {"Silva", "Santos", "Oliveira", "Souza", "Lima", "Pereira", "Costa", "Almeida"}},
    {"MX", {"Santiago", "Regina", "Mateo", "Ximena", "Sebastián", "Valeria", "Emiliano", "Camila"},
     {"Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Ramírez"}},
    {"IN", {"Aarav", "Ananya", "Vihaan", "Diya", "Arjun", "Saanvi", "Reyansh", "Aadhya"},
     {"Sharma", "Patel", "Singh", "Kumar", "Gupta", "Reddy", "Iyer", "Nair"}},
    {"JP", {"Haruto", "Yui", "Sota", "Hina", "Yuto", "Aoi", "Riku", "Sakura"},
     {"Sato", "Suzuki", "Takahashi", "Tanaka", "Watanabe", "Ito", "Yamamoto", "Nakamura"}},
    {"AU", {"William", "Charlotte", "Jack", "Matilda", "Henry", "Chloe", "Lachlan", "Zoe"},
     {"Nguyen", "Kelly", "Ryan", "Campbell", "Stewart", "Murphy", "Mitchell", "Cooper"}},
    {"CA", {"Logan", "Florence", "Benjamin", "Léa", "Nathan", "Charlie", "Thomas", "Alice"},
     {"Tremblay", "Gagnon", "Roy", "Côté", "Bouchard", "Gauthier", "Morin", "MacDonald"}},
    {"SE", {"Elias", "Alice", "Hugo", "Maja", "William", "Elsa", "Noah", "Astrid"},
     {"Andersson", "Johansson", "Karlsson", "Nilsson", "Eriksson", "Larsson", "Olsson", "Persson"}},
    {"PL", {"Antoni", "Zuzanna", "Jan", "Julia", "Aleksander", "Zofia", "Franciszek", "Hanna"},
     {"Nowak", "Kowalski", "Wiśniewski", "Wójcik", "Kamiński", "Lewandowski", "Zieliński", "Szymański"}},
    {"ZA", {"Lethabo", "Amahle", "Junior", "Lisakhanya", "Melokuhle", "Iminathi", "Omphile", "Onalerona"},
     {"Dlamini", "Nkosi", "Ndlovu", "Khumalo", "Mokoena", "Botha", "van der Merwe", "Naidoo"}},
    {"NG", {"Chinedu", "Ngozi", "Oluwaseun", "Aisha", "Emeka", "Funke", "Ibrahim", "Zainab"},
     {"Okafor", "Adeyemi", "Bello", "Okonkwo", "Eze", "Abubakar", "Adebayo", "Nwosu"}},
    {"KR", {"Minjun", "Seoyeon", "Seojun", "Jiwoo", "Dohyun", "Seoyun", "Hajun", "Jimin"},
     {"Kim", "Lee", "Park", "Choi", "Jung", "Kang", "Cho", "Yoon"}},
    {"CH", {"Noah", "Mia", "Liam", "Emma", "Luca", "Lina", "Matteo", "Elena"},
     {"Müller", "Meier", "Schmid", "Keller", "Weber", "Huber", "Schneider", "Meyer"}},
    {"AR", {"Benjamín", "Emma", "Mateo", "Olivia", "Bautista", "Martina", "Felipe", "Catalina"},
     {"González", "Rodríguez", "Gómez", "Fernández", "López", "Díaz", "Martínez", "Pérez"}},
}};

const std::array<const char *, 6> kMailDomains{"gmail.com", "outlook.com", "proton.me", "yahoo.com", "icloud.com", "fastmail.com"};
const std::array<const char *, 4> kProviders{"oauth_google", "oauth_apple", "oauth_github", "oauth_microsoft"};

// Lower-case ASCII for an email local part: "Müller" → "muller".
QString mailSafe(const QString &name)
{
    QString folded = name.normalized(QString::NormalizationForm_D);
    QString out;
    for (const QChar c : folded) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            out.append(c.toLower());
    }
    return out;
}
} // namespace

// Valid numbers for a region, fast: a handful of validated "base" numbers per region and type,
// whose last four digits vary freely (checked once per region; validated one by one otherwise).
class DemoDataGenerator::NumberPool
{
public:
    explicit NumberPool(QRandomGenerator64 &random) : m_random(random), m_util(*pn::PhoneNumberUtil::GetInstance()) {}

    QString next(const char *region, bool mobile)
    {
        Bases &bases = basesFor(region, mobile);
        for (int attempt = 0; attempt < 64; ++attempt) {
            pn::PhoneNumber number = bases.numbers.at(static_cast<qsizetype>(m_random.bounded(static_cast<quint64>(bases.numbers.size()))));
            number.set_national_number(number.national_number() - number.national_number() % 10000 + m_random.bounded(10000));
            if (!bases.suffixIsFree && !m_util.IsValidNumber(number))
                continue;
            std::string e164;
            m_util.Format(number, pn::PhoneNumberUtil::E164, &e164);
            QString text = QString::fromStdString(e164);
            if (!m_used.contains(text)) {
                m_used.insert(text);
                return text;
            }
        }
        return {};
    }

    // An imported legacy number that is not E.164, unique like the others; empty once they run out.
    QString nextLegacy()
    {
        for (int attempt = 0; attempt < 32; ++attempt) {
            QString text = QStringLiteral("+311-555-%1").arg(m_random.bounded(10000U), 4, 10, QLatin1Char('0'));
            if (!m_used.contains(text)) {
                m_used.insert(text);
                return text;
            }
        }
        return {};
    }

private:
    struct Bases
    {
        QList<pn::PhoneNumber> numbers;
        bool suffixIsFree = true;
    };

    Bases &basesFor(const char *region, bool mobile)
    {
        const QString key = QLatin1StringView(region) + (mobile ? QLatin1Char('m') : QLatin1Char('f'));
        auto it = m_bases.find(key);
        if (it != m_bases.end())
            return *it;
        Bases bases;
        pn::PhoneNumber example;
        const auto type = mobile ? pn::PhoneNumberUtil::MOBILE : pn::PhoneNumberUtil::FIXED_LINE;
        if (!m_util.GetExampleNumberForType(region, type, &example))
            m_util.GetExampleNumber(region, &example);
        bases.numbers.append(example);
        // More bases: vary the three digits above the free suffix, keep the valid ones.
        for (int i = 0; i < 40 && bases.numbers.size() < 12; ++i) {
            pn::PhoneNumber candidate = example;
            const quint64 national = example.national_number();
            const quint64 high = national - national % 10000000;
            candidate.set_national_number(high + m_random.bounded(1000) * 10000 + national % 10000);
            if (m_util.IsValidNumber(candidate) && m_util.GetNumberType(candidate) == m_util.GetNumberType(example))
                bases.numbers.append(candidate);
        }
        for (int i = 0; i < 24 && bases.suffixIsFree; ++i) {
            pn::PhoneNumber probe = bases.numbers.at(i % bases.numbers.size());
            probe.set_national_number(probe.national_number() - probe.national_number() % 10000 + m_random.bounded(10000));
            bases.suffixIsFree = m_util.IsValidNumber(probe);
        }
        return *m_bases.insert(key, bases);
    }

    QRandomGenerator64 &m_random;
    const pn::PhoneNumberUtil &m_util;
    QHash<QString, Bases> m_bases;
    QSet<QString> m_used;
};

DemoDataGenerator::DemoDataGenerator(quint64 seed, qint64 nowMs)
    : m_random(seed)
    , m_ids(seed ^ 0x5eed5eed5eedULL)
    , m_now(nowMs)
    , m_numbers(std::make_unique<NumberPool>(m_random))
{
}

DemoDataGenerator::~DemoDataGenerator() = default;

qint64 DemoDataGenerator::between(qint64 from, qint64 to)
{
    if (to <= from)
        return from;
    return from + static_cast<qint64>(m_random.bounded(static_cast<quint64>(to - from)));
}

qint64 DemoDataGenerator::recentPast(qint64 time) const
{
    // Folded into the window rather than drawn again, so that the random sequence stays the same.
    const qint64 latest = m_now - kMinute;
    if (time >= m_now - kStaleWindowMs)
        return time;
    return latest - (latest - time) % (kStaleWindowMs - kMinute);
}

bool DemoDataGenerator::chance(double probability)
{
    return m_random.generateDouble() < probability;
}

QList<SandboxUser> DemoDataGenerator::generate(int count)
{
    QList<SandboxUser> users;
    users.reserve(count);
    for (int i = 0; i < count; ++i)
        users.append(makeUser());
    return users;
}

std::optional<qint64> DemoDataGenerator::shareOneCreatedAt(QList<SandboxUser> &users, int count)
{
    count = std::min<int>(count, static_cast<int>(users.size()));
    if (count < 2)
        return std::nullopt;
    QList<int> oldestFirst(users.size());
    std::iota(oldestFirst.begin(), oldestFirst.end(), 0);
    std::stable_sort(oldestFirst.begin(), oldestFirst.end(),
                     [&](int a, int b) { return users.at(a).createdAt < users.at(b).createdAt; });
    // A run in the middle, so that users come before and after it in either order.
    const qsizetype first = (users.size() - count) / 2;
    const qint64 shared = users.at(oldestFirst.at(first)).createdAt;
    for (qsizetype i = first; i < first + count; ++i) {
        SandboxUser &user = users[oldestFirst.at(i)];
        // Moved back only, so every later time of the user stays after its created_at; what was
        // made at sign-up moves with it.
        for (SandboxEmail &email : user.emails) {
            if (email.createdAt == user.createdAt)
                email.createdAt = shared;
        }
        for (SandboxExternalAccount &account : user.externalAccounts) {
            if (account.createdAt == user.createdAt)
                account.createdAt = shared;
        }
        user.createdAt = shared;
    }
    return shared;
}

QString DemoDataGenerator::regionOfLastName(const QString &lastName)
{
    for (const Region &region : kRegions) {
        for (const char *name : region.lastNames) {
            if (lastName == QString::fromUtf8(name))
                return QString::fromLatin1(region.code);
        }
    }
    return {};
}

SandboxUser DemoDataGenerator::makeUser()
{
    SandboxUser user;
    const int regionIndex = static_cast<int>(m_random.bounded(static_cast<quint32>(kRegions.size())));
    const Region &region = kRegions[static_cast<size_t>(regionIndex)];
    user.id = m_ids.make(QLatin1StringView("user_"));
    user.firstName = QString::fromUtf8(region.firstNames[m_random.bounded(8U)]);
    user.lastName = QString::fromUtf8(region.lastNames[m_random.bounded(8U)]);
    user.createdAt = between(m_now - 6 * kYear, m_now - kDay);
    user.updatedAt = between(user.createdAt, m_now);
    if (chance(0.85))
        user.lastSignInAt = between(user.createdAt, m_now);
    if (user.lastSignInAt)
        user.lastActiveAt = *user.lastSignInAt - *user.lastSignInAt % kDay;
    if (chance(0.4))
        user.username = mailSafe(user.firstName) + QLatin1Char('_') + mailSafe(user.lastName) + QString::number(m_random.bounded(1000U));
    if (chance(0.1))
        user.externalId = QStringLiteral("crm-%1").arg(m_random.bounded(1000000U), 6, 10, QLatin1Char('0'));
    user.banned = chance(0.03);
    user.locked = !user.banned && chance(0.02);
    // Locked by failed attempts, with a lockout that never ends: an admin must unlock them.
    if (user.locked)
        user.verificationAttemptsUsed = SandboxLockoutPolicy::kMaxAttempts;

    const QString local = mailSafe(user.firstName) + QLatin1Char('.') + mailSafe(user.lastName)
        + QString::number(m_random.bounded(100U));
    SandboxEmail email{m_ids.make(QLatin1StringView("idn_")), local + QLatin1Char('@') + QLatin1StringView(kMailDomains[m_random.bounded(6U)]),
                       {}, {}, user.createdAt};
    if (chance(0.3)) {
        SandboxExternalAccount account;
        account.id = m_ids.make(QLatin1StringView("eac_"));
        account.provider = QLatin1StringView(kProviders[m_random.bounded(4U)]);
        account.identificationId = m_ids.make(QLatin1StringView("idn_"));
        account.providerUserId = QString::number(m_random.generate() % 1000000000000000000ULL);
        account.emailAddress = email.address;
        account.createdAt = user.createdAt;
        email.linkedProvider = account.provider;
        email.linkedIdentificationId = account.identificationId;
        user.externalAccounts.append(account);
    }
    user.emails.append(email);
    user.primaryEmailId = email.id;

    // 0–3 numbers: most people have one, some none, a few keep old numbers around.
    const double roll = m_random.generateDouble();
    const int phoneCount = roll < 0.15 ? 0 : roll < 0.65 ? 1 : roll < 0.9 ? 2 : 3;
    qint64 phoneCreated = user.createdAt;
    for (int i = 0; i < phoneCount; ++i) {
        // Most numbers are from the user's own country; travellers and expats are not rare.
        const int numberRegion = chance(0.85) ? regionIndex : static_cast<int>(m_random.bounded(static_cast<quint32>(kRegions.size())));
        phoneCreated = between(phoneCreated, std::min(m_now, phoneCreated + kYear));
        PhoneNumber phone = makePhone(user, numberRegion, phoneCreated);
        if (!phone.phoneNumber.isEmpty())
            user.phones.append(phone);
    }
    for (const PhoneNumber &phone : user.phones)
        user.updatedAt = std::max(user.updatedAt, phone.updatedAt.value_or(0));
    if (!user.phones.isEmpty()) {
        // The first number is primary, as Clerk makes it; some users moved theirs to a newer one.
        const qsizetype primary = (user.phones.size() > 1 && chance(0.15)) ? user.phones.size() - 1 : 0;
        user.primaryPhoneId = user.phones.at(primary).id;
    }

    // Second factors: some verified numbers are reserved for 2FA, the first of them is default.
    bool hasDefault = false;
    for (PhoneNumber &phone : user.phones) {
        if (phone.isVerified() && chance(0.22)) {
            phone.reservedForSecondFactor = true;
            phone.defaultSecondFactor = !hasDefault;
            if (!hasDefault && chance(0.5))
                phone.backupCodes = QStringList();
            hasDefault = true;
        }
    }
    user.totpEnabled = chance(0.08);
    // Backup codes on a number mean the user has them enabled; some have them without a number's.
    const bool numberHasCodes = std::any_of(user.phones.cbegin(), user.phones.cend(),
                                            [](const PhoneNumber &phone) { return phone.backupCodes.has_value(); });
    user.backupCodeEnabled = numberHasCodes || (user.twoFactorEnabled() && chance(0.3));
    for (PhoneNumber &phone : user.phones) {
        if (phone.backupCodes) {
            const int codes = static_cast<int>(m_random.bounded(3U, 11U));
            for (int c = 0; c < codes; ++c)
                phone.backupCodes->append(QStringLiteral("%1").arg(m_random.bounded(100000000U), 8, 10, QLatin1Char('0')));
        }
    }
    if (user.twoFactorEnabled())
        user.mfaEnabledAt = between(user.createdAt, m_now);
    else if (chance(0.05))
        user.mfaDisabledAt = between(user.createdAt, m_now);

    // Banned and locked users keep no second factor, so that the instance audit finds none in
    // the demo data by chance (only the planted ones, see SandboxStore::plantAuditCases). Cleared
    // after the draws, so that every other user stays as the seed made them.
    if (user.banned || user.locked) {
        for (PhoneNumber &phone : user.phones) {
            phone.reservedForSecondFactor = false;
            phone.defaultSecondFactor = false;
            phone.backupCodes.reset();
        }
        user.totpEnabled = false;
        user.backupCodeEnabled = false;
        user.mfaEnabledAt.reset();
    }

    // Numbers that came in with an OAuth sign-up are linked to that identity.
    if (!user.externalAccounts.isEmpty()) {
        for (PhoneNumber &phone : user.phones) {
            if (phone.isVerified() && chance(0.35))
                phone.linkedTo.append({user.externalAccounts.first().provider, user.externalAccounts.first().identificationId});
        }
    }
    return user;
}

PhoneNumber DemoDataGenerator::makePhone(SandboxUser &user, int regionIndex, qint64 createdAt)
{
    PhoneNumber phone;
    phone.id = m_ids.make(QLatin1StringView("idn_"));
    // Imported legacy data holds the odd number that is not E.164; PhoneDesk must show it anyway.
    if (chance(0.01)) {
        phone.phoneNumber = m_numbers->nextLegacy();
        if (!phone.phoneNumber.isEmpty())
            m_legacyPhoneIds.append(phone.id);
    }
    if (phone.phoneNumber.isEmpty())
        phone.phoneNumber = m_numbers->next(kRegions[static_cast<size_t>(regionIndex)].code, chance(0.85));
    phone.reservedForSecondFactor = false;
    phone.defaultSecondFactor = false;
    phone.createdAt = createdAt;
    phone.updatedAt = between(createdAt, std::max(createdAt, user.updatedAt));
    applyVerificationState(phone, createdAt);
    return phone;
}

void DemoDataGenerator::applyVerificationState(PhoneNumber &phone, qint64 createdAt)
{
    Verification otp;
    otp.kind = Verification::Kind::Otp;
    otp.object = Verification::kindName(Verification::Kind::Otp);
    otp.strategy = QStringLiteral("phone_code");
    otp.channel = chance(0.9) ? QStringLiteral("sms") : QStringLiteral("whatsapp");

    const double roll = m_random.generateDouble();
    if (roll < 0.45) { // verified by a code the user typed
        otp.status = QStringLiteral("verified");
        otp.attempts = static_cast<int>(m_random.bounded(1U, 3U));
        otp.expireAt = createdAt + 10 * kMinute;
        phone.verification = otp;
        phone.reserved = true;
    } else if (roll < 0.60) { // verified by an admin
        phone.verification = Verification::admin();
        phone.reserved = true;
    } else if (roll < 0.70) { // a code is out right now
        otp.status = QStringLiteral("unverified");
        otp.attempts = static_cast<int>(m_random.bounded(0U, 3U));
        otp.expireAt = m_now + between(1 * kMinute, 10 * kMinute);
        phone.verification = otp;
        phone.reserved = false;
        phone.updatedAt = m_now - between(0, 5 * kMinute);
    } else if (roll < 0.78) { // Clerk marked the code expired
        otp.status = QStringLiteral("expired");
        otp.attempts = static_cast<int>(m_random.bounded(0U, 2U));
        otp.expireAt = recentPast(between(createdAt, m_now - kMinute));
        phone.verification = otp;
        phone.reserved = false;
    } else if (roll < 0.82) { // pending code whose expiry passed unnoticed
        otp.status = QStringLiteral("unverified");
        otp.attempts = static_cast<int>(m_random.bounded(0U, 3U));
        otp.expireAt = recentPast(between(createdAt, m_now - kMinute));
        phone.verification = otp;
        phone.reserved = false;
    } else if (roll < 0.88) { // too many wrong codes
        otp.status = QStringLiteral("failed");
        otp.attempts = 3;
        otp.expireAt = between(createdAt, m_now);
        phone.verification = otp;
        phone.reserved = false;
    } else if (roll < 0.95) { // added, never verified
        phone.reserved = false;
    } else { // reserved by an admin: usable to sign in, held for this user, not verified
        phone.reserved = true;
    }
}

} // namespace PhoneDesk
