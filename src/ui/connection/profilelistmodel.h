// SPDX-License-Identifier: MIT
#pragma once

#include "ui/connection/connectiontest.h"
#include "ui/window/workspace.h"
#include "settings/profile.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

#include <functional>
#include <memory>

namespace PhoneDesk {

class MemorySecretStore;
class ProfileStore;
class SecretStore;

// The backend of the connection dialog: the saved profiles as a list model, with adding,
// renaming, removing, the read-only switch, saving a key to the system keychain (or keeping
// it for this session only when no keychain is reachable), and connecting the workspace to a
// profile or to the demo sandbox. Keys pass through it; it never stores one in the settings.
class ProfileListModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT

    // The workspace that activate() and useDemo() switch.
    Q_PROPERTY(PhoneDesk::Workspace *workspace READ workspace WRITE setWorkspace NOTIFY workspaceChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)
    // The profile PhoneDesk starts on (the last one connected to); "" for none.
    Q_PROPERTY(QString activeProfileId READ activeProfileId NOTIFY activeProfileIdChanged)
    // "unknown" (still asking), "available" or "unavailable".
    Q_PROPERTY(QString keychainState READ keychainState NOTIFY keychainStateChanged)
    // Why the keychain is unavailable, for a person; empty otherwise.
    Q_PROPERTY(QString keychainProblem READ keychainProblem NOTIFY keychainStateChanged)
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
    [[nodiscard]] QString keychainState() const;
    [[nodiscard]] QString keychainProblem() const;
    [[nodiscard]] bool busy() const { return m_busy; }
    [[nodiscard]] QString error() const { return m_error; }
    [[nodiscard]] QString notice() const { return m_notice; }
    [[nodiscard]] static bool environmentKeySet();

    // A row's roles by name ({id, name, apiUrl, readOnly, active, sessionKey}); {} when out of range.
    Q_INVOKABLE QVariantMap get(int row) const;
    Q_INVOKABLE int rowOfId(const QString &id) const;
    // Why `apiUrl` cannot be used, or "" (see TransportPolicy).
    Q_INVOKABLE QString apiUrlProblem(const QString &apiUrl) const;
    // Why `name` cannot name a profile (empty, or taken by another than `exceptRow`), or "".
    Q_INVOKABLE QString nameProblem(const QString &name, int exceptRow = -1) const;
    // "development", "production" or "" for a key's prefix.
    Q_INVOKABLE QString environmentOfKey(const QString &secretKey) const;

    // Each answers false (and sets error) when refused; changes are saved at once.
    // addProfile answers the new row, or -1.
    Q_INVOKABLE int addProfile(const QString &name, const QString &apiUrl);
    Q_INVOKABLE bool renameProfile(int row, const QString &name);
    Q_INVOKABLE bool setApiUrl(int row, const QString &apiUrl);
    Q_INVOKABLE bool setReadOnly(int row, bool readOnly);
    // Removes the profile and its key from the keychain and from this session.
    Q_INVOKABLE bool removeProfile(int row);

    // Stores the key in the system keychain; keyStored() or error follow.
    Q_INVOKABLE bool saveKey(int row, const QString &secretKey);
    // Keeps the key in memory until PhoneDesk quits: the choice without a keychain.
    Q_INVOKABLE bool keepKeyForSession(int row, const QString &secretKey);
    // Connects the workspace to the profile: with `secretKey` when given, else with the key of
    // this session, else with the one in the keychain. activated() or error follow.
    Q_INVOKABLE bool activate(int row, const QString &secretKey = {});
    // Tests the profile's stored key (this session's, else the keychain's) against `apiUrl` (the
    // profile's when empty) with `test`, so that the key never passes through QML.
    Q_INVOKABLE bool testProfile(int row, PhoneDesk::ConnectionTest *test, const QString &apiUrl = {});
    // Connects the workspace to the built-in demo sandbox.
    Q_INVOKABLE bool useDemo();
    // Asks the keychain again whether it is reachable.
    Q_INVOKABLE void checkKeychain();

Q_SIGNALS:
    void workspaceChanged();
    void countChanged();
    void activeProfileIdChanged();
    void keychainStateChanged();
    void busyChanged();
    void messageChanged();
    void keyStored(const QString &profileId);
    void activated(const QString &profileId);

private:
    void reload();
    [[nodiscard]] bool checkRow(int row);
    [[nodiscard]] bool checkIdle();
    // Idle, a valid row and a key pasted; otherwise says which is missing.
    [[nodiscard]] bool checkKeyInput(int row, const QString &secretKey);
    void setBusy(bool busy);
    void report(const QString &error, const QString &notice = {});
    void setActiveId(const QString &id);
    void connectWorkspace(const Profile &profile, const QString &secretKey);
    // Finds the profile's key (session, then keychain) and hands it to `use`; says why not.
    void withStoredKey(const Profile &profile, const std::function<void(const QString &)> &use);
    void announceRow(const QString &id);

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
