// SPDX-License-Identifier: MIT
#include "profileeditor.h"

#include "ui/connection/connectiontest.h"
#include "ui/connection/profilelistmodel.h"
#include "settings/memorysecretstore.h"
#include "settings/secretstore.h"

namespace PhoneDesk {

ProfileEditor::ProfileEditor(QObject *parent)
    : QObject(parent)
{
}

ProfileEditor::~ProfileEditor() = default;

void ProfileEditor::setProfiles(ProfileListModel *profiles)
{
    if (profiles == m_profiles)
        return;
    for (const QMetaObject::Connection &connection : std::as_const(m_connections))
        disconnect(connection);
    m_connections.clear();
    m_profiles = profiles;
    if (profiles) {
        // A rename, a saved field, a session key or a connect shows in the profile's row.
        m_connections = {
            connect(profiles, &QAbstractItemModel::modelReset, this, &ProfileEditor::refresh),
            connect(profiles, &QAbstractItemModel::dataChanged, this, &ProfileEditor::refresh),
            connect(profiles, &QObject::destroyed, this, &ProfileEditor::refresh),
            connect(profiles->keychain(), &SecretStore::stateChanged, this, &ProfileEditor::keychainStateChanged),
        };
    }
    Q_EMIT profilesChanged();
    Q_EMIT keychainStateChanged();
    refresh();
}

void ProfileEditor::setProfileId(const QString &id)
{
    if (id == m_profileId)
        return;
    m_profileId = id;
    // Another profile: its own saved URL, not what was typed for the one before.
    m_profile.reset();
    refresh();
}

void ProfileEditor::refresh()
{
    const std::optional<Profile> now =
        m_profiles && !m_profileId.isEmpty() ? m_profiles->profileOfId(m_profileId) : std::nullopt;
    const bool urlKept = m_profile && now && m_profile->apiUrl == now->apiUrl;
    m_profile = now;
    if (!urlKept)
        m_apiUrl = savedApiUrl();
    Q_EMIT profileChanged();
    // Whether the typed URL is an edit depends on the saved one too.
    Q_EMIT apiUrlChanged();
}

void ProfileEditor::setApiUrl(const QString &apiUrl)
{
    if (apiUrl == m_apiUrl)
        return;
    m_apiUrl = apiUrl;
    Q_EMIT apiUrlChanged();
}

QString ProfileEditor::apiUrlProblem() const
{
    return ProfileListModel::problemWithApiUrl(m_apiUrl);
}

bool ProfileEditor::sessionKey() const
{
    return m_profile && m_profiles && m_profiles->hasSessionKey(m_profile->id);
}

bool ProfileEditor::active() const
{
    return m_profile && m_profiles && m_profiles->isActive(*m_profile);
}

QString ProfileEditor::keychainState() const
{
    switch (m_profiles ? m_profiles->keychain()->state() : SecretStore::State::Unknown) {
    case SecretStore::State::Unknown: return QStringLiteral("unknown");
    case SecretStore::State::Available: return QStringLiteral("available");
    case SecretStore::State::Unavailable: return QStringLiteral("unavailable");
    }
    return QStringLiteral("unknown");
}

QString ProfileEditor::keychainProblem() const
{
    return m_profiles ? m_profiles->keychain()->problem() : QString();
}

QString ProfileEditor::environmentOfKey(const QString &secretKey) const
{
    return PhoneDesk::environmentOfKey(secretKey);
}

void ProfileEditor::checkKeychain()
{
    if (m_profiles)
        m_profiles->keychain()->probe();
}

bool ProfileEditor::checkReady()
{
    if (!m_profiles || !m_profiles->checkIdle())
        return false;
    if (m_profile)
        return true;
    m_profiles->report(tr("Choose a profile first."));
    return false;
}

bool ProfileEditor::checkKeyInput(const QString &secretKey)
{
    if (!checkReady())
        return false;
    if (!secretKey.trimmed().isEmpty())
        return true;
    m_profiles->report(tr("Paste the secret key first."));
    return false;
}

void ProfileEditor::setReadOnly(bool readOnly)
{
    if (!checkReady()) {
        // A switch that was flipped shows the saved state again.
        Q_EMIT profileChanged();
        return;
    }
    if (readOnly == m_profile->readOnly)
        return;
    Profile profile = *m_profile;
    profile.readOnly = readOnly;
    m_profiles->saveProfile(profile);
    m_profiles->report({}, readOnly ? tr("“%1” is read-only from its next connect.").arg(profile.name)
                                    : tr("“%1” allows changes from its next connect.").arg(profile.name));
}

void ProfileEditor::setJournalRetentionDays(int days)
{
    if (!checkReady() || days < 0 || days > Profile::kMaxJournalRetentionDays) {
        // A field that was changed shows the saved value again.
        Q_EMIT profileChanged();
        return;
    }
    if (days == m_profile->journalRetentionDays)
        return;
    Profile profile = *m_profile;
    profile.journalRetentionDays = days;
    m_profiles->saveProfile(profile);
    m_profiles->report({}, days == 0 ? tr("The journal of \u201c%1\u201d keeps every entry.").arg(profile.name)
                                     : tr("The journal of \u201c%1\u201d keeps entries for %n days; older ones are removed "
                                          "when it is next connected.", nullptr, days)
                                           .arg(profile.name));
}

bool ProfileEditor::saveApiUrl()
{
    if (!checkReady())
        return false;
    if (const QString problem = apiUrlProblem(); !problem.isEmpty()) {
        m_profiles->report(problem);
        return false;
    }
    Profile profile = *m_profile;
    profile.apiUrl = QUrl(m_apiUrl.trimmed(), QUrl::StrictMode);
    m_profiles->saveProfile(profile);
    m_profiles->report({}, tr("API URL of “%1” saved.").arg(profile.name));
    return true;
}

bool ProfileEditor::save(const QString &secretKey)
{
    if (!checkReady())
        return false;
    if (apiUrlEdited() && !saveApiUrl())
        return false;
    return secretKey.trimmed().isEmpty() || saveKey(secretKey);
}

bool ProfileEditor::saveKey(const QString &secretKey)
{
    if (!checkKeyInput(secretKey))
        return false;
    const Profile profile = *m_profile;
    ProfileListModel *list = m_profiles;
    list->setBusy(true);
    list->report({});
    // The list answers for the operation (its busy ends) even when the dialog is gone by then.
    list->keychain()->write(profile.id, secretKey.trimmed(), list,
                            [list, editor = QPointer<ProfileEditor>(this), profile](const SecretResult &result) {
                                list->setBusy(false);
                                if (result.ok()) {
                                    list->report({}, tr("Key of “%1” saved in the system keychain.")
                                                         .arg(profile.name));
                                    if (editor)
                                        Q_EMIT editor->keyStored(profile.id);
                                } else if (result.outcome == SecretResult::Outcome::Unavailable) {
                                    list->report(tr("The key was not saved: %1 Use it for this session only, "
                                                    "or set CLERK_SECRET_KEY.")
                                                     .arg(result.message));
                                } else {
                                    list->report(tr("The key was not saved: %1").arg(result.message));
                                }
                            });
    return true;
}

bool ProfileEditor::keepKeyForSession(const QString &secretKey)
{
    if (!checkKeyInput(secretKey))
        return false;
    const Profile profile = *m_profile;
    ProfileListModel *list = m_profiles;
    list->setBusy(true);
    list->sessionKeys()->write(profile.id, secretKey.trimmed(), list,
                               [list, editor = QPointer<ProfileEditor>(this), profile](const SecretResult &) {
                                   list->setBusy(false);
                                   list->announceRow(profile.id);
                                   list->report({}, tr("Key of “%1” kept until PhoneDesk quits; it "
                                                       "is not saved anywhere.")
                                                        .arg(profile.name));
                                   if (editor)
                                       Q_EMIT editor->keyStored(profile.id);
                               });
    return true;
}

bool ProfileEditor::testStoredKey(ConnectionTest *test)
{
    if (!test || test->running() || !checkReady())
        return false;
    const QString url = m_apiUrl.trimmed().isEmpty() ? savedApiUrl() : m_apiUrl;
    m_profiles->withStoredKey(*m_profile, [test = QPointer<ConnectionTest>(test), url, name = m_profile->name](const QString &key) {
        if (test)
            test->testConnection(url, key, name);
    });
    return true;
}

} // namespace PhoneDesk
