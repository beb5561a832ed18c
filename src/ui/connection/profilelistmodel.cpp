// SPDX-License-Identifier: MIT
#include "profilelistmodel.h"

#include "api/transportpolicy.h"
#include "ui/window/workspace.h"
#include "settings/connection.h"
#include "settings/keychainsecretstore.h"
#include "settings/memorysecretstore.h"
#include "settings/profilestore.h"

namespace PhoneDesk {

ProfileListModel::ProfileListModel(QObject *parent)
    : ProfileListModel(std::make_unique<ProfileStore>(), nullptr, parent)
{
}

ProfileListModel::ProfileListModel(std::unique_ptr<ProfileStore> store, SecretStore *keychain, QObject *parent)
    : QAbstractListModel(parent)
    , m_store(std::move(store))
    , m_keychain(keychain)
    , m_sessionKeys(MemorySecretStore::session())
{
    if (!m_keychain) {
        m_ownKeychain = std::make_unique<KeychainSecretStore>();
        m_keychain = m_ownKeychain.get();
    }
    m_activeId = m_store->activeProfileId();
    reload();
    // Known before the agent tries to save a key, so that the dialog can say it at once.
    if (m_keychain->state() == SecretStore::State::Unknown)
        m_keychain->probe();
}

ProfileListModel::~ProfileListModel() = default;

int ProfileListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_profiles.size());
}

QVariant ProfileListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Profile &p = m_profiles.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case NameRole: return p.name;
    case IdRole: return p.id;
    case ApiUrlRole: return p.apiUrl.toString();
    case ReadOnlyRole: return p.readOnly;
    case ActiveRole: return isActive(p);
    case SessionKeyRole: return hasSessionKey(p.id);
    default: return {};
    }
}

QHash<int, QByteArray> ProfileListModel::roleNames() const
{
    return {{IdRole, "id"},           {NameRole, "name"},     {ApiUrlRole, "apiUrl"},
            {ReadOnlyRole, "readOnly"}, {ActiveRole, "active"}, {SessionKeyRole, "sessionKey"}};
}

void ProfileListModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace == workspace)
        return;
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (m_workspace) {
        connect(m_workspace, &Workspace::connectionChanged, this, [this] {
            if (!m_profiles.isEmpty())
                Q_EMIT dataChanged(index(0), index(int(m_profiles.size()) - 1), {ActiveRole});
        });
    }
    if (!m_profiles.isEmpty())
        Q_EMIT dataChanged(index(0), index(int(m_profiles.size()) - 1), {ActiveRole});
    Q_EMIT workspaceChanged();
}

bool ProfileListModel::environmentKeySet()
{
    return Connection::fromEnvironment().has_value();
}

QVariantMap ProfileListModel::get(int row) const
{
    QVariantMap result;
    if (row < 0 || row >= m_profiles.size())
        return result;
    const QHash<int, QByteArray> names = roleNames();
    for (auto it = names.cbegin(); it != names.cend(); ++it)
        result.insert(QString::fromLatin1(it.value()), data(index(row), it.key()));
    return result;
}

int ProfileListModel::rowOfId(const QString &id) const
{
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles.at(i).id == id)
            return i;
    }
    return -1;
}

std::optional<Profile> ProfileListModel::profileOfId(const QString &id) const
{
    const int row = rowOfId(id);
    return row >= 0 ? std::optional<Profile>(m_profiles.at(row)) : std::nullopt;
}

bool ProfileListModel::isActive(const Profile &profile) const
{
    return m_workspace && !m_workspace->demo() && m_workspace->profileName() == profile.name;
}

bool ProfileListModel::hasSessionKey(const QString &profileId) const
{
    return m_sessionKeys->contains(profileId);
}

QString ProfileListModel::problemWithApiUrl(const QString &apiUrl)
{
    const QString problem = TransportPolicy::problemWith(QUrl(apiUrl.trimmed(), QUrl::StrictMode));
    if (problem.isEmpty())
        return {};
    return problem.at(0).toUpper() + problem.mid(1) + QLatin1Char('.');
}

QString ProfileListModel::nameProblem(const QString &name, int exceptRow) const
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return tr("A profile needs a name.");
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (i != exceptRow && m_profiles.at(i).name.compare(trimmed, Qt::CaseInsensitive) == 0)
            return tr("There is already a profile named “%1”.").arg(m_profiles.at(i).name);
    }
    return {};
}

void ProfileListModel::reload()
{
    beginResetModel();
    m_profiles = m_store->profiles();
    endResetModel();
    Q_EMIT countChanged();
}

void ProfileListModel::saveProfile(const Profile &profile)
{
    m_store->save(profile);
    const int row = rowOfId(profile.id);
    if (row < 0 || m_profiles.at(row).name != profile.name) {
        // A new name may move the row: the list is read again in its order.
        reload();
        return;
    }
    m_profiles[row] = profile;
    Q_EMIT dataChanged(index(row), index(row));
}

void ProfileListModel::announceRow(const QString &id)
{
    if (const int row = rowOfId(id); row >= 0)
        Q_EMIT dataChanged(index(row), index(row));
}

bool ProfileListModel::checkRow(int row)
{
    if (row >= 0 && row < m_profiles.size())
        return true;
    report(tr("Choose a profile first."));
    return false;
}

bool ProfileListModel::checkIdle()
{
    // The backend refuses too, not only the disabled buttons: one operation at a time.
    if (!m_busy)
        return true;
    report(tr("Wait until the current operation has finished."));
    return false;
}

void ProfileListModel::setBusy(bool busy)
{
    if (m_busy == busy)
        return;
    m_busy = busy;
    Q_EMIT busyChanged();
}

