// SPDX-License-Identifier: MIT
#include "profilestore.h"

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
    m_settings->endGroup();
    m_settings->sync();
    return profile.id;
}

void ProfileStore::remove(const QString &id)
{
    if (!isValidId(id))
        return;
    m_settings->remove(kProfilesGroup + QLatin1Char('/') + id);
    if (activeProfileId() == id)
        m_settings->remove(kActiveKey);
    m_settings->sync();
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
    m_settings->sync();
}

QString ProfileStore::fileName() const
{
    return m_settings->fileName();
}

} // namespace PhoneDesk
