// SPDX-License-Identifier: MIT
#include "profilestore.h"

#include "storage/privatefiles.h"

#include <QFileInfo>
#include <QSettings>
#include <QUuid>

#include <algorithm>

namespace PhoneDesk {

namespace {
const QString kProfilesGroup = QStringLiteral("profiles");
const QString kActiveKey = QStringLiteral("connection/activeProfile");
const QString kNameKey = QStringLiteral("name");
const QString kApiUrlKey = QStringLiteral("apiUrl");
const QString kReadOnlyKey = QStringLiteral("readOnly");
const QString kRetentionKey = QStringLiteral("journalRetentionDays");

// Ids become settings group names: generated ones only, so that no text of the agent's does.
bool isValidId(const QString &id)
{
    return !id.isEmpty() && std::all_of(id.cbegin(), id.cend(), [](QChar c) {
        return c.isLetterOrNumber() && c.unicode() < 128;
    });
}
} // namespace

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("PhoneDesk"),
                                             QStringLiteral("PhoneDesk")))
{
}

ProfileStore::ProfileStore(const QString &path)
    : m_settings(std::make_unique<QSettings>(path, QSettings::IniFormat))
{
}

ProfileStore::~ProfileStore() = default;

QList<Profile> ProfileStore::profiles() const
{
    QList<Profile> result;
    m_settings->beginGroup(kProfilesGroup);
    const QStringList ids = m_settings->childGroups();
    m_settings->endGroup();
    for (const QString &id : ids) {
        if (std::optional<Profile> p = profile(id))
            result.append(*p);
    }
    std::sort(result.begin(), result.end(), [](const Profile &a, const Profile &b) {
        const int byName = a.name.compare(b.name, Qt::CaseInsensitive);
        return byName != 0 ? byName < 0 : a.id < b.id;
    });
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &id) const
{
    if (!isValidId(id))
        return std::nullopt;
    m_settings->beginGroup(kProfilesGroup + QLatin1Char('/') + id);
    const bool exists = m_settings->contains(kNameKey);
    Profile p;
    p.id = id;
    p.name = m_settings->value(kNameKey).toString();
    const QString url = m_settings->value(kApiUrlKey).toString();
    if (!url.isEmpty())
        p.apiUrl = QUrl(url, QUrl::StrictMode);
    p.readOnly = m_settings->value(kReadOnlyKey, false).toBool();
    bool retentionRead = false;
    const int retention = m_settings->value(kRetentionKey).toInt(&retentionRead);
    // A profile saved before retention existed, or an edited value out of range, gets the default.
    if (retentionRead && retention >= 0 && retention <= Profile::kMaxJournalRetentionDays)
        p.journalRetentionDays = retention;
    m_settings->endGroup();
    if (!exists)
        return std::nullopt;
    return p;
}

std::optional<Profile> ProfileStore::profileNamed(const QString &name) const
{
    const QList<Profile> all = profiles();
    const auto found = std::find_if(all.cbegin(), all.cend(), [&name](const Profile &p) {
        return p.name.compare(name.trimmed(), Qt::CaseInsensitive) == 0;
    });
    if (found == all.cend())
        return std::nullopt;
    return *found;
}

QString ProfileStore::save(Profile profile)
{
    if (!isValidId(profile.id))
        profile.id = QUuid::createUuid().toString(QUuid::Id128);
    m_settings->beginGroup(kProfilesGroup + QLatin1Char('/') + profile.id);
    m_settings->setValue(kNameKey, profile.name);
    m_settings->setValue(kApiUrlKey, profile.apiUrl.toString());
    m_settings->setValue(kReadOnlyKey, profile.readOnly);
    m_settings->setValue(kRetentionKey, qBound(0, profile.journalRetentionDays, Profile::kMaxJournalRetentionDays));
    m_settings->endGroup();
    sync();
    return profile.id;
}

void ProfileStore::remove(const QString &id)
{
    if (!isValidId(id))
        return;
    m_settings->remove(kProfilesGroup + QLatin1Char('/') + id);
    if (activeProfileId() == id)
        m_settings->remove(kActiveKey);
    sync();
}

QString ProfileStore::activeProfileId() const
{
    const QString id = m_settings->value(kActiveKey).toString();
    return profile(id) ? id : QString();
}

void ProfileStore::setActiveProfileId(const QString &id)
{
    if (id.isEmpty())
        m_settings->remove(kActiveKey);
    else
        m_settings->setValue(kActiveKey, id);
    sync();
}

void ProfileStore::sync()
{
    m_settings->sync();
    // QSettings makes its folder and file with the process's umask (0755 and 0644 under the usual
    // 022): narrowed right after, whoever runs this.
    const QString file = m_settings->fileName();
    PrivateOutcome outcome = PrivateFiles::narrowFile(file);
    outcome.add(PrivateFiles::makeFolder(QFileInfo(file).absolutePath()));
    if (!outcome.ok())
        qWarning("%s", qPrintable(outcome.error));
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

} // namespace PhoneDesk