void ProfileListModel::report(const QString &error, const QString &notice)
{
    m_error = error;
    m_notice = notice;
    Q_EMIT messageChanged();
}

void ProfileListModel::setActiveId(const QString &id)
{
    if (m_activeId == id)
        return;
    m_activeId = id;
    m_store->setActiveProfileId(id);
    Q_EMIT activeProfileIdChanged();
}

int ProfileListModel::addProfile(const QString &name, const QString &apiUrl)
{
    if (!checkIdle())
        return -1;
    if (const QString problem = nameProblem(name); !problem.isEmpty()) {
        report(problem);
        return -1;
    }
    const QString url = apiUrl.trimmed().isEmpty() ? ClerkClient::defaultBaseUrl().toString() : apiUrl.trimmed();
    if (const QString problem = apiUrlProblem(url); !problem.isEmpty()) {
        report(problem);
        return -1;
    }
    Profile profile;
    profile.name = name.trimmed();
    profile.apiUrl = QUrl(url, QUrl::StrictMode);
    const QString id = m_store->save(profile);
    reload();
    report({}, tr("Profile “%1” added.").arg(profile.name));
    return rowOfId(id);
}

bool ProfileListModel::renameProfile(int row, const QString &name)
{
    if (!checkIdle() || !checkRow(row))
        return false;
    if (const QString problem = nameProblem(name, row); !problem.isEmpty()) {
        report(problem);
        return false;
    }
    Profile profile = m_profiles.at(row);
    profile.name = name.trimmed();
    m_store->save(profile);
    reload();
    if (profile.id == m_activeId && m_workspace && !m_workspace->demo())
        report({}, tr("Renamed to “%1”; the window shows the new name after the next connect.")
                       .arg(profile.name));
    else
        report({}, tr("Renamed to “%1”.").arg(profile.name));
    return true;
}

bool ProfileListModel::removeProfile(int row)
{
    if (!checkIdle() || !checkRow(row))
        return false;
    const Profile profile = m_profiles.at(row);
    m_store->remove(profile.id);
    m_sessionKeys->remove(profile.id, this, [](const SecretResult &) {});
    if (profile.id == m_activeId) {
        m_activeId.clear();
        Q_EMIT activeProfileIdChanged();
    }
    reload();
    setBusy(true);
    m_keychain->remove(profile.id, this, [this, name = profile.name](const SecretResult &result) {
        setBusy(false);
        // Without a keychain there was no key stored in it either.
        if (result.ok() || result.outcome == SecretResult::Outcome::Unavailable)
            report({}, tr("Profile “%1” removed.").arg(name));
        else
            report(tr("Profile “%1” removed, but its key could not be removed from the keychain: %2")
                       .arg(name, result.message));
    });
    return true;
}

bool ProfileListModel::activate(int row, const QString &secretKey)
{
    if (!checkIdle() || !checkRow(row))
        return false;
    if (!m_workspace) {
        report(tr("There is no window to connect."));
        return false;
    }
    const Profile profile = m_profiles.at(row);
    if (const QString problem = apiUrlProblem(profile.apiUrl.toString()); !problem.isEmpty()) {
        report(problem);
        return false;
    }
    if (!secretKey.trimmed().isEmpty()) {
        connectWorkspace(profile, secretKey.trimmed());
        return true;
    }
    withStoredKey(profile, [this, profile](const QString &key) { connectWorkspace(profile, key); });
    return true;
}

void ProfileListModel::withStoredKey(const Profile &profile, const std::function<void(const QString &)> &use)
{
    setBusy(true);
    report({});
    // This session's key first (the agent chose it over the keychain), then the keychain.
    m_sessionKeys->read(profile.id, this, [this, profile, use](const SecretResult &session) {
        if (session.ok()) {
            setBusy(false);
            use(session.secret);
            return;
        }
        m_keychain->read(profile.id, this, [this, profile, use](const SecretResult &stored) {
            setBusy(false);
            if (stored.ok()) {
                use(stored.secret);
                return;
            }
            if (stored.outcome == SecretResult::Outcome::NotFound)
                report(tr("No key is stored for “%1”: paste its secret key.").arg(profile.name));
            else if (stored.outcome == SecretResult::Outcome::Unavailable)
                report(tr("The key of “%1” cannot be read: %2 Paste the key to use it for this "
                          "session only.")
                           .arg(profile.name, stored.message));
            else
                report(tr("The key of “%1” cannot be read: %2").arg(profile.name, stored.message));
        });
    });
}

void ProfileListModel::connectWorkspace(const Profile &profile, const QString &secretKey)
{
    if (!m_workspace)
        return;
    Connection connection;
    connection.profileName = profile.name;
    connection.apiUrl = profile.apiUrl;
    connection.secretKey = secretKey;
    connection.readOnly = profile.readOnly;
    connection.journalRetentionDays = profile.journalRetentionDays;
    m_workspace->connectTo(connection);
    setActiveId(profile.id);
    report({}, tr("Connected to “%1”.").arg(profile.name));
    Q_EMIT activated(profile.id);
}

bool ProfileListModel::useDemo()
{
    if (!checkIdle())
        return false;
    if (!m_workspace) {
        report(tr("There is no window to connect."));
        return false;
    }
    QString problem;
    if (!m_workspace->connectToDemo(&problem)) {
        report(tr("The demo sandbox could not start: %1").arg(problem));
        return false;
    }
    // The saved choice stays: the next start goes back to the profile, not to made-up data.
    report({}, tr("Showing the demo sandbox's made-up users."));
    Q_EMIT activated(QString());
    return true;
}

} // namespace PhoneDesk
