// SPDX-License-Identifier: MIT
#pragma once

#include "ui/connection/connectiontest.h"
#include "ui/connection/profilelistmodel.h"
#include "settings/profile.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <QtQml/qqmlregistration.h>

#include <optional>

namespace PhoneDesk {

// One profile of a ProfileListModel as the connection dialog edits it: its fields as
// properties, its API URL as typed and checked, the read-only switch, its secret key saved to
// the system keychain (or kept for this session only when no keychain is reachable) and tested
// without passing through QML, and the keychain's state. It follows its profile by id through
// the list's changes. Operations go through the list: one at a time (its busy), each ending in
// its error or notice.
class ProfileEditor : public QObject
{
    Q_OBJECT
    QML_ELEMENT

    // The list the profile is one of.
    Q_PROPERTY(PhoneDesk::ProfileListModel *profiles READ profiles WRITE setProfiles NOTIFY profilesChanged)
    // The profile edited; "" for none. Kept when the profile is renamed; hasProfile turns false
    // when it is removed.
    Q_PROPERTY(QString profileId READ profileId WRITE setProfileId NOTIFY profileChanged)
    Q_PROPERTY(bool hasProfile READ hasProfile NOTIFY profileChanged)
    Q_PROPERTY(QString name READ name NOTIFY profileChanged)
    // The API URL as saved.
    Q_PROPERTY(QString savedApiUrl READ savedApiUrl NOTIFY profileChanged)
    // The API URL as typed: the saved one until it is edited, and again once it is saved or
    // another profile is chosen.
    Q_PROPERTY(QString apiUrl READ apiUrl WRITE setApiUrl NOTIFY apiUrlChanged)
    // Why apiUrl cannot be used, or "" (see TransportPolicy).
    Q_PROPERTY(QString apiUrlProblem READ apiUrlProblem NOTIFY apiUrlChanged)
    // apiUrl is not the saved one: closing would lose it, and connecting waits for it.
    Q_PROPERTY(bool apiUrlEdited READ apiUrlEdited NOTIFY apiUrlChanged)
    // Hides and blocks every change to accounts from the profile's next connect; saved at once.
    Q_PROPERTY(bool readOnly READ readOnly WRITE setReadOnly NOTIFY profileChanged)
    // Days the profile's journal keeps an entry, 0 for every entry; saved at once, applied when
    // the profile is next connected (older entries are removed then).
    Q_PROPERTY(int journalRetentionDays READ journalRetentionDays WRITE setJournalRetentionDays NOTIFY profileChanged)
    Q_PROPERTY(int maxJournalRetentionDays READ maxJournalRetentionDays CONSTANT)
    // A key for this session only is held in memory.
    Q_PROPERTY(bool sessionKey READ sessionKey NOTIFY profileChanged)
    // The window is connected to this profile now.
    Q_PROPERTY(bool active READ active NOTIFY profileChanged)
    // "unknown" (still asking), "available" or "unavailable".
    Q_PROPERTY(QString keychainState READ keychainState NOTIFY keychainStateChanged)
    // Why the keychain is unavailable, for a person; empty otherwise.
    Q_PROPERTY(QString keychainProblem READ keychainProblem NOTIFY keychainStateChanged)

public:
    explicit ProfileEditor(QObject *parent = nullptr);
    ~ProfileEditor() override;

    [[nodiscard]] ProfileListModel *profiles() const { return m_profiles; }
    void setProfiles(ProfileListModel *profiles);
    [[nodiscard]] QString profileId() const { return m_profileId; }
    void setProfileId(const QString &id);
    [[nodiscard]] bool hasProfile() const { return m_profile.has_value(); }
    [[nodiscard]] QString name() const { return m_profile ? m_profile->name : QString(); }
    [[nodiscard]] QString savedApiUrl() const { return m_profile ? m_profile->apiUrl.toString() : QString(); }
    [[nodiscard]] QString apiUrl() const { return m_apiUrl; }
    void setApiUrl(const QString &apiUrl);
    [[nodiscard]] QString apiUrlProblem() const;
    [[nodiscard]] bool apiUrlEdited() const { return m_profile && m_apiUrl.trimmed() != savedApiUrl(); }
    [[nodiscard]] bool readOnly() const { return m_profile && m_profile->readOnly; }
    // Refused (with the list's error) while another operation runs.
    void setReadOnly(bool readOnly);
    [[nodiscard]] int journalRetentionDays() const
    {
        return m_profile ? m_profile->journalRetentionDays : Profile::kDefaultJournalRetentionDays;
    }
    // Refused while another operation runs, and out of 0 … maxJournalRetentionDays.
    void setJournalRetentionDays(int days);
    [[nodiscard]] static int maxJournalRetentionDays() { return Profile::kMaxJournalRetentionDays; }
    [[nodiscard]] bool sessionKey() const;
    [[nodiscard]] bool active() const;
    [[nodiscard]] QString keychainState() const;
    [[nodiscard]] QString keychainProblem() const;

    // "development", "production" or "" for a key's prefix.
    Q_INVOKABLE QString environmentOfKey(const QString &secretKey) const;
    // Each answers false (and sets the list's error) when refused.
    // Saves the edited API URL, then `secretKey` when one is given (see saveKey).
    Q_INVOKABLE bool save(const QString &secretKey = {});
    // Stores the key in the system keychain; keyStored() or the list's error follow.
    Q_INVOKABLE bool saveKey(const QString &secretKey);
    // Keeps the key in memory until PhoneDesk quits: the choice without a keychain.
    Q_INVOKABLE bool keepKeyForSession(const QString &secretKey);
    // Tests the profile's stored key (this session's, else the keychain's) against apiUrl with
    // `test`, so that the key never passes through QML.
    Q_INVOKABLE bool testStoredKey(PhoneDesk::ConnectionTest *test);
    // Asks the keychain again whether it is reachable.
    Q_INVOKABLE void checkKeychain();

Q_SIGNALS:
    void profilesChanged();
    void profileChanged();
    void apiUrlChanged();
    void keychainStateChanged();
    void keyStored(const QString &profileId);

private:
    // The profile as the list has it now; the typed URL goes back to the saved one when that
    // changed or another profile is edited.
    void refresh();
    // The list, not busy and a profile chosen; otherwise says which is missing.
    [[nodiscard]] bool checkReady();
    // Ready and a key pasted; otherwise says which is missing.
    [[nodiscard]] bool checkKeyInput(const QString &secretKey);
    bool saveApiUrl();

    QPointer<ProfileListModel> m_profiles;
    QList<QMetaObject::Connection> m_connections;
    QString m_profileId;
    std::optional<Profile> m_profile;
    QString m_apiUrl;
};

} // namespace PhoneDesk
