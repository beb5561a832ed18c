// SPDX-License-Identifier: MIT
#pragma once

#include "ui/window/workspace.h"
#include "settings/profile.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>
#include <optional>

namespace PhoneDesk {

class MemorySecretStore;
class ProfileStore;
class SecretStore;

// The saved profiles of the connection dialog as a list model: adding, renaming and removing
// them (a removed profile's key leaves the keychain and this session too), and connecting the
// workspace to one of them or to the demo sandbox. One profile's own fields, its key and the
// keychain's state are a ProfileEditor's, which works through this list: the list owns the
// settings, the system keychain and this session's keys, runs one operation at a time (busy)
// and says how the last one ended (error, notice). Keys pass through; none is stored in the
// settings.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    // The workspace that activate() and useDemo() switch.
    Q_PROPERTY(PhoneDesk::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The profile PhoneDesk starts on (the last one connected to); "" for none.
    Q_PROPERTY(QString activeProfileId READ activeProfileId NOTIFY activeProfileIdChanged)
    // A keychain operation or a connection is in progress; everything else waits.
    Q_PROPERTY(bool busy READ busy NOTIFY busyChanged)
    // The last failure, one sentence; empty after a success.
    Q_PROPERTY(QString error READ error NOTIFY messageChanged)
    // The last success worth saying, e.g. "Key saved in the system keychain."
    Q_PROPERTY(QString notice READ notice NOTIFY messageChanged)
    // CLERK_SECRET_KEY is set: the window may be running on it, as an unnamed connection.
    Q_PROPERTY(bool environmentKeySet READ environmentKeySet CONSTANT)

public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        NameRole,
        ApiUrlRole,      // string
        ReadOnlyRole,    // bool
        ActiveRole,      // bool: the window is connected to this profile now
        SessionKeyRole,  // bool: a key for this session only is held in memory
    };
    Q_ENUM(Role)

    // PhoneDesk's settings and the system keychain.
    explicit ProfileListModel(QObject *parent = nullptr);
    // Given stores, for tests; `keychain` is not owned.
    ProfileListModel(std::unique_ptr<ProfileStore> store, SecretStore *keychain, QObject *parent = nullptr);
    ~ProfileListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    [[nodiscard]] Workspace *workspace() const { return m_workspace; }
    void setWorkspace(Workspace *workspace);
    [[nodiscard]] int count() const { return int(m_profiles.size()); }
    [[nodiscard]] QString activeProfileId() const { return m_activeId; }
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] static bool environmentKeySet();

    // A row's roles by name ({id, name, apiUrl, readOnly, active, sessionKey}); {} when out of range.
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int rowOfId(const QString &id) const;
    // Why `apiUrl` cannot be used, or "" (see TransportPolicy).
    Q_INVOKABLE QString apiUrlProblem(const QString &apiUrl) const { return problemWithApiUrl(apiUrl); }
    // Why `name` cannot name a profile (empty, or taken by another than `exceptRow`), or "".
    Q_INVOKABLE QString nameProblem(const QString &name, int exceptRow = -1) const;

    // Each answers false (and sets error) when refused; changes are saved at once.
    // addProfile answers the new row, or -1.
    Q_INVOKABLE int addProfile(const QString &name, const QString &apiUrl);
    Q_INVOKABLE bool renameProfile(int row, const QString &name);
    // Removes the profile and its key from the keychain and from this session.
    Q_INVOKABLE bool removeProfile(int row);
    // Connects the workspace to the profile: with `secretKey` when given, else with the key of
    // this session, else with the one in the keychain. activated() or error follow.
    Q_INVOKABLE bool activate(int row, const QString &secretKey = {});
    // Connects the workspace to the built-in demo sandbox.
    Q_INVOKABLE bool useDemo();

    // What a ProfileEditor works with and through.
    [[nodiscard]] static QString problemWithApiUrl(const QString &apiUrl);
    [[nodiscard]] std::optional<Profile> profileOfId(const QString &id) const;
    // The window is connected to `profile` now.
    [[nodiscard]] bool isActive(const Profile &profile) const;
    [[nodiscard]] bool hasSessionKey(const QString &profileId) const;
    [[nodiscard]] SecretStore *keychain() const { return m_keychain; }
    [[nodiscard]] MemorySecretStore *sessionKeys() const { return m_sessionKeys; }
    // Writes a changed profile to the settings and shows it in its row.
    void saveProfile(const Profile &profile);
    // Says that the row of `id` changed (e.g. its session key).
    void announceRow(const QString &id);
    // Not busy, or says that the current operation goes first.
    [[nodiscard]] bool checkIdle();
    void setBusy(bool busy);
    void report(const QString &error, const QString &notice = {});
    // Finds the profile's key (session, then keychain) and hands it to `use`; says why not.
    void withStoredKey(const Profile &profile, const std::function<void(const QString &)> &use);

Q_SIGNALS:
    void workspaceChanged();
    void countChanged();
    void activeProfileIdChanged();
    void busyChanged();
    void messageChanged();
    void activated(const QString &profileId);

private:
    void reload();
    [[nodiscard]] bool checkRow(int row);
    void setActiveId(const QString &id);
    void connectWorkspace(const Profile &profile, const QString &secretKey);

    std::unique_ptr<ProfileStore> m_store;
    std::unique_ptr<SecretStore> m_ownKeychain; // when not given
    SecretStore *m_keychain = nullptr;
    MemorySecretStore *m_sessionKeys = nullptr; // shared by the whole session
    QPointer<Workspace> m_workspace;
    QList<Profile> m_profiles;
    QString m_activeId;
    bool m_busy = false;
    QString m_error;
    QString m_notice;
};

} // namespace PhoneDesk
